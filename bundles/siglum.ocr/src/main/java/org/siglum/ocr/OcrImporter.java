package org.siglum.ocr;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns an OCR export into a TEI P5 edition. One service per format ({@link #format()}: {@code text}, {@code hocr},
 * {@code alto}, {@code page}); a caller picks one by name or by {@link #recognises}. Running heads and page numbers
 * become {@code fw} after the page's {@code pb}, printed lines are joined into paragraphs by the layout's evidence
 * (their breaks kept as the OCR witness's {@code lb}), footnotes at the page foot become notes of that page,
 * superscript note markers become anchors, runs of other scripts {@code foreign}. Formats with coordinates add a
 * {@code facsimile}: a {@code surface} per page with its {@code graphic}, a {@code zone type="line"} per line, pointed
 * at by {@code pb/@facs} and {@code lb/@facs}; word confidences are {@code w/@cert} (decision 0046). The import is
 * lossless: the OCR witness's text of the result is the OCR's text, up to runs of white space.
 */
@ProviderType
public interface OcrImporter {

    /** The format's short name: {@code text}, {@code hocr}, {@code alto}, {@code page}. */
    default String format() {
        return "text";
    }

    /**
     * Whether a file is in this format, from its name and its first characters (a few thousand): the root element
     * and namespace for XML formats. Plain text recognises what no XML format claims.
     */
    default boolean recognises(String fileName, String head) {
        return true;
    }

    /**
     * Imports the files of one export, in order: a single text or page, or the pages of a book.
     *
     * @throws OcrInputException when a file is not in the format (FILE:LINE:COL)
     */
    OcrImport importOcr(List<OcrSource> sources, ImportOptions options) throws OcrInputException;

    /**
     * Imports a plain OCR text.
     *
     * @param ocrText the text as read (any line ends; any characters, including ones XML cannot hold)
     * @return the edition as XML text (UTF-8 declared), pretty-printed only between block elements
     */
    default String importText(String ocrText, ImportOptions options) {
        try {
            return importOcr(List.of(OcrSource.of(options.source() != null ? options.source() : "text", ocrText)),
                    options).tei();
        } catch (OcrInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
