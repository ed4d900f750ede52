package org.siglum.collation.internal;

import java.util.ArrayList;
import java.util.List;

import org.siglum.collation.internal.ThaiCollator.Tokenised;
import org.siglum.collation.internal.ThaiCollator.Variant;

/**
 * Turns the changed regions between matched tokens into small variants. ICU may cut a damaged word into other pieces
 * than the sound one (1 token against 3), so a region of unequal token counts is aligned letter by letter and split
 * again wherever both sides have a token boundary at the same aligned place; a region of equal counts is paired
 * token by token. A variant whose reading is a fragment takes in the short fragments beside it, so a damaged name
 * gives an entry for the name.
 */
final class Refiner {
    /** Letter alignment of a region costs lengthA * lengthB; above this the region stays one variant. */
    private static final long MAX_CELLS = 4_000_000L;

    private Refiner() {
    }

    static List<Variant> variants(Tokenised base, Tokenised other, int[] match) {
        List<Variant> result = new ArrayList<>();
        int prevI = -1;
        int prevJ = -1;
        for (int i = 0; i <= match.length; i++) {
            if (i < match.length && match[i] < 0) {
                continue;
            }
            int j = i < match.length ? match[i] : other.tokens().size();
            if (i > prevI + 1 || j > prevJ + 1) {
                refine(base, other, prevI + 1, i, prevJ + 1, j, result);
            }
            prevI = i;
            prevJ = j;
        }
        return widen(base, other, match, result);
    }

    private static void refine(Tokenised a, Tokenised b, int i1, int i2, int j1, int j2, List<Variant> out) {
        int n = i2 - i1;
        int m = j2 - j1;
        if (n == 0 || m == 0) {
            out.add(new Variant(i1, i2, j1, j2));
            return;
        }
        StringBuilder sa = new StringBuilder();
        StringBuilder sb = new StringBuilder();
        int[] boundA = boundaries(a, i1, i2, sa);
        int[] boundB = boundaries(b, j1, j2, sb);
        if (sa.toString().equals(sb.toString())) {
            return; // the same letters cut otherwise: a space added or lost inside a word
        }
        if ((long) sa.length() * sb.length() > MAX_CELLS) {
            piece(a, b, i1, i2, j1, j2, out);
            return;
        }
        int[][] pairs = alignLetters(sa.toString(), sb.toString());
        // split points: (token index in a, token index in b) pairs where both sides break at the same aligned place
        List<int[]> splits = new ArrayList<>();
        splits.add(new int[] {i1, j1});
        for (int[] p : pairs) {
            int pa = p[0];
            int pb = p[1];
            // the boundary before a matched pair of letters, and the one after it
            for (int d = 0; d <= 1; d++) {
                int ta = tokenAt(boundA, pa + d);
                int tb = tokenAt(boundB, pb + d);
                int[] last = splits.get(splits.size() - 1);
                if (ta >= 0 && tb >= 0 && i1 + ta > last[0] && j1 + tb > last[1] && i1 + ta < i2 && j1 + tb < j2) {
                    splits.add(new int[] {i1 + ta, j1 + tb});
                }
            }
        }
        splits.add(new int[] {i2, j2});
        for (int k = 0; k + 1 < splits.size(); k++) {
            int[] s = splits.get(k);
            int[] e = splits.get(k + 1);
            if (!join(a, s[0], e[0]).equals(join(b, s[1], e[1]))) {
                piece(a, b, s[0], e[0], s[1], e[1], out);
            }
        }
    }

    /** A changed piece: word by word where both sides have as many words, else whole. */
    private static void piece(Tokenised a, Tokenised b, int i1, int i2, int j1, int j2, List<Variant> out) {
        if (i2 - i1 == j2 - j1 && i2 - i1 > 1) {
            for (int k = 0; k < i2 - i1; k++) {
                if (!a.keys().get(i1 + k).equals(b.keys().get(j1 + k))) {
                    out.add(new Variant(i1 + k, i1 + k + 1, j1 + k, j1 + k + 1));
                }
            }
        } else {
            out.add(new Variant(i1, i2, j1, j2));
        }
    }

    /** Concatenates the keys of tokens [from, to) into {@code into}; returns the letter offset where each token starts. */
    private static int[] boundaries(Tokenised t, int from, int to, StringBuilder into) {
        int[] starts = new int[to - from + 1];
        for (int k = from; k < to; k++) {
            starts[k - from] = into.length();
            into.append(t.keys().get(k));
        }
        starts[to - from] = into.length();
        return starts;
    }

    /** The index of the token that starts at letter offset {@code at}, or -1 where no token starts there. */
    private static int tokenAt(int[] starts, int at) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] == at) {
                return mid;
            } else if (starts[mid] < at) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    private static String join(Tokenised t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(t.keys().get(k));
        }
        return b.toString();
    }

    /** The matched letter pairs of a longest common subsequence of two short strings, in order. */
    static int[][] alignLetters(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.charAt(i) == b.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.charAt(i) == b.charAt(j)) {
                pairs.add(new int[] {i, j});
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return pairs.toArray(new int[0][]);
    }

    /**
     * A variant whose reading on either side is a fragment (three letters or fewer) takes in the matched fragments of
     * two letters or fewer written against it without a space, so บู|คา|ลิน against บู|คา|ริน gives บูคาลิน, not ลิน.
     */
    private static List<Variant> widen(Tokenised a, Tokenised b, int[] match, List<Variant> variants) {
        List<Variant> result = new ArrayList<>();
        for (Variant v : variants) {
            Variant w = v;
            if (!v.isInsertion() && (fragment(a, v.i1(), v.i2()) || fragment(b, v.j1(), v.j2()))) {
                int i1 = v.i1();
                int j1 = v.j1();
                while (i1 > 0 && j1 > 0 && match[i1 - 1] == j1 - 1 && glued(a, i1 - 1) && glued(b, j1 - 1)
                        && a.keys().get(i1 - 1).length() <= 2) {
                    i1--;
                    j1--;
                }
                int i2 = v.i2();
                int j2 = v.j2();
                while (i2 < match.length && j2 < b.tokens().size() && match[i2] == j2 && glued(a, i2 - 1)
                        && glued(b, j2 - 1) && a.keys().get(i2).length() <= 2) {
                    i2++;
                    j2++;
                }
                w = new Variant(i1, i2, j1, j2);
            }
            Variant prev = result.isEmpty() ? null : result.get(result.size() - 1);
            if (prev != null && !prev.isInsertion() && !w.isInsertion()
                    && (w.i1() < prev.i2() || (w.i1() == prev.i2() && w.j1() == prev.j2() && glued(a, prev.i2() - 1)
                            && glued(b, prev.j2() - 1)))) {
                // overlapping after widening, or touching inside one run of letters: one word as Thai writes it
                result.set(result.size() - 1, new Variant(prev.i1(), Math.max(prev.i2(), w.i2()), prev.j1(),
                        Math.max(prev.j2(), w.j2())));
            } else {
                result.add(w);
            }
        }
        return result;
    }

    private static boolean fragment(Tokenised t, int from, int to) {
        return to > from && join(t, from, to).length() <= 3;
    }

    /** Whether token k and token k+1 are written together (no space between them). */
    private static boolean glued(Tokenised t, int k) {
        return k >= 0 && k + 1 < t.tokens().size() && t.tokens().get(k).end() == t.tokens().get(k + 1).start();
    }
}
