package org.siglum.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a PDF as {@code pdftotext} (poppler) reads it, for finding a source's text in it. Both are compared as
 * their letters only, in NFKC (an Arabic letter's presentation form is the letter): the page puts digits between the
 * words (line numbers, note numbers), the list's bullets and the apparatus's brackets are the print's, pdftotext joins
 * a word broken at its hyphen, and reads a mark of a right-to-left line before or after its letter. (That no glyph is
 * missing, FOP says: the test reads its warnings.)
 *
 * <p>
 * A paragraph may be cut by what the page sets between its lines: the page's foot and the next running head, and
 * the margin's short lines (a source's page, a line number, a note's number), which pdftotext reads as lines of their
 * own. It is found when it is a sequence of pieces each found in the PDF's text, each as long as it can be made; a
 * piece goes on over up to {@value #SKIP} short lines (of at most {@value #SHORT} letters) where the text goes on
 * after them, and a new piece begins only where the next {@value #GRAM} letters of the source are in the PDF. A letter
 * printed as another or not at all (a missing glyph) ends a piece inside a line, where no next piece can begin.
 * pdftotext reads Syriac lines (not Arabic or Hebrew ones) in their visual order, so each line is also read reversed.
 *
 * <p>
 * Right-to-left text is found word by word: pdftotext cuts an Arabic line that FOP set in pieces into pieces in
 * another order, puts a mark on a line of its own and spaces around a Syriac word's marks. A segment mostly in a
 * right-to-left script is found when each of its words is in the letters of a line (read either way).
 */
final class PrintedText {

    static final int GRAM = 12;
    static final int SHORT_START = 3;
    static final int SKIP = 3;
    static final int SHORT = 24;

    /** The PDF's letters, line after line, as pdftotext gives them or each line reversed. */
    private record Reading(String text, int[] lineStarts, Map<String, Integer> grams) {

        static Reading of(List<String> lines) {
            StringBuilder text = new StringBuilder();
            int[] starts = new int[lines.size() + 1];
            for (int i = 0; i < lines.size(); i++) {
                starts[i] = text.length();
                text.append(lines.get(i));
            }
            starts[lines.size()] = text.length();
            Map<String, Integer> grams = new HashMap<>();
            for (int i = 0; i + GRAM <= text.length(); i++) {
                grams.putIfAbsent(text.substring(i, i + GRAM), i);
            }
            return new Reading(text.toString(), starts, grams);
        }

        /** How far {@code s} from {@code q} goes on in the text from {@code t}, over the margin's short lines. */
        int extend(String s, int q, int t) {
            while (q < s.length()) {
                if (t < text.length() && s.charAt(q) == text.charAt(t)) {
                    q++;
                    t++;
                    continue;
                }
                int line = Arrays.binarySearch(lineStarts, t);
                if (line < 0) {
                    return q;
                }
                while (line + 1 < lineStarts.length && lineStarts[line + 1] == t) {
                    line++;
                }
                int resumed = -1;
                for (int j = 1; j <= SKIP && line + j < lineStarts.length; j++) {
                    if (lineStarts[line + j] - lineStarts[line + j - 1] > SHORT) {
                        break;
                    }
                    int next = lineStarts[line + j];
                    if (next < text.length() && text.charAt(next) == s.charAt(q)) {
                        resumed = next;
                        break;
                    }
                }
                if (resumed < 0) {
                    return q;
                }
                t = resumed;
            }
            return q;
        }

        /** The farthest {@code s} from {@code p} goes on from any place its next letters are in the text. */
        int longest(String s, int p) {
            int best = p;
            if (s.length() - p >= GRAM) {
                Integer at = grams.get(s.substring(p, p + GRAM));
                if (at != null) {
                    best = extend(s, p, at);
                }
            }
            if (best - p >= Math.min(GRAM, s.length() - p)) {
                return best;
            }
            String start = s.substring(p, Math.min(s.length(), p + SHORT_START));
            int tries = 0;
            for (int at = text.indexOf(start); at >= 0 && tries < 2_000; at = text.indexOf(start, at + 1), tries++) {
                best = Math.max(best, extend(s, p, at));
                if (best == s.length()) {
                    break;
                }
            }
            return best;
        }
    }

    private final List<Reading> readings;

    private PrintedText(List<String> lines) {
        List<String> reversed = new ArrayList<>(lines.size());
        for (String line : lines) {
            reversed.add(new StringBuilder(line).reverse().toString());
        }
        this.readings = List.of(Reading.of(lines), Reading.of(reversed));
    }

    static PrintedText of(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("pdftotext failed on " + pdf);
        }
        return new PrintedText(out.lines().map(PrintedText::normalize).filter(l -> !l.isEmpty()).toList());
    }

    /** The letters of {@code s}, in NFKC. */
    static String normalize(String s) {
        String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(Character::isLetter).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Null when the source text {@code segment} is in the PDF's text, else where it stops being found. */
    String missing(String segment) {
        if (rightToLeft(segment)) {
            for (String word : segment.split("[\\s\\p{P}\\p{S}]+")) {
                String letters = normalize(word);
                if (!letters.isEmpty() && readings.stream().noneMatch(r -> r.text().contains(letters))) {
                    return "the word «" + word + "» not found";
                }
            }
            return null;
        }
        String s = normalize(segment);
        int p = 0;
        while (p < s.length()) {
            int best = p;
            for (Reading reading : readings) {
                best = Math.max(best, reading.longest(s, p));
            }
            if (best - p < Math.min(GRAM, s.length() - p)) {
                return context(s, p);
            }
            p = best;
        }
        return null;
    }

    /** Whether most of the letters of {@code s} are of a right-to-left script. */
    static boolean rightToLeft(String s) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        long rtl = s.codePoints().filter(c -> Character.isLetter(c) && (Character.getDirectionality(c)
                == Character.DIRECTIONALITY_RIGHT_TO_LEFT || Character.getDirectionality(c)
                        == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)).count();
        return letters > 0 && rtl * 2 > letters;
    }

    private static String context(String s, int p) {
        return "not found from «" + s.substring(p, Math.min(s.length(), p + 40)) + "» (after «"
                + s.substring(Math.max(0, p - 20), p) + "»)";
    }
}
