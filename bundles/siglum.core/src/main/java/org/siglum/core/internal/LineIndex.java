package org.siglum.core.internal;

import java.util.Arrays;

/**
 * Line starts of a text, built once on demand. A line break is CR LF, LF or CR alone (each one break); columns count
 * Unicode code points from the line start, both 1-based.
 */
public final class LineIndex {
    private final char[] buf;
    private final int length;
    private final int[] starts;
    private final int lines;

    private LineIndex(char[] buf, int length) {
        this.buf = buf;
        this.length = length;
        int[] s = new int[64];
        int count = 1;
        for (int i = 0; i < length; i++) {
            char c = buf[i];
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && buf[i + 1] == '\n') {
                    i++;
                }
                if (count == s.length) {
                    s = Arrays.copyOf(s, count * 2);
                }
                s[count++] = i + 1;
            }
        }
        this.starts = s;
        this.lines = count;
    }

    public static LineIndex of(char[] buf, int length) {
        return new LineIndex(buf, length);
    }

    /** The 1-based line of an offset (clamped to the text). */
    public int line(int offset) {
        int o = clamp(offset);
        int i = Arrays.binarySearch(starts, 0, lines, o);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based column of an offset, in code points from the start of its line. */
    public int column(int offset) {
        int o = clamp(offset);
        int start = starts[line(o) - 1];
        return Character.codePointCount(buf, start, o - start) + 1;
    }

    public int lineCount() {
        return lines;
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, length));
    }
}
