package org.siglum.core;

import java.util.Objects;

/**
 * Replace length chars at offset by text. In a compound edit all offsets refer to the text before the edit.
 *
 * @param offset start of the replaced range
 * @param length length of the replaced range (0 for an insertion)
 * @param text what to put there ("" for a deletion)
 */
public record TextReplacement(int offset, int length, String text) {

    public TextReplacement {
        Objects.requireNonNull(text, "text");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length: " + offset + ", " + length);
        }
    }

    public static TextReplacement insert(int offset, String text) {
        return new TextReplacement(offset, 0, text);
    }

    public static TextReplacement delete(int offset, int length) {
        return new TextReplacement(offset, length, "");
    }

    public int end() {
        return offset + length;
    }
}
