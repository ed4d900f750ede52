package org.siglum.ocr.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.siglum.ocr.internal.OcrPage.Line;
import org.siglum.ocr.internal.OcrPage.Role;

/**
 * Running heads and page numbers, judged over the whole export (decision 0047): a line at the top or foot of its
 * page is a running head when a line like it (letters alone, a quarter of them may differ) stands at the top or foot
 * of another page; a number there is a page number when the nearest numbered page before or after it carries the
 * number that the page count between them predicts. Nothing is judged from one page alone.
 */
final class Furniture {

    private static final String DIGITS = "([0-9]{1,4}|[\u0E50-\u0E59]{1,4})";
    private static final String DECOR = "[\\s\\-\u2013\u2014\\[\\](){}|\u2022\u00B7.*~_]*";
    static final Pattern NUMBER_ONLY = Pattern.compile("^" + DECOR + "(?:(?i:page|p\\.|\u0E2B\u0E19\u0E49\u0E32)\\s*)?"
            + DIGITS + DECOR + "$");
    static final Pattern NUMBER_FIRST = Pattern.compile("^\\s*" + DIGITS + "\\s+(\\S.*?)\\s*$");
    static final Pattern NUMBER_LAST = Pattern.compile("^\\s*(\\S.*?)\\s+" + DIGITS + "\\s*$");
    /** Candidates from this many lines at a page's top and at its foot. */
    static final int EDGE_LINES = 2;
    /** A running head is at most this many characters. */
    static final int HEAD_MAX = 100;

    /** A line at a page's edge that may be furniture. */
    record Candidate(int page, Line line, boolean top, String head, String key, int value) {
    }

    /** The counts the user is told. */
    record Found(int heads, int numbers) {
    }

    private Furniture() {
    }

