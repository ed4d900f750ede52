package org.siglum.ocr.internal;

/**
 * How alike two lines of OCR are, by their letters: what the imports use to see a running head repeat (OCR makes
 * the repeats only nearly equal), in the plain text ({@link BookPages}) and with coordinates (layout.PageRoles).
 */
public final class Resemblance {

    private Resemblance() {
    }

    /** The letters of a text, without digits, spaces and punctuation: what a running head repeats. */
    public static String letters(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** 1 - the edit distance over the longer length. */
    public static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1 - (double) prev[b.length()] / Math.max(a.length(), b.length());
    }
}
