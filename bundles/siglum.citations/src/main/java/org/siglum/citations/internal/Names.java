package org.siglum.citations.internal;

/** Script tests and digits. */
final class Names {
    private Names() {
    }

    /** Whether the text has Thai letters. Thai names are given name first and are never inverted. */
    static boolean isThai(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0E00' && c <= '\u0E7F') {
                return true;
            }
        }
        return false;
    }

    /** Thai digits ๐-๙ as ASCII digits. */
    static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c);
        }
        return out.toString();
    }

    /** Parses a note number: ASCII or Thai digits, possibly superscript digits. -1 if it is none. */
    static int number(String s) {
        if (s == null) {
            return -1;
        }
        String t = asciiDigits(s.strip()).replace('⁰', '0').replace('¹', '1').replace('²', '2').replace('³', '3')
                .replace('⁴', '4').replace('⁵', '5').replace('⁶', '6').replace('⁷', '7').replace('⁸', '8')
                .replace('⁹', '9');
        if (t.isEmpty() || !t.chars().allMatch(Character::isDigit) || t.length() > 9) {
            return -1;
        }
        return Integer.parseInt(t);
    }

    static String thaiDigits(int n) {
        String s = Integer.toString(n);
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append((char) ('\u0E50' + (c - '0')));
        }
        return out.toString();
    }
}
