package org.siglum.core.internal;

/** Character classes of XML 1.0 (fifth edition). */
public final class XmlChars {
    static final byte NAME_START = 1;
    static final byte NAME = 2;
    static final byte[] ASCII = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = NAME_START | NAME;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            ASCII[c] = NAME_START | NAME;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = NAME;
        }
        ASCII['_'] = NAME_START | NAME;
        ASCII[':'] = NAME_START | NAME;
        ASCII['-'] = NAME;
        ASCII['.'] = NAME;
    }

    private XmlChars() {
    }

    public static boolean isXmlChar(int c) {
        return c >= 0x20 ? (c <= 0xD7FF || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))
                : (c == 0x9 || c == 0xA || c == 0xD);
    }

    public static boolean isWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    /** NameStartChar for a BMP char (not a surrogate). */
    static boolean isNameStartBmp(char c) {
        if (c < 128) {
            return (ASCII[c] & NAME_START) != 0;
        }
        return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF)
                || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || c == 0x200C || c == 0x200D
                || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
                || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD);
    }

    /** NameChar for a BMP char (not a surrogate). */
    static boolean isNameBmp(char c) {
        if (c < 128) {
            return (ASCII[c] & NAME) != 0;
        }
        return isNameStartBmp(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || c == 0x203F || c == 0x2040;
    }

    /** A surrogate pair that encodes a name character: U+10000..U+EFFFF. */
    static boolean isNameSurrogatePair(char hi, char lo) {
        return hi >= 0xD800 && hi <= 0xDB7F && Character.isLowSurrogate(lo);
    }
}
