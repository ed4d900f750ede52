package org.siglum.witness.internal;

/** Note numbers as the superscript digits the OCR gives. */
final class Superscript {
    private static final String DIGITS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    private Superscript() {
    }

    /** ASCII digits become superscript digits; anything else stays as written. */
    static String of(String number) {
        StringBuilder sb = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            sb.append(c >= '0' && c <= '9' ? DIGITS.charAt(c - '0') : c);
        }
        return sb.toString();
    }
}
