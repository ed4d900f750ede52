package org.siglum.ocr;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns a plain OCR text into a TEI P5 edition: headings become {@code div}/{@code head}, paragraphs that a page
 * break split are joined with a {@code pb}, hard line breaks become {@code lb} ({@code break="no"} where a break
 * splits a word), superscript footnote markers become note anchors that keep their numbers, and runs of other
 * scripts become {@code foreign}. The import is lossless: the OCR witness's text of the result is the input, up to
 * runs of white space.
 */
@ProviderType
public interface OcrImporter {

    /**
     * Imports an OCR text.
     *
     * @param ocrText the text as read (any line ends; any characters, including ones XML cannot hold)
     * @return the edition as XML text (UTF-8 declared), pretty-printed only between block elements
     */
    String importText(String ocrText, ImportOptions options);
}
