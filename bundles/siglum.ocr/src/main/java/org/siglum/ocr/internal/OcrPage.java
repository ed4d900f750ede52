package org.siglum.ocr.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One page as an OCR engine read it, whatever the format: its lines in reading order, grouped in blocks (a blank
 * line of a text, a paragraph or region of an XML format), with boxes where the format has them.
 */
final class OcrPage {
    /** The file the page came from, for messages. */
    final String source;
    /** The page image as the edition refers to it, or null. */
    String imageUrl;
    /** The image's size in pixels, 0 when unknown. */
    int width;
    int height;
    final List<Line> lines = new ArrayList<>();
    /** Assigned by the writer: the surface's xml:id, and the printed page number found. */
    String surfaceId;
    String number;
    /** Something the user should know about this page's coordinates, or null. */
    String unitWarning;

    OcrPage(String source) {
        this.source = source;
    }

    boolean hasBoxes() {
        return width > 0 && height > 0;
    }

    /** What a line is on its page. */
    enum Role { BODY, HEADER, PAGE_NUMBER, HEADER_AND_NUMBER, FOOTNOTE, FOOTNOTE_RULE }

    /** One engine word: its text in the line, its box, the engine's confidence (NaN when it gives none). */
    record Word(String text, Box box, double confidence) {
    }

    /**
     * A run of a line's text between the spaces the import put there or the OCR wrote: a {@code w} when it has a
     * confidence (the lowest of its engine words).
     */
    record Token(int start, int end, Box box, double confidence) {
    }

    static final class Line {
        /** The line's text as read, without its line end (built from the words for XML formats). */
        String text;
        /** The engine's words, where the format has them; spaceAfter[i]: the format put a space after word i
         * (null: it does not say, the gaps decide). */
        final List<Word> words = new ArrayList<>();
        boolean[] spaceAfter;
        /** The format's spaces are the text's (PAGE's line text): no gap decides. */
        boolean spacesGiven;
        /** The block it is in: lines of one block are consecutive. */
        final int block;
        /** Leading spaces of a plain text line (the line's text has them stripped), -1 where boxes say it. */
        int indent = -1;
        Box box;
        /** The polygon as "x,y x,y ..." where the format has one. */
        String points;
        final List<Token> tokens = new ArrayList<>();
        /** Line height the engine measured (hOCR x_size), 0 when unknown: the box's height is used. */
        double size;
        Role role = Role.BODY;
        /** Where a role split the line: the running head's text and the number's, else null. */
        String head;
        String number;
        String zoneId;
        /** 1-based line in the source file, for messages and the truth. */
        final int sourceLine;

        Line(String text, int block, int sourceLine) {
            this.text = text;
            this.block = block;
            this.sourceLine = sourceLine;
        }

        double height() {
            return size > 0 ? size : box != null ? box.height() : 0;
        }
    }
}
