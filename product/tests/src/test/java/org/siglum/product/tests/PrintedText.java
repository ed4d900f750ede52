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
 * after them, or from the end of a page's text to the first lines of the next page, and a new piece begins only where the next {@value #GRAM} letters of the source are in the PDF. A letter
 * printed as another or not at all (a missing glyph) ends a piece inside a line, where no next piece can begin.
 * pdftotext reads Syriac lines (not Arabic or Hebrew ones) in their visual order, so each line is also read reversed.
 *
 * <p>
 * Right-to-left text is found word by word: pdftotext cuts an Arabic line that FOP set in pieces into pieces in
 * another order, and a Syriac line at its marks (FOP sets each glyph on its own, a mark above or below its letter's
 * baseline), putting the pieces on lines of their own. A segment mostly in a right-to-left script is found when
 * each of its words is in the letters of a line (read either way), all but at most one in {@value #RTL_WORDS}: the
 * words pdftotext cut at a mark (a test may count {@link #unfoundWords} over a whole edition instead). The PDF maps every glyph to its characters (a shaped glyph too, decision 0053), so no
 * private-use character stands in for a letter.
 */
final class PrintedText {

    static final int GRAM = 12;
    static final int SHORT_START = 3;
    static final int SKIP = 3;
    static final int SHORT = 24;
    /** The lines of a page's top (its running head) a piece may go on below. */
    static final int HEAD_LINES = 6;
    /** A right-to-left segment may miss one word in this many (a word pdftotext cut at a mark). */
    static final int RTL_WORDS = 10;

    /** The PDF's letters, line after line, as pdftotext gives them or each line reversed. */
    private record Reading(String text, int[] lineStarts, int[] pageOfLine, int[] firstLineOfPage,
            Map<String, Integer> grams) {

        static Reading of(List<List<String>> pages) {
            StringBuilder text = new StringBuilder();
            int count = pages.stream().mapToInt(List::size).sum();
            int[] starts = new int[count + 1];
            int[] pageOfLine = new int[count + 1];
            int[] firstLineOfPage = new int[pages.size() + 1];
            int line = 0;
            for (int page = 0; page < pages.size(); page++) {
                firstLineOfPage[page] = line;
                for (String l : pages.get(page)) {
                    starts[line] = text.length();
                    pageOfLine[line] = page;
                    text.append(l);
                    line++;
                }
            }
            firstLineOfPage[pages.size()] = line;
            starts[count] = text.length();
            pageOfLine[count] = pages.size();
            Map<String, Integer> grams = new HashMap<>();
            for (int i = 0; i + GRAM <= text.length(); i++) {
                grams.putIfAbsent(text.substring(i, i + GRAM), i);
            }
            return new Reading(text.toString(), starts, pageOfLine, firstLineOfPage, grams);
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
                // or the text goes on at the top of the next page, below its running head
                int page = pageOfLine[Math.min(line, pageOfLine.length - 1)];
                for (int j = 0; resumed < 0 && page + 1 < firstLineOfPage.length - 1 && j < HEAD_LINES; j++) {
                    int next = firstLineOfPage[page + 1] + j;
                    if (next < firstLineOfPage[page + 2] && lineStarts[next] < text.length()
                            && text.charAt(lineStarts[next]) == s.charAt(q)) {
                        resumed = lineStarts[next];
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
    /** The letters, line after line, as read and each line reversed (for right-to-left words). */
    private final List<String> loose;

    private PrintedText(List<String> pages) {
        List<List<String>> forward = new ArrayList<>();
        List<List<String>> reversed = new ArrayList<>();
        StringBuilder looseForward = new StringBuilder();
        StringBuilder looseReversed = new StringBuilder();
        for (String page : pages) {
            List<String> lines = new ArrayList<>();
            List<String> backward = new ArrayList<>();
            for (String raw : page.lines().toList()) {
                String line = normalize(raw);
                if (!line.isEmpty()) {
                    lines.add(line);
                    backward.add(new StringBuilder(line).reverse().toString());
                }
                looseForward.append(line).append('\n');
                looseReversed.append(new StringBuilder(line).reverse()).append('\n');
            }
            forward.add(lines);
            reversed.add(backward);
        }
        this.readings = List.of(Reading.of(forward), Reading.of(reversed));
        this.loose = List.of(looseForward.toString(), looseReversed.toString());
    }

    static PrintedText of(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("pdftotext failed on " + pdf);
        }
        return new PrintedText(List.of(out.split("\f")));
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
            List<String> unfound = unfoundWords(segment);
            return unfound.size() * RTL_WORDS <= words(segment).size() ? null
                    : "the words " + unfound + " not found, of " + words(segment).size();
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

    /** The words of a segment, as their letters. */
    static List<String> words(String segment) {
        List<String> words = new ArrayList<>();
        for (String word : segment.split("[\\s\\p{P}\\p{S}]+")) {
            String letters = normalize(word);
            if (!letters.isEmpty()) {
                words.add(letters);
            }
        }
        return words;
    }

    /** The words of a segment that are in no line of the PDF's text, read either way. */
    List<String> unfoundWords(String segment) {
        List<String> unfound = new ArrayList<>();
        for (String word : words(segment)) {
            if (loose.stream().noneMatch(text -> text.contains(word))) {
                unfound.add(word);
            }
        }
        return unfound;
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
