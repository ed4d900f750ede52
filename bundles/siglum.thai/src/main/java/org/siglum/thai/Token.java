package org.siglum.thai;

/**
 * A word, number, punctuation or white-space token of a text, with its range {@code [start, end)} in UTF-16 units.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param text the characters
 * @param type what kind of token
 */
public record Token(int start, int end, String text, Type type) {

    /** Kinds of tokens. */
    public enum Type {
        /** letters (a dictionary word or a fragment ICU could not place) */
        WORD,
        /** digits */
        NUMBER,
        /** punctuation and symbols */
        PUNCTUATION,
        /** spaces, tabs, line ends, zero-width spaces */
        SPACE
    }

    /** Length in UTF-16 units. */
    public int length() {
        return end - start;
    }

    /** Whether this token is white space only. */
    public boolean isSpace() {
        return type == Type.SPACE;
    }
}
