package org.siglum.suspects.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.siglum.thai.ThaiChars;

/**
 * How likely OCR was to print one form for another: a table of Thai letters of similar shape, marks dropped, added,
 * doubled or moved, sara am split, foreign-script look-alikes, and what the edition itself records as OCR errors
 * (docs/decisions/0043). Costs are negative natural logs of probabilities; {@link #cost(String, String)} is the
 * cheapest alignment of a printed form with a correction.
 */
final class ConfusionModel {

    /** Pairs OCR confuses most in Thai print, each letter with each other letter of its group. */
    private static final String[] STRONG = {"ดต", "ชซ", "บป", "ผฝ", "พฟ", "ถภ", "ขฃ", "ขช", "อย", "คศ", "ฅค", "ฎฏ",
        "ิี", "ึื", "่้", "๊๋", "โไ", "ไใ", "โใ", "าำ", "ุู", "ัิ", "็ั", "รว", "ลส", "ทห", "นม", "ฑท", "วจ", "ซฃ",
        "๕๙", "๘๙", "๕๘", "๒๖", "๑๓", "๓๗", "06", "38", "89", "17", "56"};
    /** Wider groups of similar shapes: more distant, still far likelier than any two letters. */
    private static final String[] WEAK = {"ขชซบฃ", "ดตคศฅ", "บปษ", "ภถกฎฏ", "พฟผฝภ", "รธฐว", "ลสด", "อยฮ", "หมทน",
        "นมฆ", "วรจ", "รล", "งจ", "ิีึื", "่้๊๋", "ัิ็", "โไใ", "าำะ", "ุู", "ณฌญ", "ฒฆ", "ษพ", "ฐร"};
    /** Letters of other scripts that OCR puts for Thai ones (Bengali and Arabic seen; look-alike shapes). */
    static final Map<Character, String> FOREIGN = Map.ofEntries(
            Map.entry('ন', "น"), Map.entry('ত', "ต"), Map.entry('র', "ร"), Map.entry('ম', "ม"), Map.entry('ব', "บ"),
            Map.entry('ী', "ี"), Map.entry('ি', "ิ"), Map.entry('্', ""), Map.entry('া', "า"),
            Map.entry('ر', "ร"), Map.entry('و', "อ"), Map.entry('ت', "ต"), Map.entry('ن', "น"), Map.entry('أ', "ั่"),
            Map.entry('ا', "า"));

    static final double STRONG_SUB = -Math.log(0.02);
    static final double WEAK_SUB = -Math.log(0.004);
    static final double ANY_SUB = -Math.log(0.0003);
    static final double MARK_DROP = -Math.log(0.015);
    static final double MARK_ADD = -Math.log(0.006);
    static final double LETTER_DROP = -Math.log(0.0015);
    static final double LETTER_ADD = -Math.log(0.001);
    static final double DOUBLED = -Math.log(0.01);
    static final double SWAP = -Math.log(0.004);
    static final double FOREIGN_SUB = -Math.log(0.05);
    /** A confusion the edition has recorded this often costs the less: min(cost, LEARNED_BASE - log(n)). */
    static final double LEARNED_BASE = -Math.log(0.08);

    /** Characters with a row in the tables: the Thai block, then the ten Arabic digits. */
    private static final int SIZE = 0x80 + 10;
    private final double[][] sub = new double[SIZE][SIZE];
    private final double[] drop = new double[SIZE];
    private final double[] add = new double[SIZE];
    private final Map<Long, Double> otherSub = new HashMap<>();
    private final Map<String, Integer> learnedSubs = new HashMap<>();
    /** Learned multi-letter confusions: printed form to the corrections it stood for. */
    private final Map<String, Map<String, Integer>> learnedChunks = new HashMap<>();
    private int learnedCount;

    ConfusionModel() {
        for (double[] row : sub) {
            java.util.Arrays.fill(row, ANY_SUB);
        }
        for (int c = 0; c < SIZE; c++) {
            char ch = c < 0x80 ? (char) (0x0E00 + c) : (char) ('0' + c - 0x80);
            drop[c] = ThaiChars.isCombiningMark(ch) ? MARK_DROP : LETTER_DROP;
            add[c] = ThaiChars.isCombiningMark(ch) ? MARK_ADD : LETTER_ADD;
            sub[c][c] = 0;
        }
        for (String g : WEAK) {
            pairs(g, WEAK_SUB);
        }
        for (String g : STRONG) {
            pairs(g, STRONG_SUB);
        }
    }

    private void pairs(String group, double cost) {
        for (int i = 0; i < group.length(); i++) {
            for (int j = 0; j < group.length(); j++) {
                if (i != j) {
                    sub[index(group.charAt(i))][index(group.charAt(j))] = cost;
                }
            }
        }
    }

