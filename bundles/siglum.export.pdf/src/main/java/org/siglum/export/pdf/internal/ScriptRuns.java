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

    String separate(String s) {
        StringBuilder out = null;
        int previous = -1;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK;
            // a combining mark belongs to the letter before it
            if (previous >= 0 && !mark && changes(previous, c)) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                out.append(ThaiBreaks.ZWSP);
            }
            if (out != null) {
                out.appendCodePoint(c);
            }
            if (!mark) {
                previous = separator(c) ? -1 : c;
            }
            i += Character.charCount(c);
        }
        return out == null ? s : out.toString();
    }

    private boolean changes(int a, int b) {
        if (separator(b) || c0(a) || c0(b)) {
            return false;
        }
        int fa = coverage.familyOf(a);
        int fb = coverage.familyOf(b);
        return fa != fb && fa >= 0 && fb >= 0 && !coverage.has(fa, b) && !coverage.has(fb, a);
    }

    private static boolean c0(int c) {
        return c < 0x21 && c != 0x20;
    }

    private static boolean separator(int c) {
        return Character.isWhitespace(c) || c == ThaiBreaks.ZWSP || c == '\u00A0' || c == '\u200C' || c == '\u200D'
                || c == '\u200E' || c == '\u200F' || c == '\u2060';
    }
}
