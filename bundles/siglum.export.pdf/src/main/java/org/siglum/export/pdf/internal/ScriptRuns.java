package org.siglum.export.pdf.internal;

import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * FOP chooses one font for a whole word (the family with most of its glyphs), so a word that mixes characters of
 * two fonts of the chain, one of which lacks a character of the other (an Arabic word with a hyphen, a Bengali letter
 * in a Thai word), prints a missing glyph. A zero-width space where such a word changes font makes two words, each in
 * its own font; where one font has all of the word (Arabic and its full stop) the word stays whole.
 */
final class ScriptRuns {

    private final FontCoverage coverage;

    ScriptRuns(FontCoverage coverage) {
        this.coverage = coverage;
    }

    /** Separates the font runs of every text under {@code root}. */
    void separate(Node root) {
        if (coverage.isEmpty()) {
            return;
        }
        for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Text t) {
                String data = t.getData();
                String separated = separate(data);
                if (!separated.equals(data)) {
                    t.setData(separated);
                }
            } else {
                separate(c);
            }
        }
    }

    /**
     * A text with a U+200B wherever a word (a run between spaces or breaks) that no family of the chain has whole
     * changes from one family to another: FOP then sets each part in its own font.
     */
    String separate(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        int start = 0;
        boolean changed = false;
        for (int i = 0; i <= s.length();) {
            int c = i < s.length() ? s.codePointAt(i) : ' ';
            if (separator(c)) {
                String word = s.substring(start, Math.min(i, s.length()));
                String split = split(word);
                changed |= split.length() != word.length();
                out.append(split);
                if (i < s.length()) {
                    out.appendCodePoint(c);
                }
                start = i + Character.charCount(c);
            }
            i += Character.charCount(c);
        }
        return changed ? out.toString() : s;
    }

    private String split(String word) {
        if (word.isEmpty() || wholeInOneFamily(word)) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length() + 4);
        int previous = -2;
        for (int i = 0; i < word.length();) {
            int c = word.codePointAt(i);
            boolean mark = isMark(c);
            // a combining mark belongs to the letter before it
            if (!mark && !c0(c)) {
                int family = coverage.familyOf(c);
                if (previous != -2 && family != previous) {
                    out.append(ThaiBreaks.ZWSP);
                }
                previous = family;
            }
            out.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** Whether one family has every character of the word (FOP then sets it in the first such). */
    private boolean wholeInOneFamily(String word) {
        java.util.Set<Integer> candidates = new java.util.LinkedHashSet<>();
        word.codePoints().forEach(c -> candidates.add(coverage.familyOf(c)));
        if (candidates.size() == 1) {
            return true;
        }
        for (int family : candidates) {
            if (family >= 0 && word.codePoints().allMatch(c -> c0(c) || coverage.has(family, c)
                    || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return true;
            }
        }
        return false;
    }

    /** A combining mark: it belongs to the character before it (never split from it, never a place to cut). */
    static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean c0(int c) {
        return c < 0x21 && c != 0x20;
    }

    private static boolean separator(int c) {
        return Character.isWhitespace(c) || c == ThaiBreaks.ZWSP || c == '\u00A0' || c == '\u200C' || c == '\u200D'
                || c == '\u200E' || c == '\u200F' || c == '\u2060';
    }
}
