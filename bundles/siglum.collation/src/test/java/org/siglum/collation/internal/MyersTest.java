package org.siglum.collation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class MyersTest {

    private static final Random RANDOM = new Random(20261125);

    @RepeatedTest(200)
    void theMatchIsACommonSubsequenceAsLongAsTheLongest() {
        int[] a = random(RANDOM.nextInt(40));
        int[] b = mutate(a);
        int[] match = Myers.match(a, b);
        int count = 0;
        int lastB = -1;
        for (int i = 0; i < a.length; i++) {
            if (match[i] >= 0) {
                assertThat(match[i]).isGreaterThan(lastB);
                assertThat(b[match[i]]).isEqualTo(a[i]);
                lastB = match[i];
                count++;
            }
        }
        assertThat(count).isEqualTo(lcsLength(a, b));
    }

    @Test
    void emptySequencesMatchNothing() {
        assertThat(Myers.match(new int[0], new int[] {1, 2})).isEmpty();
        assertThat(Myers.match(new int[] {1, 2}, new int[0])).containsExactly(-1, -1);
    }

    private static int[] random(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = RANDOM.nextInt(6);
        }
        return a;
    }

    private static int[] mutate(int[] a) {
        java.util.List<Integer> b = new java.util.ArrayList<>();
        for (int x : a) {
            int r = RANDOM.nextInt(10);
            if (r == 0) {
                continue;
            }
            b.add(r == 1 ? RANDOM.nextInt(6) : x);
            if (r == 2) {
                b.add(RANDOM.nextInt(6));
            }
        }
        return b.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lcsLength(int[] a, int[] b) {
        int[][] t = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }
}
