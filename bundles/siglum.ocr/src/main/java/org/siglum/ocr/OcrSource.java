package org.siglum.ocr;

import java.util.Objects;
import java.util.Optional;

/**
 * One file of OCR with coordinates, as read: its content and what the caller knows beside it.
 *
 * @param name the file's name, for messages ({@code p001.hocr}); errors say {@code name:line:column}
 * @param content the file's text
 * @param imageUrl the page image's address relative to the edition to be written, as the caller found the image;
 *     empty to keep the name the OCR file gives (then the image may not be found next to the edition)
 * @param plainText the plain text the same OCR run wrote beside the file (Tesseract's {@code .txt}), if any: it says
 *     where the engine put spaces, which hOCR and ALTO lose in scripts written without them (Thai); may be empty
 */
public record OcrSource(String name, String content, Optional<String> imageUrl, Optional<String> plainText) {

    public OcrSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(imageUrl, "imageUrl");
        Objects.requireNonNull(plainText, "plainText");
    }

    public static OcrSource of(String name, String content) {
        return new OcrSource(name, content, Optional.empty(), Optional.empty());
    }

    public OcrSource withImageUrl(String url) {
        return new OcrSource(name, content, Optional.ofNullable(url), plainText);
    }

    public OcrSource withPlainText(String text) {
        return new OcrSource(name, content, imageUrl, Optional.ofNullable(text));
    }
}