    static int value(String digits) {
        int v = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            v = v * 10 + (c >= '\u0E50' && c <= '\u0E59' ? c - '\u0E50' : c - '0');
        }
        return v;
    }

    /** The letters of a line, lower case: what two printings of one running head share. */
    static String key(String s) {
        StringBuilder k = new StringBuilder();
        s.codePoints().filter(Character::isLetter).map(Character::toLowerCase).forEach(k::appendCodePoint);
        return k.toString();
    }

    static Candidate candidate(int page, Line line, boolean top) {
        String text = line.text.strip();
        if (text.isEmpty() || text.length() > HEAD_MAX) {
            return null;
        }
        Matcher m = NUMBER_ONLY.matcher(text);
        if (m.matches()) {
            return new Candidate(page, line, top, null, "", value(m.group(1)));
        }
        m = NUMBER_FIRST.matcher(text);
        if (m.matches()) {
            return new Candidate(page, line, top, m.group(2), key(m.group(2)), value(m.group(1)));
        }
        m = NUMBER_LAST.matcher(text);
        if (m.matches()) {
            return new Candidate(page, line, top, m.group(1), key(m.group(1)), value(m.group(2)));
        }
        return new Candidate(page, line, top, text, key(text), -1);
    }

    /** The candidates at each page's top and foot, top first. */
    static List<Candidate> candidates(List<List<Line>> pages) {
        List<Candidate> all = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<Line> lines = pages.get(p);
            int n = lines.size();
            for (int i = 0; i < Math.min(EDGE_LINES, n); i++) {
                Candidate c = candidate(p, lines.get(i), true);
                if (c != null) {
                    all.add(c);
                }
            }
            for (int i = Math.max(EDGE_LINES, n - EDGE_LINES); i < n; i++) {
                Candidate c = candidate(p, lines.get(i), false);
                if (c != null) {
                    all.add(c);
                }
            }
        }
        return all;
    }

    /** Whether the candidate's head recurs (fuzzily) at the same edge of other pages: on {@code times} in all. */
    static boolean[] recurringHeads(List<Candidate> cands, int times) {
        boolean[] head = new boolean[cands.size()];
        for (int i = 0; i < cands.size(); i++) {
            Candidate a = cands.get(i);
            if (a.key().length() < 2) {
                continue;
            }
            java.util.Set<Integer> on = new java.util.HashSet<>();
            on.add(a.page());
            for (int j = 0; j < cands.size() && on.size() < times; j++) {
                Candidate b = cands.get(j);
                if (b.page() != a.page() && b.top() == a.top() && b.key().length() >= 2 && alike(a.key(), b.key())) {
                    on.add(b.page());
                }
            }
            head[i] = on.size() >= times;
        }
        return head;
    }

    /** Letters alike: edit distance at most a quarter of the longer (at least 1 allowed). */
    static boolean alike(String a, String b) {
        int max = Math.max(a.length(), b.length());
        int allowed = Math.max(1, max / 4);
        if (Math.abs(a.length() - b.length()) > allowed) {
            return false;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > allowed) {
                return false;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= allowed;
    }

    /**
     * Whether each numbered candidate is a page number: the nearest numbered page before it (or after it) carries
     * the number the pages between predict (exact page count when the pages are known, else one to three more),
     * the number alone on its line or beside a running head.
     */
    static boolean[] pageNumbers(List<Candidate> cands, boolean[] heads, boolean pagesKnown) {
        boolean[] number = new boolean[cands.size()];
        List<Integer> numbered = new ArrayList<>();
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            if (c.value() >= 0 && (c.head() == null || heads[i])) {
                numbered.add(i);
            }
        }
        for (int k = 0; k < numbered.size(); k++) {
            Candidate c = cands.get(numbered.get(k));
            boolean ok = false;
            for (int d = -1; d <= 1 && !ok; d += 2) {
                // the nearest numbered candidate on another page in this direction
                for (int j = k + d; j >= 0 && j < numbered.size(); j += d) {
                    Candidate o = cands.get(numbered.get(j));
                    if (o.page() == c.page()) {
                        continue;
                    }
                    int pageStep = o.page() - c.page();
                    int valueStep = o.value() - c.value();
                    ok = pagesKnown ? valueStep == pageStep
                            : Integer.signum(valueStep) == Integer.signum(pageStep) && Math.abs(valueStep) <= 3
                                    && Math.abs(valueStep) >= 1;
                    break;
                }
            }
            number[numbered.get(k)] = ok;
        }
        return number;
    }

    /**
     * Marks the furniture of known pages: roles of the lines at each page's edges, and each page's printed number.
     * A second line from the edge counts only when the edge line is furniture too.
     */
    static Found mark(List<OcrPage> pages) {
        List<List<Line>> lines = new ArrayList<>();
        for (OcrPage p : pages) {
            lines.add(p.lines);
        }
        List<Candidate> cands = candidates(lines);
        boolean[] heads = recurringHeads(cands, 2);
        boolean[] numbers = pageNumbers(cands, heads, true);
        if (pages.size() == 1) {
            // one page: a number alone on its first or last line is its number (no sequence to judge by)
            for (int i = 0; i < cands.size(); i++) {
                Candidate c = cands.get(i);
                List<Line> l = pages.get(0).lines;
                if (c.head() == null && l.size() > 1 && (c.line() == l.get(0) || c.line() == l.get(l.size() - 1))) {
                    numbers[i] = true;
                }
            }
        }
        int nHeads = 0;
        int nNumbers = 0;
        for (int p = 0; p < pages.size(); p++) {
            List<Line> l = lines.get(p);
            int edgeTop = 0;
            int edgeFoot = l.size() - 1;
            for (int i = 0; i < cands.size(); i++) {
                Candidate c = cands.get(i);
                if (c.page() != p || !(heads[i] || numbers[i])) {
                    continue;
                }
                int at = l.indexOf(c.line());
                boolean contiguous = c.top() ? at == edgeTop : at == edgeFoot;
                if (!contiguous) {
                    continue;
                }
                if (c.top()) {
                    edgeTop++;
                } else {
                    edgeFoot--;
                }
                Line line = c.line();
                if (numbers[i] && c.head() != null) {
                    line.role = Role.HEADER_AND_NUMBER;
                    line.head = c.head();
                    line.number = String.valueOf(digitsOf(line.text, c));
                    nHeads++;
                    nNumbers++;
                } else if (numbers[i]) {
                    line.role = Role.PAGE_NUMBER;
                    nNumbers++;
                } else {
                    line.role = Role.HEADER;
                    nHeads++;
                }
                if (numbers[i] && pages.get(p).number == null) {
                    pages.get(p).number = digitsOf(line.text, c);
                }
            }
        }
        return new Found(nHeads, nNumbers);
    }

    /** The number as printed (Thai or Arabic digits). */
    static String digitsOf(String text, Candidate c) {
        for (Pattern p : List.of(NUMBER_ONLY, NUMBER_FIRST, NUMBER_LAST)) {
            Matcher m = p.matcher(text.strip());
            if (m.matches()) {
                return p == NUMBER_LAST ? m.group(2) : m.group(1);
            }
        }
        return String.valueOf(c.value());
    }
}
