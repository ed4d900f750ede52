package org.siglum.collation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The longest common subsequence of two sequences of symbols by Myers' O(ND) difference algorithm ("An O(ND)
 * Difference Algorithm and Its Variations", 1986), keeping each round's frontier for the way back: O((N+M)D) time,
 * O(D^2) memory. Common prefix and suffix are matched first.
 */
final class Myers {
    /** Above this many differences the rest is left unmatched (one large change), to bound memory. */
    static final int MAX_D = 6000;

    private Myers() {
    }

    /** For each position of {@code a}, the position of {@code b} it is matched with, or -1. */
    static int[] match(int[] a, int[] b) {
        int[] result = new int[a.length];
        Arrays.fill(result, -1);
        int lo = 0;
        while (lo < a.length && lo < b.length && a[lo] == b[lo]) {
            result[lo] = lo;
            lo++;
        }
        int hiA = a.length;
        int hiB = b.length;
        while (hiA > lo && hiB > lo && a[hiA - 1] == b[hiB - 1]) {
            hiA--;
            hiB--;
            result[hiA] = hiB;
        }
        middle(a, lo, hiA, b, lo, hiB, result);
        return result;
    }

    private static void middle(int[] a, int a0, int a1, int[] b, int b0, int b1, int[] result) {
        int n = a1 - a0;
        int m = b1 - b0;
        if (n == 0 || m == 0) {
            return;
        }
        int max = Math.min(n + m, MAX_D);
        int off = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(Arrays.copyOfRange(v, off - d, off + d + 1));
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[a0 + x] == b[b0 + y]) {
                    x++;
                    y++;
                }
                v[off + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        if (found < 0) {
            return; // too different: no matches in the middle
        }
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] prev = trace.get(d); // frontier after round d-1, indexed k + d
            int k = x - y;
            boolean down = k == -d || (k != d && at(prev, d, k - 1) < at(prev, d, k + 1));
            int prevK = down ? k + 1 : k - 1;
            int prevX = at(prev, d, prevK);
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                x--;
                y--;
                result[a0 + x] = b0 + y;
            }
            x = prevX;
            y = prevY;
        }
        while (x > 0 && y > 0) {
            x--;
            y--;
            result[a0 + x] = b0 + y;
        }
    }

    private static int at(int[] frontier, int d, int k) {
        int i = k + d;
        return i >= 0 && i < frontier.length ? frontier[i] : -1;
    }
}
