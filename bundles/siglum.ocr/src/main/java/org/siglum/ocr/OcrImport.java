package org.siglum.ocr;

import java.util.List;

/**
 * An imported edition and what the import decided, to tell the user.
 *
 * @param tei the edition as XML text (UTF-8 declared)
 * @param pages pages found
 * @param pageRule how the pages were found ({@code form-feed}, {@code furniture}, {@code blank-line}, {@code file},
 *        {@code none})
 * @param paragraphs paragraphs in the body (a paragraph split by a page break counts once)
 * @param headings headings ({@code head}) in the body
 * @param runningHeads running heads recorded as {@code fw type="header"}
 * @param pageNumbers page numbers recorded as {@code fw type="pageNum"}
 * @param footnotes notes found at the foot of their page
 * @param lines printed lines read
 * @param zones line zones in the facsimile (0 for plain text)
 * @param words words with a confidence
 * @param remarks what the user may want to know or change, one sentence each
 */
public record OcrImport(String tei, int pages, String pageRule, int paragraphs, int headings, int runningHeads,
        int pageNumbers, int footnotes, int lines, int zones, int words, List<String> remarks) {

    public OcrImport {
        remarks = List.copyOf(remarks);
    }

    /** One line for the user: {@code 45 pages (furniture), 120 paragraphs, 45 running heads, ...}. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(pages).append(pages == 1 ? " page" : " pages").append(" (").append(pageRule).append("), ")
                .append(paragraphs).append(paragraphs == 1 ? " paragraph" : " paragraphs").append(", ")
                .append(headings).append(headings == 1 ? " heading" : " headings").append(", ")
                .append(runningHeads).append(runningHeads == 1 ? " running head" : " running heads").append(", ")
                .append(pageNumbers).append(pageNumbers == 1 ? " page number" : " page numbers").append(", ")
                .append(footnotes).append(footnotes == 1 ? " footnote" : " footnotes").append(", ")
                .append(lines).append(lines == 1 ? " line" : " lines");
        if (zones > 0) {
            s.append(", ").append(zones).append(" line zones");
        }
        if (words > 0) {
            s.append(", ").append(words).append(" words with a confidence");
        }
        return s.toString();
    }
}