    private static int index(char c) {
        if (c >= 0x0E00 && c < 0x0E80) {
            return c - 0x0E00;
        }
        if (c >= '0' && c <= '9') {
            return 0x80 + c - '0';
        }
        return -1;
    }

    private static long key(char printed, char meant) {
        return ((long) printed << 16) | meant;
    }

    /** Cost of printing {@code printed} where {@code meant} stood. */
    double substitution(char printed, char meant) {
        if (printed == meant) {
            return 0;
        }
        int p = index(printed);
        int m = index(meant);
        if (p >= 0 && m >= 0) {
            return sub[p][m];
        }
        double c = otherSub.getOrDefault(key(printed, meant), ANY_SUB);
        if (p < 0) {
            String f = FOREIGN.get(printed);
            if (f != null && f.length() == 1 && f.charAt(0) == meant) {
                c = Math.min(c, FOREIGN_SUB);
            }
        }
        return c;
    }

    /** Cost of OCR leaving out this character of the correction. */
    double dropped(char meant) {
        int m = index(meant);
        return m >= 0 ? drop[m] : otherSub.getOrDefault(key((char) 0, meant), LETTER_DROP);
    }

    /** Cost of OCR adding this character (a speck read as a mark, a letter doubled). */
    double added(char printed, char before) {
        int p = index(printed);
        double c = p >= 0 ? add[p] : otherSub.getOrDefault(key(printed, (char) 0), LETTER_ADD);
        if (printed == before) {
            c = Math.min(c, DOUBLED);
        }
        if (p < 0) {
            String f = FOREIGN.get(printed);
            if (f != null && f.isEmpty()) {
                c = Math.min(c, FOREIGN_SUB);
            }
        }
        return c;
    }

    /** Makes a learned confusion (printed for meant; 0 for none) cost at most what n recorded cases say. */
    private void learned(char printed, char meant, int n) {
        double c = LEARNED_BASE - Math.log(n);
        int p = printed == 0 ? -2 : index(printed);
        int m = meant == 0 ? -2 : index(meant);
        if (p >= 0 && m >= 0) {
            sub[p][m] = Math.min(sub[p][m], c);
        } else if (p == -2 && m >= 0) {
            drop[m] = Math.min(drop[m], c);
        } else if (m == -2 && p >= 0) {
            add[p] = Math.min(add[p], c);
        } else {
            otherSub.merge(key(printed, meant), c, Math::min);
        }
    }

