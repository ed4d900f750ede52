package org.siglum.export.pdf.internal;

import static org.siglum.core.Xml.escapeText;
import static org.siglum.export.pdf.internal.Dom.serialize;

import java.util.List;
import java.util.Map;

import org.siglum.export.ExportException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Pass 2's formatting objects. Each page is its own page-sequence with the section in its running head; each printed
 * line its own list-block, numbered every fifth line (restarting on each page, so that the apparatus keys by page and
 * line as scholars expect), with the source's page in the margin of the line where it begins; the page's foot is
 * anchored in its first line ({@link PageFoot}).
 */
final class PageWriter {

    private final BookDesign design;
    private final Galley galley;

    PageWriter(BookDesign design, Galley galley) {
        this.design = design;
        this.galley = galley;
    }

    /** Candidate pages from the line {@code start}: one page-sequence for each line count, from high down to low. */
    Document candidates(List<PrintedLine> lines, int start, int low, int high) throws ExportException {
        StringBuilder fo = new StringBuilder();
        design.openRoot(fo);
        for (int n = high; n >= low; n--) {
            page(fo, lines, new PrintedPage(start, n));
        }
        fo.append("</fo:root>");
        return design.parse(fo.toString());
    }

    /** The composed pages and the bibliography, as one formatting-objects document. */
    Document composed(List<PrintedLine> lines, List<PrintedPage> pages) throws ExportException {
        StringBuilder fo = new StringBuilder();
        design.openRoot(fo);
        for (PrintedPage page : pages) {
            page(fo, lines, page);
        }
        List<Element> works = galley.works();
        if (pages.isEmpty() && works.isEmpty()) {
            // an edition with no text still gets its title page: FOP refuses a document without pages
            fo.append("<fo:page-sequence master-reference=\"page\"").append(design.direction()).append(">");
            header(fo, "");
            fo.append("<fo:flow flow-name=\"xsl-region-body\"><fo:block>").append(escapeText(galley.title()))
                    .append("</fo:block></fo:flow></fo:page-sequence>");
        }
        if (!works.isEmpty()) {
            String heading = escapeText(galley.bibliographyTitle());
            fo.append("<fo:page-sequence master-reference=\"page\"" + design.direction() + ">");
            header(fo, heading);
            fo.append("<fo:flow flow-name=\"xsl-region-body\"><fo:block font-size=\"13pt\" font-weight=\"bold\""
                    + " space-after=\"6pt\" keep-with-next=\"always\">").append(heading).append("</fo:block>");
            for (Element work : works) {
                Element copy = (Element) work.cloneNode(true);
                copy.setAttribute("start-indent", "6mm");
                copy.setAttribute("text-indent", "-6mm");
                copy.setAttribute("space-after", "3pt");
                copy.setAttribute("font-size", "10pt");
                fo.append(serialize(copy));
            }
            fo.append("</fo:flow></fo:page-sequence>");
        }
        fo.append("</fo:root>");
        return design.parse(fo.toString());
    }

    private void header(StringBuilder fo, String section) {
        String[] head = fit(galley.title(), section, design.headerCharacters());
        fo.append("<fo:static-content flow-name=\"xsl-region-before\"><fo:block font-size=\"8.5pt\""
                + " text-align-last=\"justify\" border-after-style=\"solid\" border-after-width=\"0.3pt\">")
                .append(escapeText(head[0])).append("<fo:leader/>").append(escapeText(head[1]))
                .append("<fo:leader/><fo:page-number/></fo:block></fo:static-content>");
        fo.append("<fo:static-content flow-name=\"xsl-footnote-separator\"><fo:block><fo:leader"
                + " leader-pattern=\"rule\" leader-length=\"30%\" rule-thickness=\"0.4pt\"/></fo:block>"
                + "</fo:static-content>");
    }

