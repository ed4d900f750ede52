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
    /** How many blocks of a text a page may hold, at most, when the pages are not known yet. */
    static final int LOOK_AHEAD_BLOCKS = 40;
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
     * Whether each numbered candidate is a page number: numbers on different pages link when the later one carries
     * the number the pages between predict (the exact page count when the pages are known, else one to three more),
     * looking past numbers that do not fit (a year at a block's edge) up to three pages or
     * {@link #LOOK_AHEAD_BLOCKS} blocks ahead. Linked numbers form a sequence; a
     * number alone on its line or beside a running head is a page number in a sequence of two pages or more, a number
     * beside another line in a sequence of three or more.
     */
    static boolean[] pageNumbers(List<Candidate> cands, boolean[] heads, boolean pagesKnown) {
        boolean[] number = new boolean[cands.size()];
        List<Integer> numbered = new ArrayList<>();
        for (int i = 0; i < cands.size(); i++) {
            if (cands.get(i).value() >= 0) {
                numbered.add(i);
            }
        }
        int[] parent = new int[numbered.size()];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        for (int k = 0; k < numbered.size(); k++) {
            Candidate c = cands.get(numbered.get(k));
            for (int j = k + 1; j < numbered.size(); j++) {
                Candidate o = cands.get(numbered.get(j));
                if (o.page() == c.page()) {
                    continue;
                }
                if (o.page() - c.page() > (pagesKnown ? 3 : LOOK_AHEAD_BLOCKS)) {
                    break;
                }
                int pageStep = o.page() - c.page();
                int valueStep = o.value() - c.value();
                boolean fits = pagesKnown ? valueStep == pageStep : valueStep >= 1 && valueStep <= 3;
                if (fits) {
                    parent[find(parent, j)] = find(parent, k);
                    break;
                }
            }
        }
        java.util.Map<Integer, java.util.Set<Integer>> pagesOf = new java.util.HashMap<>();
        for (int k = 0; k < numbered.size(); k++) {
            pagesOf.computeIfAbsent(find(parent, k), r -> new java.util.HashSet<>()).add(cands.get(numbered.get(k)).page());
        }
        for (int k = 0; k < numbered.size(); k++) {
            int i = numbered.get(k);
            Candidate c = cands.get(i);
            int sequence = pagesOf.get(find(parent, k)).size();
            number[i] = (c.head() == null || heads[i]) ? sequence >= 2 : sequence >= 3;
        }
        return number;
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
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
