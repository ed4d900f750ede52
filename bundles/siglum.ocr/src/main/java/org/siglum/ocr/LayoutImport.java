package org.siglum.ocr;

import java.util.List;

/**
 * What an import of OCR with coordinates gave: the edition and what was decided on the way.
 *
 * @param xml the edition, TEI P5 with a {@code facsimile}: a {@code surface} per page, a {@code zone} per block and
 *     line; {@code pb/@facs} and {@code lb/@facs} point at them
 * @param format the format read
 * @param pages pages imported
 * @param paragraphs paragraphs of the text (a paragraph a page break splits counts once)
 * @param lines printed lines
 * @param runningHeads running heads and page numbers set apart as {@code fw}
 * @param unsure runs of words the engine was unsure of, kept as {@code seg type="ocr-unsure"} with their confidence
 * @param warnings what was odd but did not stop the import, each {@code name:line:column: message}
 */
public record LayoutImport(String xml, LayoutFormat format, int pages, int paragraphs, int lines, int runningHeads,
        int unsure, List<String> warnings) {

    public LayoutImport {
        warnings = List.copyOf(warnings);
    }
}
