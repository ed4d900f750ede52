package org.siglum.export.pdf.internal;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Keeps the text of the words FOP shapes. FOP's area tree holds a word as the glyphs it set, mapped back to
 * characters: an Arabic letter as its presentation form, a Devanagari syllable in visual order (the vowel sign i
 * before its consonant), a ligature or a mark's variant that the font's character map lacks as a private-use
 * character of that one font instance. Pass 2 sets the lines read from pass 1 again, so those characters would be
 * shaped twice and print as a missing glyph ({@code #}).
 *
 * <p>
 * So before pass 1 every word (a run between spaces and line-break opportunities) that contains a character outside
 * the scripts FOP sets as they are (Latin, Greek, Cyrillic, Thai, Han, kana and the common punctuation and digits) is
 * wrapped in an inline of its own, {@code gw-N}; the reader of the area tree takes the word's text from here rather
 * than from FOP's glyphs. A word breaks nowhere inside (the inline is cut at every break opportunity), and shaping
 * does not reach across a space, so the inline changes neither the line breaks nor the shapes.
 */
final class ShapedWords {

    static final String PREFIX = "gw-";

    private final Map<String, String> words;
    private int next;

    /** Records the wrapped words' texts, by inline id, in {@code words}. */
    ShapedWords(Map<String, String> words) {
        this.words = words;
    }

    /** Wraps the shaped words of every text under {@code root}. */
    void wrap(Element root) {
        for (Text t : Dom.texts(root)) {
            if (needsWrapping(t.getData())) {
                wrap(t);
            }
        }
    }

    private void wrap(Text t) {
        String s = t.getData();
        Document doc = t.getOwnerDocument();
        Node parent = t.getParentNode();
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(s);
        StringBuilder plain = new StringBuilder();
        int start = 0;
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            // a segment is a word and the spaces after it
            int wordEnd = end;
            while (wordEnd > start && separator(s.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            String word = s.substring(start, wordEnd);
            if (!needsWrapping(word)) {
                plain.append(s, start, end);
                continue;
            }
            if (plain.length() > 0) {
                parent.insertBefore(doc.createTextNode(plain.toString()), t);
                plain.setLength(0);
            }
            String id = PREFIX + next++;
            Element inline = doc.createElementNS(Dom.FO, "fo:inline");
            inline.setAttribute("id", id);
            inline.appendChild(doc.createTextNode(word));
            parent.insertBefore(inline, t);
            words.put(id, word);
            plain.append(s, wordEnd, end);
        }
        if (plain.length() > 0) {
            parent.insertBefore(doc.createTextNode(plain.toString()), t);
        }
        parent.removeChild(t);
    }

    /** Whether FOP may set some character of {@code s} as other characters than it is. */
    static boolean needsWrapping(String s) {
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (!setAsItIs(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static boolean setAsItIs(int c) {
        if (c < 0x250 || separator(c)) {
            // Basic Latin, Latin-1 and Latin Extended A and B: precomposed letters
            return true;
        }
        Character.UnicodeScript script;
        try {
            script = Character.UnicodeScript.of(c);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return switch (script) {
        case LATIN, GREEK, CYRILLIC, THAI, HAN, HIRAGANA, KATAKANA, COMMON -> true;
        default -> false;
        };
    }

    private static boolean separator(int c) {
        return Character.isWhitespace(c) || c == ThaiBreaks.ZWSP;
    }
}