    /**
     * The cheapest way OCR printed {@code printed} for {@code meant}: a weighted edit distance with substitutions,
     * drops, additions, swapped neighbours (a mark moved), the learned multi-letter confusions, sara am split
     * (ํา for ำ) and เเ for แ.
     */
    double cost(String printed, String meant) {
        String p = normalise(printed);
        double extra = p.equals(printed) ? 0 : normalisationCost(printed);
        int n = p.length();
        int m = meant.length();
        double[][] d = new double[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = Double.MAX_VALUE;
                if (i > 0 && j > 0) {
                    best = d[i - 1][j - 1] + substitution(p.charAt(i - 1), meant.charAt(j - 1));
                }
                if (i > 0) {
                    best = Math.min(best, d[i - 1][j] + added(p.charAt(i - 1), i > 1 ? p.charAt(i - 2) : 0));
                }
                if (j > 0) {
                    best = Math.min(best, d[i][j - 1] + dropped(meant.charAt(j - 1)));
                }
                if (i > 1 && j > 1 && p.charAt(i - 1) == meant.charAt(j - 2) && p.charAt(i - 2) == meant.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + SWAP);
                }
                if (!learnedChunks.isEmpty()) {
                    for (int a = 1; a <= Math.min(3, i); a++) {
                        Map<String, Integer> meantForms = learnedChunks.get(p.substring(i - a, i));
                        if (meantForms == null) {
                            continue;
                        }
                        for (Map.Entry<String, Integer> e : meantForms.entrySet()) {
                            int b = e.getKey().length();
                            if (b <= j && meant.startsWith(e.getKey(), j - b)) {
                                best = Math.min(best, d[i - a][j - b] + LEARNED_BASE - Math.log(e.getValue()));
                            }
                        }
                    }
                }
                d[i][j] = best;
            }
        }
        return d[n][m] + extra;
    }

    /** Sara am split into nikhahit and sara aa, and two sara e for sara ae: what OCR prints, put right. */
    static String normalise(String s) {
        if (s.indexOf('\u0E4D') < 0 && s.indexOf("เเ") < 0) {
            return s;
        }
        return s.replace("\u0E4D\u0E32", "\u0E33").replace("เเ", "แ");
    }

    private static double normalisationCost(String s) {
        return STRONG_SUB * 0.5;
    }

    /**
     * Learns from one recorded OCR error: the letters of the OCR form aligned with the correction (plain edit
     * distance), each differing letter a confusion, each differing run of up to three letters a chunk.
     */
    void learn(String printed, String meant) {
        if (printed.equals(meant) || printed.length() > 40 || meant.length() > 40) {
            return;
        }
        learnedCount++;
        List<int[]> ops = align(printed, meant);
        // runs of differences between equal anchors
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k)[0] == 0) {
                k++;
                continue;
            }
            int s = k;
            while (k < ops.size() && ops.get(k)[0] != 0) {
                k++;
            }
            StringBuilder pp = new StringBuilder();
            StringBuilder mm = new StringBuilder();
            for (int q = s; q < k; q++) {
                int[] op = ops.get(q);
                if (op[1] >= 0) {
                    pp.append(printed.charAt(op[1]));
                }
                if (op[2] >= 0) {
                    mm.append(meant.charAt(op[2]));
                }
                if (k - s == 1) {
                    String single = (op[1] >= 0 ? String.valueOf(printed.charAt(op[1])) : "") + ">"
                            + (op[2] >= 0 ? String.valueOf(meant.charAt(op[2])) : "");
                    int times = learnedSubs.merge(single, 1, Integer::sum);
                    learned(op[1] >= 0 ? printed.charAt(op[1]) : 0, op[2] >= 0 ? meant.charAt(op[2]) : 0, times);
                }
            }
            if (k - s > 1 && pp.length() <= 3 && mm.length() <= 3 && pp.length() > 0) {
                learnedChunks.computeIfAbsent(pp.toString(), x -> new HashMap<>()).merge(mm.toString(), 1, Integer::sum);
            }
        }
    }

    /** Multi-letter confusions learned: printed chunk to meant chunk (for generating candidates). */
    Map<String, Map<String, Integer>> learnedChunks() {
        return learnedChunks;
    }

    /** Single-letter substitutions learned: printed letter to meant letter. */
    List<char[]> learnedSubstitutions() {
        List<char[]> out = new ArrayList<>();
        for (String k : learnedSubs.keySet()) {
            if (k.length() == 3) {
                out.add(new char[] {k.charAt(0), k.charAt(2)});
            }
        }
        return out;
    }

    int learnedCount() {
        return learnedCount;
    }

    /** Levenshtein alignment: ops {kind, i, j}, kind 0 equal, 1 substitute, 2 printed only, 3 meant only. */
    private static List<int[]> align(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        List<int[]> ops = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1)) {
                ops.add(new int[] {a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1, i - 1, j - 1});
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                ops.add(new int[] {2, i - 1, -1});
                i--;
            } else {
                ops.add(new int[] {3, -1, j - 1});
                j--;
            }
        }
        java.util.Collections.reverse(ops);
        return ops;
    }

    /**
     * The shape key of a form: consonants by look-alike class, preposed and following vowels by class, marks left out,
     * foreign look-alikes mapped to their Thai letters. Forms OCR confuses mostly share a key.
     */
    static String skeleton(String s) {
        s = normalise(s);
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            String f = c >= 0x0E00 && c < 0x0E80 ? null : FOREIGN.get(c);
            if (f != null) {
                for (int q = 0; q < f.length(); q++) {
                    appendKey(b, f.charAt(q));
                }
            } else {
                appendKey(b, c);
            }
        }
        return b.toString();
    }

    private static final String[] KEY_CLASSES = {"กถภฎฏ", "ขฃชซ", "คดตศฅ", "บปษ", "ผฝพฟ", "รธฐว", "ลส", "อยฮ",
        "หมทนฑ", "งจ", "ณฌญ", "ฒฆ", "เแ", "โไใ", "าำะๅ"};
    private static final char[] KEY = new char[0x80];

    static {
        for (int c = 0; c < 0x80; c++) {
            KEY[c] = (char) (0x0E00 + c);
        }
        for (String cls : KEY_CLASSES) {
            for (int k = 0; k < cls.length(); k++) {
                KEY[cls.charAt(k) - 0x0E00] = cls.charAt(0);
            }
        }
    }

    private static void appendKey(StringBuilder b, char c) {
        if (ThaiChars.isCombiningMark(c)) {
            return;
        }
        if (c >= 0x0E00 && c < 0x0E80) {
            b.append(KEY[c - 0x0E00]);
        } else {
            b.append(c);
        }
    }
}
