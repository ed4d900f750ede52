package org.siglum.export.pdf.internal;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
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

    /**
     * Separates the font runs of every text under {@code root}, and sets each run that the main family (the chain's
     * first) lacks in an inline of its own family: FOP sets a word it falls back for on no baseline (its text area has
     * {@code baseline="0"}), so that a Devanagari or Arabic word in a Latin line stands half a line high and overprints
     * the line above.
     */
    void separate(Node root) {
        if (coverage.isEmpty()) {
            return;
        }
        for (Text t : Dom.texts(root)) {
            String data = t.getData();
            String separated = separate(data);
            if (!inFamily(t)) {
                List<Run> runs = runs(separated);
                if (runs.size() > 1 || runs.get(0).family() > 0) {
                    replace(t, runs);
                    continue;
                }
            }
            if (!separated.equals(data)) {
                t.setData(separated);
            }
        }
    }

    /** A part of a text, in the family of the chain FOP would set it in (-1: the main family's, or none). */
    private record Run(int family, String text) {
    }

    /** A separated text as runs of words of one family each; the spaces between two words go with the first. */
    private List<Run> runs(String s) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentFamily = -1;
        int start = 0;
        for (int i = 0; i <= s.length();) {
            int c = i < s.length() ? s.codePointAt(i) : ' ';
            if (i == s.length() || separator(c)) {
                String word = s.substring(start, i);
                if (!word.isEmpty()) {
                    int family = familyOfWord(word);
                    if (family != currentFamily && current.length() > 0) {
                        // the spaces before this word stay with the run before
                        runs.add(new Run(currentFamily, current.toString()));
                        current.setLength(0);
                    }
                    currentFamily = family;
                }
                current.append(word);
                if (i < s.length()) {
                    current.appendCodePoint(c);
                }
                start = i + Character.charCount(c);
            }
            i += Character.charCount(c);
        }
        if (current.length() > 0 || runs.isEmpty()) {
            runs.add(new Run(currentFamily, current.toString()));
        }
        return runs;
    }

    /** The family FOP sets a word of one family in: the first with all of it; -1 for the main family or none. */
    private int familyOfWord(String word) {
        int first = -1;
        for (int i = 0; i < word.length();) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            if (!isMark(c) && !c0(c)) {
                first = coverage.familyOf(c);
                break;
            }
        }
        if (first <= 0) {
            return -1;
        }
        for (int family = 0; family <= first; family++) {
            int f = family;
            if (word.codePoints().allMatch(c -> c0(c) || coverage.has(f, c) || isMark(c))) {
                return f == 0 ? -1 : f;
            }
        }
        return first;
    }

    private void replace(Text t, List<Run> runs) {
        Node parent = t.getParentNode();
        for (Run run : runs) {
            Node node = t.getOwnerDocument().createTextNode(run.text());
            if (run.family() > 0) {
                Element inline = t.getOwnerDocument().createElementNS(Dom.FO, "fo:inline");
                inline.setAttribute("font-family", coverage.family(run.family()));
                inline.appendChild(node);
                node = inline;
            }
            parent.insertBefore(node, t);
        }
        parent.removeChild(t);
    }

    /** Whether a text is already the only child of an inline of a family of the chain (set by an earlier pass). */
    private boolean inFamily(Text t) {
        return t.getParentNode() instanceof Element e && "inline".equals(e.getLocalName())
                && e.hasAttribute("font-family") && e.getFirstChild() == t && t.getNextSibling() == null;
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
