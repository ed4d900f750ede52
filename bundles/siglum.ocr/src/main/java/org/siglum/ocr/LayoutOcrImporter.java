package org.siglum.ocr;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns OCR that says where each line stands (hOCR, ALTO, PAGE XML) into a TEI P5 edition with its facsimile: a
 * {@code surface} per page with the image as {@code graphic}, a {@code zone} per text block and printed line,
 * {@code pb/@facs} and {@code lb/@facs} in the text pointing at them. The engine's blocks become paragraphs (a
 * paragraph that runs on over a page break is joined), larger type becomes headings, smaller type at the page foot
 * notes, and a line apart at the top or bottom of the page a running head or page number ({@code fw}). Words the
 * engine was unsure of are kept with their confidence. Lossless as the plain import: the OCR witness's text of the
 * result is the engine's text, line by line.
 */
@ProviderType
public interface LayoutOcrImporter {

    /** The format of a file from its content, or empty if it is none of them (plain text, TEI, anything else). */
    Optional<LayoutFormat> detect(String content);

    /**
     * Imports the pages of one or more files, in the order given (a file may hold several pages).
     *
     * @param confidence words the engine gave a confidence below this (0 to 1) are kept as unsure; 0 keeps none
     * @throws LayoutImportException for a file that is not well-formed or not one of the formats, with its place
     */
    LayoutImport importPages(List<OcrSource> files, ImportOptions options, double confidence)
            throws LayoutImportException;
}