    /**
     * The running head's title and section, shortened so that with the page number they fit on the head's one line
     * (a long title wrapped onto the text below it): the section keeps up to half the room, the title the rest, each
     * cut after a word (or, in a script without spaces, between characters, never before a combining mark) and ended
     * with an ellipsis.
     */
    static String[] fit(String title, String section, int characters) {
        int room = Math.max(12, characters - 6);
        int t = title.codePointCount(0, title.length());
        int s = section.codePointCount(0, section.length());
        if (t + s <= room) {
            return new String[] {title, section};
        }
        int forSection = Math.min(s, room / 2);
        int forTitle = Math.max(room - forSection, room / 2);
        if (t < forTitle) {
            forSection = Math.min(s, room - t);
        }
        return new String[] {shorten(title, forTitle), shorten(section, Math.max(forSection, 0))};
    }

    /** At most {@code limit} characters, the last an ellipsis when something was cut. */
    static String shorten(String text, int limit) {
        if (text.codePointCount(0, text.length()) <= limit) {
            return text;
        }
        if (limit <= 1) {
            return limit == 1 ? "\u2026" : "";
        }
        int cut = text.offsetByCodePoints(0, limit - 1);
        while (cut > 0 && ScriptRuns.isMark(text.codePointAt(cut))) {
            cut = text.offsetByCodePoints(cut, -1);
        }
        int space = text.lastIndexOf(' ', cut);
        if (space > cut / 2) {
            cut = space;
        }
        return text.substring(0, cut).stripTrailing() + "\u2026";
    }

    private void page(StringBuilder fo, List<PrintedLine> lines, PrintedPage page) throws ExportException {
        PrintedLine first = lines.get(page.start());
        fo.append("<fo:page-sequence master-reference=\"page\"" + design.direction() + ">");
        header(fo, first.section());
        fo.append("<fo:flow flow-name=\"xsl-region-body\">");
        String foot = PageFoot.of(galley, lines, page);
        for (int i = 0; i < page.count(); i++) {
            PrintedLine line = lines.get(page.start() + i);
            int number = i + 1;
            fo.append("<fo:list-block provisional-distance-between-starts=\"").append(BookDesign.NUMBER_GUTTER)
                    .append("\" provisional-label-separation=\"2mm\"");
            if (line.firstOfBlock() && line.isHeading() && i > 0) {
                fo.append(" space-before=\"6pt\"");
            }
            fo.append("><fo:list-item><fo:list-item-label end-indent=\"label-end()\"><fo:block text-align=\"end\""
                    + " font-size=\"7.5pt\" color=\"#444444\">");
            if (number % 5 == 0) {
                fo.append(number);
            }
            fo.append("</fo:block></fo:list-item-label><fo:list-item-body start-indent=\"body-start()\"><fo:block");
            String pb = line.sourcePage();
            // a line where a source's page begins reaches into the gutter, where a leader pushes the page's number
            fo.append(pb == null ? " end-indent=\"" + BookDesign.PAGE_GUTTER + "\"" : " text-align-last=\"justify\"");
            Map<String, String> styled = BookDesign.attributes(line.kind());
            if (!line.firstOfBlock()) {
                styled.remove("text-indent");
            }
            for (String attribute : List.of("font-size", "font-weight", "text-indent")) {
                if (styled.containsKey(attribute)) {
                    fo.append(' ').append(attribute).append("=\"").append(styled.get(attribute)).append('"');
                }
            }
            fo.append('>');
            if (i == 0 && !foot.isEmpty()) {
                fo.append(foot);
            }
            fo.append(line.content());
            if (pb != null) {
                fo.append("<fo:leader leader-pattern=\"space\"/><fo:inline font-size=\"7.5pt\" font-weight=\"normal\""
                        + " color=\"#444444\">").append(escapeText(String.join(", ", line.pageBreaks().stream().map(galley::pageLabel).toList())))
                        .append("</fo:inline>");
            }
            fo.append("</fo:block></fo:list-item-body></fo:list-item></fo:list-block>");
        }
        fo.append("</fo:flow></fo:page-sequence>");
    }
}
