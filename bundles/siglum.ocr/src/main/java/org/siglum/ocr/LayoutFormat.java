package org.siglum.ocr;

/** The formats of OCR with coordinates that Siglum reads: where each line (and word) stands on the page image. */
public enum LayoutFormat {
    /** hOCR: XHTML with {@code ocr_page}, {@code ocr_line}, {@code ocrx_word} and {@code title} properties (Tesseract). */
    HOCR("hOCR"),
    /** ALTO XML, versions 2 to 4: {@code Page}, {@code TextBlock}, {@code TextLine}, {@code String} (Tesseract, Kraken, eScriptorium). */
    ALTO("ALTO"),
    /** PAGE XML (PRImA, 2013 and 2019 schemas): {@code TextRegion}, {@code TextLine} with {@code Coords} (Transkribus). */
    PAGE("PAGE XML");

    private final String label;

    LayoutFormat(String label) {
        this.label = label;
    }

    /** The name people know the format by. */
    public String label() {
        return label;
    }
}
