package org.siglum.suspects.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.siglum.suspects.Signal;

/**
 * Numbers, running heads and garbage lines: a number mixing Thai and Arabic digits, a page number breaking the
 * sequence its neighbours keep, a running head differing from the others, a line of specks and rules
 * (docs/decisions/0043).
 */
final class Numbers {

    private Numbers() {
    }

    static boolean thaiDigit(char c) {
        return c >= '๐' && c <= '๙';
    }

    static boolean arabicDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean digit(char c) {
        return thaiDigit(c) || arabicDigit(c);
    }

    /** A digit's value, Thai or Arabic. */
    static int value(char c) {
        return thaiDigit(c) ? c - '๐' : c - '0';
    }

    private record Line(int start, int end, String text) {
    }

    static void find(String text, List<SignalHit> out) {
        int thai = 0;
        int arabic = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            thai += thaiDigit(c) ? 1 : 0;
            arabic += arabicDigit(c) ? 1 : 0;
        }
        boolean thaiMajority = thai > arabic;
        mixedDigits(text, thaiMajority, out);
        List<Line> lines = lines(text);
        pageNumbers(lines, thaiMajority, out);
        runningHeads(lines, out);
        garbage(lines, out);
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int s = 0;
        for (int k = 0; k <= text.length(); k++) {
            if (k == text.length() || text.charAt(k) == '\n') {
                lines.add(new Line(s, k, text.substring(s, k)));
                s = k + 1;
            }
        }
        return lines;
    }

    /** A number whose digits are of both scripts: OCR read one of them wrong; the correction is in the text's script. */
    private static void mixedDigits(String text, boolean thaiMajority, List<SignalHit> out) {
        int k = 0;
        while (k < text.length()) {
            if (!digit(text.charAt(k))) {
                k++;
                continue;
            }
            int s = k;
            boolean t = false;
            boolean a = false;
            while (k < text.length() && (digit(text.charAt(k))
                    || ((text.charAt(k) == ',' || text.charAt(k) == '.') && k + 1 < text.length() && digit(text.charAt(k + 1))))) {
                t |= thaiDigit(text.charAt(k));
                a |= arabicDigit(text.charAt(k));
                k++;
            }
            if (t && a) {
                String n = text.substring(s, k);
                out.add(new SignalHit(s, k, Signal.NUMBER, "Thai and Arabic digits in one number",
                        Optional.of(inScript(n, thaiMajority))));
            }
        }
    }

    static String inScript(String n, boolean thai) {
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) {
            b.append(digit(c) ? (char) ((thai ? '๐' : '0') + value(c)) : c);
        }
        return b.toString();
    }

    /** The page number of a short line: a number standing alone at its start or end; {start, end, value} or null. */
    private static int[] pageNumber(Line line) {
        String s = line.text();
        int a = 0;
        int b = s.length();
        while (a < b && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        if (b - a == 0 || b - a > 80) {
            return null;
        }
        int e = a;
        while (e < b && digit(s.charAt(e))) {
            e++;
        }
        if (e > a && e - a <= 4 && (e == b || Character.isWhitespace(s.charAt(e)))) {
            return new int[] {line.start() + a, line.start() + e, number(s.substring(a, e))};
        }
        int f = b;
        while (f > a && digit(s.charAt(f - 1))) {
            f--;
        }
        if (f < b && b - f <= 4 && (f == a || Character.isWhitespace(s.charAt(f - 1)))) {
            return new int[] {line.start() + f, line.start() + b, number(s.substring(f, b))};
        }
        return null;
    }

    private static int number(String digits) {
        int v = 0;
        for (char c : digits.toCharArray()) {
            v = v * 10 + value(c);
        }
        return v;
    }

    /**
     * Page numbers (short lines with a number at an edge) in a sequence that mostly goes up by one: a number whose
     * neighbours agree with each other but not with it is suspect; its correction is the number between them.
     */
    static void pageNumbers(List<Line> lines, boolean thaiMajority, List<SignalHit> out) {
        List<int[]> seq = new ArrayList<>();
        for (Line l : lines) {
            int[] p = pageNumber(l);
            if (p != null) {
                seq.add(p);
            }
        }
        checkSequence(seq, thaiMajority, "page number", out);
    }

    /** {start, end, value} triples in document order; used for page numbers in lines and for pb/@n and fw. */
    static void checkSequence(List<int[]> seq, boolean thaiMajority, String what, List<SignalHit> out) {
        if (seq.size() < 3) {
            return;
        }
        int steady = 0;
        for (int i = 1; i < seq.size(); i++) {
            steady += seq.get(i)[2] - seq.get(i - 1)[2] == 1 ? 1 : 0;
        }
        if (steady * 2 < seq.size() - 1) {
            return;
        }
        for (int i = 0; i < seq.size(); i++) {
            int v = seq.get(i)[2];
            Integer expected = null;
            if (i > 0 && i + 1 < seq.size() && seq.get(i + 1)[2] - seq.get(i - 1)[2] == 2) {
                expected = seq.get(i - 1)[2] + 1;
            } else if (i == 0 && seq.get(2)[2] - seq.get(1)[2] == 1) {
                expected = seq.get(1)[2] - 1;
            } else if (i == seq.size() - 1 && seq.get(i - 1)[2] - seq.get(i - 2)[2] == 1) {
                expected = seq.get(i - 1)[2] + 1;
            }
            if (expected != null && expected != v && expected >= 0) {
                int[] at = seq.get(i);
                out.add(new SignalHit(at[0], at[1], Signal.NUMBER,
                        what + " " + v + " breaks the sequence (" + expected + " expected)",
                        Optional.of(inScript(String.valueOf(expected), thaiMajority))));
            }
        }
    }

    /** The text of a line without digits and spaces at its edges: a running head's key. */
    private static String headKey(String s) {
        return s.replaceAll("[0-9๐-๙]+", "").strip().replaceAll("\\s+", " ");
    }

    /**
     * A short line near-identical (a few letters off) to a line that recurs three times or more is a running head OCR
     * misread; its correction is the recurring one, with the line's own page number.
     */
    static void runningHeads(List<Line> lines, List<SignalHit> out) {
        Map<String, Integer> counts = new HashMap<>();
        for (Line l : lines) {
            String k = headKey(l.text());
            if (k.length() >= 4 && k.length() <= 80) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        List<String> frequent = new ArrayList<>();
        counts.forEach((k, n) -> {
            if (n >= 3) {
                frequent.add(k);
            }
        });
        if (frequent.isEmpty()) {
            return;
        }
        for (Line l : lines) {
            String k = headKey(l.text());
            if (k.length() < 4 || k.length() > 80 || counts.getOrDefault(k, 0) >= 3) {
                continue;
            }
            for (String f : frequent) {
                int d = Signals.levenshtein(k, f);
                if (d > 0 && d <= Math.max(1, f.length() / 5)) {
                    int a = l.start() + l.text().indexOf(k.substring(0, 1));
                    String lineText = l.text();
                    int s = lineText.indexOf(k.charAt(0));
                    int e = lineText.length();
                    while (e > s && (Character.isWhitespace(lineText.charAt(e - 1)) || digit(lineText.charAt(e - 1)))) {
                        e--;
                    }
                    String printed = lineText.substring(s, e);
                    if (headKey(printed).equals(k)) {
                        out.add(new SignalHit(a, l.start() + e, Signal.RUNNING_HEAD,
                                "running head differs from the " + counts.get(f) + " others", Optional.of(f)));
                    }
                    break;
                }
            }
        }
    }

    /** A line mostly of punctuation, symbols and stray marks: specks and rules OCR read as text. */
    static void garbage(List<Line> lines, List<SignalHit> out) {
        for (Line l : lines) {
            String s = l.text().strip();
            if (s.isEmpty()) {
                continue;
            }
            int visible = 0;
            int letters = 0;
            int wordLetters = 0;
            for (String word : s.split("\\s+")) {
                int lettersHere = 0;
                for (int k = 0; k < word.length(); k++) {
                    char c = word.charAt(k);
                    visible++;
                    if (Character.isLetterOrDigit(c)) {
                        letters++;
                        lettersHere++;
                    }
                }
                if (lettersHere >= 3) {
                    wordLetters += lettersHere;
                }
            }
            boolean noWords = wordLetters == 0;
            if (visible >= 1 && (letters * 10 < visible * 3 || (noWords && visible >= 3 && letters * 2 < visible))
                    && !s.matches("[*•·.\\s]+|[\\-–—_\\s]+|[“”\"'()\\[\\]\\s]+")) {
                int a = l.start() + l.text().indexOf(s.charAt(0));
                out.add(new SignalHit(a, a + s.length(), Signal.GARBAGE, "a line of specks or rules, not text",
                        Optional.of("")));
            }
        }
    }
}
