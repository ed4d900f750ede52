package org.siglum.export.pdf.internal;

import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * A word longer than a line (a Sanskrit compound of sixty letters) would run off the page: FOP breaks a line only
 * where the text allows, and does not hyphenate. So a long word of an alphabet that hyphenates (Latin, Greek,
 * Cyrillic) gets soft hyphens, every {@value #STEP} letters between two letters: FOP breaks there, with a hyphen,
 * only where the word must be broken (a hyphenated break costs more than any other), and prints none of the others.
 * Scripts that are shaped or not hyphenated (Arabic, Devanagari, Thai) are left as they are.
 */
final class LongWords {

    static final char SHY = '\u00AD';
    /** A word of more letters than this may be broken. */
    static final int LONG = 30;
    static final int STEP = 8;
    /** Letters kept together at a word's start and end. */
    static final int EDGE = 3;

    private LongWords() {
    }

    /** Soft hyphens in the long words of every text under {@code root}. */
    static void breakable(Node root) {
        for (Text t : Dom.texts(root)) {
            String data = t.getData();
            String broken = breakable(data);
            if (!broken.equals(data)) {
                t.setData(broken);
            }
        }
    }

    static String breakable(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || separator(s.charAt(i))) {
                out.append(soften(s.substring(start, i)));
                if (i < s.length()) {
                    out.append(s.charAt(i));
                }
                start = i + 1;
            }
        }
        // soft hyphens are only ever added
        return out.length() == s.length() ? s : out.toString();
    }

    /** The word with soft hyphens, or the same word when it has fewer letters than a line or is not alphabetic. */
    private static String soften(String word) {
        int letters = (int) word.codePoints().filter(Character::isLetter).count();
        if (letters <= LONG || !word.codePoints().allMatch(LongWords::hyphenates) || word.indexOf(SHY) >= 0) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length() + letters / STEP);
        int seen = 0;
        int sinceBreak = 0;
        for (int i = 0; i < word.length();) {
            int c = word.codePointAt(i);
            int n = Character.charCount(c);
            int next = i + n < word.length() ? word.codePointAt(i + n) : -1;
            out.appendCodePoint(c);
            if (Character.isLetter(c)) {
                seen++;
                sinceBreak++;
            }
            if (sinceBreak >= STEP && seen >= EDGE && letters - seen >= EDGE && Character.isLetter(c) && next >= 0
                    && Character.isLetter(next)) {
                out.append(SHY);
                sinceBreak = 0;
            }
            i += n;
        }
        return out.toString();
    }

    private static boolean hyphenates(int c) {
        if (!Character.isLetter(c)) {
            return !ScriptRuns.isMark(c) || c < 0x370;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC;
    }

    private static boolean separator(char c) {
        return Character.isWhitespace(c) || c == ThaiBreaks.ZWSP || c == '-' || c == '\u2010' || c == '/';
    }
}
