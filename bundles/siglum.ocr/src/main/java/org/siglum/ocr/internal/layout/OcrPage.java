package org.siglum.ocr.internal.layout;

import java.util.List;

/**
 * A page of OCR with coordinates, whatever format it came in: its image, its size in the file's units, and its text
 * blocks in reading order. Coordinates are the file's (pixels for hOCR and PAGE; ALTO's MeasurementUnit otherwise).
 *
 * @param source the file it came from, for messages
 * @param offset where the page starts in that file (for FILE:LINE:COL)
 * @param image the image name the file gives (may be empty)
 * @param width the page's width in its units (0 if the file does not say)
 * @param height the page's height in its units
 * @param pixels whether the units are the image's pixels (then the graphic's size is known)
 */
record OcrPage(String source, int offset, String image, int width, int height, boolean pixels, List<Block> blocks) {

    /** A box: left, top, right, bottom. */
    record Box(int x0, int y0, int x1, int y1) {
        static final Box NONE = new Box(0, 0, 0, 0);

        int width() {
            return x1 - x0;
        }

        int height() {
            return y1 - y0;
        }

        boolean isEmpty() {
            return x1 <= x0 || y1 <= y0;
        }

        Box union(Box other) {
            if (isEmpty()) {
                return other;
            }
            if (other.isEmpty()) {
                return this;
            }
            return new Box(Math.min(x0, other.x0), Math.min(y0, other.y0), Math.max(x1, other.x1),
                    Math.max(y1, other.y1));
        }

        /** The box of the points of a polygon {@code x,y x,y ...}. */
        static Box ofPoints(List<int[]> points) {
            if (points.isEmpty()) {
                return NONE;
            }
            int x0 = Integer.MAX_VALUE;
            int y0 = Integer.MAX_VALUE;
            int x1 = Integer.MIN_VALUE;
            int y1 = Integer.MIN_VALUE;
            for (int[] p : points) {
                x0 = Math.min(x0, p[0]);
                y0 = Math.min(y0, p[1]);
                x1 = Math.max(x1, p[0]);
                y1 = Math.max(y1, p[1]);
            }
            return new Box(x0, y0, x1, y1);
        }
    }

    /**
     * A word as the engine cut the line (in Thai often a letter cluster: the engine's unit, not a dictionary word).
     *
     * @param spaceBefore whether the engine wrote a space before it; null where the format does not say
     * @param confidence 0 to 1, or NaN where the format has none
     */
    record Word(String text, Box box, double confidence, Boolean spaceBefore) {
    }

    /**
     * A printed line.
     *
     * @param text the line's text as the file gives it for the whole line (PAGE's TextEquiv), or null to join the words
     * @param polygon the outline where the file gives one (PAGE's Coords, ALTO's Shape), else empty
     */
    record Line(String id, Box box, List<int[]> polygon, List<Word> words, String text, int offset) {
    }

    /** A block of text as the engine found it: a paragraph, a heading, a running head, a note. */
    record Block(String id, Box box, List<Line> lines, String kind) {
    }
}
