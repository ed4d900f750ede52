package org.siglum.ocr;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns a plain OCR text into a TEI P5 edition: headings become {@code div}/{@code head}, paragraphs that a page
 * break split are joined with a {@code pb}, hard line breaks become {@code lb} ({@code break="no"} where a break
 * splits a word), superscript footnote markers become note anchors that keep their numbers, and runs of other
 * scripts become {@code foreign}. The import is lossless: the OCR witness's text of the result is the input, up to
 * runs of white space. {@link #importBook} also finds a book's pages, running heads, page numbers and footnotes.
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

    /**
     * Imports an OCR text of a book: its pages found from the evidence the text gives (form feeds, running heads and
     * page numbers, which become {@code fw} and {@code pb/@n}), printed lines joined into paragraphs, footnotes at a
     * page's foot recognised as notes of that page. Lossless as {@link #importText}.
     *
     * @param layout what the user says of the layout
     * @return the edition and what was decided
     */
    TextImport importBook(String ocrText, ImportOptions options, TextLayout layout);
}
