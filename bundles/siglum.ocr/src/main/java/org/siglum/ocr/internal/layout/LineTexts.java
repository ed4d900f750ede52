package org.siglum.ocr.internal.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a printed line from its words, with the spaces the engine put between them. The formats differ: PAGE
 * gives the line's text; ALTO an {@code SP} between words; hOCR nothing. Tesseract writes its words without the
 * spaces it decided (and in Thai a word per letter cluster), but its plain text beside them has them: where the caller
 * gives it, the words are found in it in order and its spaces taken. Without it, two words of a script written without
 * spaces (Thai, Lao, Khmer, Myanmar, Chinese, Japanese) are joined unless the gap between them is a quarter of the
 * line's height (decision 0047: an estimate, said so in the import's report); other words are separated by a space.
 */
final class LineTexts {

    /** A word of the line and where it stands in the line's text. */
    record Piece(OcrPage.Word word, int start, int end) {
    }

    /** A line's text and its words' places in it. */
    record Text(String text, List<Piece> pieces) {
    }

    private final String plain;
    private final StringBuilder squeezed = new StringBuilder();
    private final int[] map;
    private int cursor;
    private boolean estimated;

    /** {@code plain} is the engine's plain text of the same pages, or null. */
    LineTexts(String plain) {
        this.plain = plain;
        if (plain == null) {
            map = new int[0];
            return;
        }
        int[] m = new int[plain.length()];
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (!Character.isWhitespace(c)) {
                m[squeezed.length()] = i;
                squeezed.append(c);
            }
        }
        map = m;
    }

    /** Whether a space was estimated from a gap somewhere (no plain text said it). */
    boolean estimated() {
        return estimated;
    }

    Text text(OcrPage.Line line) {
        List<OcrPage.Word> words = line.words();
        if (line.text() != null) {
            return fromLineText(line.text(), words);
        }
        boolean[] spaces = fromPlain(words);
        if (spaces == null) {
            spaces = new boolean[words.size()];
            for (int i = 1; i < words.size(); i++) {
                Boolean said = words.get(i).spaceBefore();
                spaces[i] = said != null ? said : estimate(line, words.get(i - 1), words.get(i));
            }
        }
        StringBuilder out = new StringBuilder();
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && spaces[i]) {
                out.append(' ');
            }
            String w = words.get(i).text().replaceAll("\\s+", " ");
            pieces.add(new Piece(words.get(i), out.length(), out.length() + w.length()));
            out.append(w);
        }
        return new Text(out.toString(), pieces);
    }

    /** PAGE: the line's own text; its words are found in it in order where they are (for their confidences). */
    private static Text fromLineText(String text, List<OcrPage.Word> words) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (OcrPage.Word w : words) {
            int i = text.indexOf(w.text(), at);
            if (i >= 0) {
                pieces.add(new Piece(w, i, i + w.text().length()));
                at = i + w.text().length();
            }
        }
        return new Text(text, pieces);
    }

    /** The spaces before each word as the plain text has them, or null if the words are not found there in order. */
    private boolean[] fromPlain(List<OcrPage.Word> words) {
        if (plain == null || words.isEmpty()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        int[] starts = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            starts[i] = key.length();
            words.get(i).text().codePoints().filter(c -> !Character.isWhitespace(c)).forEach(key::appendCodePoint);
        }
        if (key.isEmpty()) {
            return null;
        }
        int found = squeezed.indexOf(key.toString(), cursor);
        if (found < 0 || found - cursor > 4000) {
            return null;
        }
        boolean[] spaces = new boolean[words.size()];
        for (int i = 1; i < words.size(); i++) {
            int previousEnd = map[found + starts[i] - 1];
            int start = map[found + starts[i]];
            spaces[i] = start - previousEnd > 1;
        }
        cursor = found + key.length();
        return spaces;
    }

    private boolean estimate(OcrPage.Line line, OcrPage.Word before, OcrPage.Word after) {
        if (!unspaced(before.text().codePointBefore(before.text().length())) || !unspaced(after.text().codePointAt(0))) {
            return true;
        }
        estimated = true;
        int gap = after.box().x0() - before.box().x1();
        int height = line.box().height() > 0 ? line.box().height() : Math.max(before.box().height(), 1);
        return gap * 4 >= height;
    }

    /** A character of a script written without spaces between words. */
    static boolean unspaced(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.THAI || s == Character.UnicodeScript.LAO
                || s == Character.UnicodeScript.KHMER || s == Character.UnicodeScript.MYANMAR
                || s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.TIBETAN;
    }
}
