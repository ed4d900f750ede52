package org.siglum.ocr;

import java.util.List;

/**
 * What an import of a plain OCR text gave: the edition and what was decided on the way, to tell the user.
 *
 * @param xml the edition, TEI P5
 * @param pages how the pages were told apart ({@link PageSeparation#BLANK_LINE} or {@link PageSeparation#FORM_FEED}
 *     or {@link PageSeparation#NONE}; never AUTO)
 * @param pageCount pages of the text ({@code pb}); 1 where no page break was found
 * @param paragraphs paragraphs of the text (a paragraph a page break splits counts once)
 * @param headings headings ({@code head})
 * @param lines printed lines
 * @param runningHeads running heads and page numbers set apart as {@code fw}
 * @param notes footnotes found at the foot of a page
 * @param warnings what was odd but did not stop the import, each {@code line:column: message}
 */
public record TextImport(String xml, PageSeparation pages, int pageCount, int paragraphs, int headings, int lines,
        int runningHeads, int notes, List<String> warnings) {

    public TextImport {
        warnings = List.copyOf(warnings);
    }
}
