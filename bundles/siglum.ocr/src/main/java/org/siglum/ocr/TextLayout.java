package org.siglum.ocr;

import java.util.Objects;

/**
 * What the user says of a plain OCR text's layout.
 *
 * @param pages how its pages are told apart
 * @param keepLines every printed line is a line of the edition too ({@code lb} without {@code @edRef}: verse, a
 *     diplomatic transcription); by default a printed line break is the OCR witness's alone, and the edition's
 *     paragraphs flow over it
 */
public record TextLayout(PageSeparation pages, boolean keepLines) {

    public TextLayout {
        Objects.requireNonNull(pages, "pages");
    }

    /** Pages found from the evidence, lines the witness's. */
    public static TextLayout auto() {
        return new TextLayout(PageSeparation.AUTO, false);
    }
}
