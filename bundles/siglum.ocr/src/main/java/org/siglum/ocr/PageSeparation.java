package org.siglum.ocr;

/** How the pages of a plain OCR text are told apart. */
public enum PageSeparation {
    /** Form feeds where the text has them (as Tesseract writes a book), else {@link #BLANK_LINE}. */
    AUTO,
    /**
     * Pages are among the blank lines: running heads and page numbers mark them; where the text has none, a blank line
     * that falls mid-sentence or mid-word is a page break inside a paragraph.
     */
    BLANK_LINE,
    /** Every form feed ends a page. */
    FORM_FEED,
    /** No page breaks: every blank line ends a paragraph. */
    NONE;

    /** The name users give ({@code blank-line}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The separation a user named ({@code blank-line}, {@code form-feed}, {@code none}, {@code auto}). */
    public static PageSeparation of(String label) {
        for (PageSeparation p : values()) {
            if (p.label().equals(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("pages are told apart by auto, blank-line, form-feed or none, not '"
                + label + "'");
    }
}
