package org.siglum.ui.api;

/** A range of the edition's text selected in the editor: offsets in UTF-16 units; length 0 is the caret. */
public record EditorSelection(int offset, int length) {

    public EditorSelection {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative: " + offset + ", " + length);
        }
    }

    public int end() {
        return offset + length;
    }

    public boolean isEmpty() {
        return length == 0;
    }
}
