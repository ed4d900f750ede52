package org.siglum.ocr;

import java.util.Objects;

/**
 * One file of an OCR export: a page (or a book) as the engine wrote it, and the page image it was read from.
 *
 * @param name the file's name as the user gave it, for messages ({@code FILE:LINE:COL})
 * @param content the file's text
 * @param imageUrl the page image as the edition refers to it (relative to the edition's file), or null to take the
 *        file name the OCR gives
 * @param imageWidth the image's width in pixels, or 0 when unknown (then the OCR's page size is taken); when both are
 *        known and differ, coordinates are scaled to the image's pixels
 * @param imageHeight the image's height in pixels, or 0
 */
public record OcrSource(String name, String content, String imageUrl, int imageWidth, int imageHeight) {

    public OcrSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    /** A file with no image of its own. */
    public static OcrSource of(String name, String content) {
        return new OcrSource(name, content, null, 0, 0);
    }
}
