package org.siglum.export.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.siglum.core.Xml;
import org.siglum.export.Diagnostic;
import org.siglum.export.ExportException;
import org.siglum.export.ProgressMonitor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The two FOP passes of the print edition. Pass 1 lays the galley out in the page's measure and tells, from FOP's
 * area tree, which printed line holds what (each lemma, note marker and source page break). Pass 2 prints each line
 * as its own block, numbered every fifth line (restarting on each page, so that the apparatus keys by page and line
 * as scholars expect), and gives each page, at its foot, its own apparatus and below it its own footnotes. The number
 * of lines of a page is the largest that FOP fits on one page with that foot, found by laying out candidates.
 */
final class PrintComposer {

    static final String FO = "http://www.w3.org/1999/XSL/Format";
    static final String SG = "urn:siglum:print";
    private static final double MPT_PER_MM = 72000 / 25.4;

    /** A book page. */
    enum PageFormat {
        A5(148, 210), B5(176, 250);

        final int widthMm;
        final int heightMm;

        PageFormat(int widthMm, int heightMm) {
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }
    }

    /** A printed line of pass 1. */
    record Line(String block, String kind, String section, boolean firstOfBlock, String content, int bpd,
            List<String> ids) {
    }

    /** A page of pass 2: its lines. */
    record Page(int start, int count) {
    }

    // page geometry (mm): margins, the header above the body, the gutters for line numbers and source pages
    private static final int MARGIN_TOP = 12;
    private static final int MARGIN_BOTTOM = 14;
    private static final int MARGIN_SIDE = 14;
    private static final int HEADER = 9;
    static final String NUMBER_GUTTER = "9mm";
    static final String PAGE_GUTTER = "11mm";
    private static final int CANDIDATES = 6;

    private final PageFormat format;
    private final FopEngine fop;
    private final Document book;
    private final String title;
    private final Map<String, Element> entries = new LinkedHashMap<>();
    private final Map<String, Element> notes = new LinkedHashMap<>();

    PrintComposer(PageFormat format, FopEngine fop, Document book) {
        this.format = format;
        this.fop = fop;
        this.book = book;
        this.title = text(first(book.getDocumentElement(), SG, "title"));
        for (Element e : children(first(book.getDocumentElement(), SG, "apparatus"), SG, "entry")) {
            entries.put(e.getAttribute("ref"), e);
        }
        for (Element e : children(first(book.getDocumentElement(), SG, "notes"), SG, "note")) {
            notes.put(e.getAttribute("ref"), e);
        }
    }

    /**
     * Pass 1: the galley laid out in the page's measure, read back line by line. A chapter (a top-level heading starts
     * one) is laid out at a time: a line's breaks do not depend on the pages or the other chapters, and one run for a
     * whole book would hold the book's area tree in memory at once (docs/decisions/0034).
     */
    List<Line> galleyLines(Consumer<Diagnostic> diagnostics) throws ExportException {
        List<Element> all = children(first(book.getDocumentElement(), SG, "galley"), FO, "block");
        Map<String, Element> blocks = new LinkedHashMap<>();
        for (Element block : all) {
            blocks.put(block.getAttribute("id"), block);
        }
        List<Line> lines = new ArrayList<>();
        String[] previous = {null};
        List<Element> chapter = new ArrayList<>();
        for (Element block : all) {
            if (!chapter.isEmpty() && "head1".equals(block.getAttributeNS(SG, "kind"))) {
                galleyLines(chapter, blocks, lines, previous, diagnostics);
                chapter.clear();
            }
            chapter.add(block);
        }
        galleyLines(chapter, blocks, lines, previous, diagnostics);
        return lines;
    }

    private void galleyLines(List<Element> chapter, Map<String, Element> blocks, List<Line> lines, String[] previous,
            Consumer<Diagnostic> diagnostics) throws ExportException {
        StringBuilder fo = new StringBuilder();
        root(fo);
        fo.append("<fo:page-sequence master-reference=\"page\"><fo:flow flow-name=\"xsl-region-body\">");
        for (Element block : chapter) {
            Element copy = (Element) block.cloneNode(true);
            copy.setAttribute("start-indent", NUMBER_GUTTER);
            copy.setAttribute("end-indent", PAGE_GUTTER);
            style(copy, copy.getAttributeNS(SG, "kind"));
            copy.removeAttributeNS(SG, "kind");
            copy.removeAttributeNS(SG, "section");
            fo.append(serialize(copy));
        }
        fo.append("</fo:flow></fo:page-sequence></fo:root>");
        Document areas = fop.areaTree(parse(fo.toString(), true), diagnostics);
        NodeList lineAreas = areas.getElementsByTagName("lineArea");
        for (int i = 0; i < lineAreas.getLength(); i++) {
            Element area = (Element) lineAreas.item(i);
            String blockId = blockOf(area);
            if (blockId == null) {
                continue;
            }
            Element block = blocks.get(blockId);
            StringBuilder content = new StringBuilder();
            List<String> ids = new ArrayList<>();
            content(area, content, ids);
            int bpd = parseInt(area.getAttribute("bpd"));
            lines.add(new Line(blockId, block.getAttributeNS(SG, "kind"), block.getAttributeNS(SG, "section"),
                    !blockId.equals(previous[0]), content.toString(), bpd, ids));
            previous[0] = blockId;
        }
    }

    /** Pass 2 pagination: the largest number of lines FOP fits on each page with its foot. */
    List<Page> paginate(List<Line> lines, ProgressMonitor monitor, Consumer<Diagnostic> diagnostics)
            throws ExportException {
        double bodyMpt = (format.heightMm - MARGIN_TOP - MARGIN_BOTTOM - HEADER) * MPT_PER_MM;
        List<Page> pages = new ArrayList<>();
        int start = 0;
        int shrink = 4;
        while (start < lines.size()) {
            monitor.checkCanceled();
            int max = 0;
            double used = 0;
            while (start + max < lines.size() && used + lines.get(start + max).bpd() <= bodyMpt) {
                used += lines.get(start + max).bpd();
                max++;
            }
            max = Math.max(1, max);
            // candidates around the last page's foot (in lines), widened up or down until the largest that fits
            int high = Math.min(max, Math.max(1, max - shrink + 2));
            int low = Math.max(1, high - CANDIDATES + 1);
            int chosen = 0;
            while (true) {
                int fit = largestFitting(lines, start, low, high);
                if (fit > 0) {
                    chosen = Math.max(chosen, fit);
                }
                if (fit == high && high < max) {
                    low = high + 1;
                    high = Math.min(max, high + CANDIDATES);
                } else if (fit == 0 && chosen == 0 && low > 1) {
                    high = low - 1;
                    low = Math.max(1, high - CANDIDATES + 1);
                } else {
                    break;
                }
            }
            shrink = chosen > 0 ? max - chosen : shrink;
            if (chosen == 0) {
                chosen = 1;
                diagnostics.accept(new Diagnostic(Diagnostic.Severity.WARNING, "pdf", 0, 0,
                        "a line and its apparatus do not fit on one page (page " + (pages.size() + 1) + ")"));
            }
            // a heading never ends a page: it goes with the text it heads
            int keep = chosen;
            while (keep > 1 && start + keep < lines.size() && lines.get(start + keep - 1).kind().startsWith("head")) {
                keep--;
            }
            pages.add(new Page(start, keep));
            start += keep;
        }
        return pages;
    }

    /** The largest line count in [low, high] whose page FOP lays out on one page, or 0. */
    private int largestFitting(List<Line> lines, int start, int low, int high) throws ExportException {
        StringBuilder fo = new StringBuilder();
        root(fo);
        for (int n = high; n >= low; n--) {
            page(fo, lines, new Page(start, n), "");
        }
        fo.append("</fo:root>");
        Document areas = fop.areaTree(parse(fo.toString(), true), d -> { });
        NodeList sequences = areas.getElementsByTagName("pageSequence");
        for (int s = 0; s < sequences.getLength(); s++) {
            if (((Element) sequences.item(s)).getElementsByTagName("pageViewport").getLength() == 1) {
                return high - s;
            }
        }
        return 0;
    }

    /** Pass 2: the composed pages and the bibliography, as one formatting-objects document. */
    Document composed(List<Line> lines, List<Page> pages) throws ExportException {
        StringBuilder fo = new StringBuilder();
        root(fo);
        for (Page page : pages) {
            page(fo, lines, page, "");
        }
        Element bibliography = first(book.getDocumentElement(), SG, "bibliography");
        List<Element> works = children(bibliography, FO, "block");
        if (!works.isEmpty()) {
            String heading = Xml.escapeText(bibliography.getAttribute("title"));
            fo.append("<fo:page-sequence master-reference=\"page\">");
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
        return parse(fo.toString(), true);
    }

    /** Where each lemma, note marker and source page break is printed: id -> "page:line". */
    static Map<String, String> placesIn(List<Line> lines, List<Page> pages) {
        Map<String, String> places = new LinkedHashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            for (int i = 0; i < page.count(); i++) {
                for (String id : lines.get(page.start() + i).ids()) {
                    places.putIfAbsent(id, (p + 1) + ":" + (i + 1));
                }
            }
        }
        return places;
    }

    private void root(StringBuilder fo) {
        double w = format.widthMm;
        double h = format.heightMm;
        fo.append("<fo:root xmlns:fo=\"").append(FO).append("\" font-family=\"").append(FopEngine.FONT_FAMILY)
                .append("\" font-size=\"11pt\" line-height=\"1.6\" line-height-shift-adjustment=\"disregard-shifts\""
                        + " xml:lang=\"th\"><fo:layout-master-set><fo:simple-page-master master-name=\"page\""
                        + " page-width=\"" + w + "mm\" page-height=\"" + h + "mm\" margin-top=\"" + MARGIN_TOP
                        + "mm\" margin-bottom=\"" + MARGIN_BOTTOM + "mm\" margin-left=\"" + MARGIN_SIDE
                        + "mm\" margin-right=\"" + MARGIN_SIDE + "mm\"><fo:region-body margin-top=\"" + HEADER
                        + "mm\"/><fo:region-before extent=\"" + (HEADER - 2)
                        + "mm\"/></fo:simple-page-master></fo:layout-master-set>");
    }

    private static void style(Element block, String kind) {
        switch (kind) {
        case "head1" -> {
            block.setAttribute("font-size", "15pt");
            block.setAttribute("font-weight", "bold");
        }
        case "head2" -> {
            block.setAttribute("font-size", "12.5pt");
            block.setAttribute("font-weight", "bold");
        }
        default -> {
            block.setAttribute("text-indent", "6mm");
        }
        }
    }

    private void header(StringBuilder fo, String running) {
        fo.append("<fo:static-content flow-name=\"xsl-region-before\"><fo:block font-size=\"8.5pt\""
                + " text-align-last=\"justify\" border-after-style=\"solid\" border-after-width=\"0.3pt\">")
                .append(Xml.escapeText(title)).append("<fo:leader/>").append(running)
                .append("<fo:leader/><fo:page-number/></fo:block></fo:static-content>");
        fo.append("<fo:static-content flow-name=\"xsl-footnote-separator\"><fo:block><fo:leader"
                + " leader-pattern=\"rule\" leader-length=\"30%\" rule-thickness=\"0.4pt\"/></fo:block>"
                + "</fo:static-content>");
    }

    private void page(StringBuilder fo, List<Line> lines, Page page, String unused) throws ExportException {
        Line first = lines.get(page.start());
        fo.append("<fo:page-sequence master-reference=\"page\">");
        header(fo, Xml.escapeText(first.section()));
        fo.append("<fo:flow flow-name=\"xsl-region-body\">");
        String foot = foot(lines, page);
        for (int i = 0; i < page.count(); i++) {
            Line line = lines.get(page.start() + i);
            int number = i + 1;
            fo.append("<fo:list-block provisional-distance-between-starts=\"").append(NUMBER_GUTTER)
                    .append("\" provisional-label-separation=\"2mm\"");
            if (line.firstOfBlock() && line.kind().startsWith("head") && i > 0) {
                fo.append(" space-before=\"6pt\"");
            }
            fo.append("><fo:list-item><fo:list-item-label end-indent=\"label-end()\"><fo:block text-align=\"end\""
                    + " font-size=\"7.5pt\" color=\"#444444\">");
            if (number % 5 == 0) {
                fo.append(number);
            }
            fo.append("</fo:block></fo:list-item-label><fo:list-item-body start-indent=\"body-start()\"><fo:block");
            String pb = null;
            for (String id : line.ids()) {
                if (id.startsWith("pb-")) {
                    pb = id.substring(3);
                }
            }
            fo.append(pb == null ? " end-indent=\"" + PAGE_GUTTER + "\"" : " text-align-last=\"justify\"");
            Element styled = book.createElementNS(FO, "fo:block");
            style(styled, line.kind());
            if (!line.firstOfBlock()) {
                styled.removeAttribute("text-indent");
            }
            for (String attribute : List.of("font-size", "font-weight", "text-indent")) {
                if (styled.hasAttribute(attribute)) {
                    fo.append(' ').append(attribute).append("=\"").append(styled.getAttribute(attribute)).append('"');
                }
            }
            fo.append('>');
            if (i == 0 && !foot.isEmpty()) {
                fo.append(foot);
            }
            fo.append(line.content());
            if (pb != null) {
                fo.append("<fo:leader leader-pattern=\"space\"/><fo:inline font-size=\"7.5pt\" font-weight=\"normal\""
                        + " color=\"#444444\">OCR ").append(pb).append("</fo:inline>");
            }
            fo.append("</fo:block></fo:list-item-body></fo:list-item></fo:list-block>");
        }
        fo.append("</fo:flow></fo:page-sequence>");
    }

    /** The page's apparatus and, below it, its footnotes: one footnote anchored in the page's first line. */
    private String foot(List<Line> lines, Page page) throws ExportException {
        Map<String, int[]> apparatus = new LinkedHashMap<>();
        Set<String> markers = new LinkedHashSet<>();
        for (int i = 0; i < page.count(); i++) {
            for (String id : lines.get(page.start() + i).ids()) {
                if (entries.containsKey(id)) {
                    int line = i + 1;
                    apparatus.computeIfAbsent(id, k -> new int[] { line, line })[1] = line;
                } else if (notes.containsKey(id)) {
                    markers.add(id);
                }
            }
        }
        // an entry or note begun on the page before belongs there
        if (page.start() > 0) {
            for (String id : lines.get(page.start() - 1).ids()) {
                apparatus.remove(id);
                markers.remove(id);
            }
        }
        if (apparatus.isEmpty() && markers.isEmpty()) {
            return "";
        }
        StringBuilder fo = new StringBuilder();
        fo.append("<fo:footnote><fo:inline/><fo:footnote-body start-indent=\"0pt\" end-indent=\"0pt\""
                + " text-indent=\"0pt\" text-align=\"start\" text-align-last=\"start\" font-weight=\"normal\""
                + " font-style=\"normal\" font-size=\"8.5pt\" line-height=\"1.5\">");
        if (!apparatus.isEmpty()) {
            fo.append("<fo:block space-before=\"3pt\">");
            boolean firstEntry = true;
            for (Map.Entry<String, int[]> e : apparatus.entrySet()) {
                Element entry = entries.get(e.getKey());
                int[] range = e.getValue();
                if (!firstEntry) {
                    fo.append("\u2003 ");
                }
                firstEntry = false;
                fo.append("<fo:inline font-weight=\"bold\">").append(range[0]);
                if (range[1] != range[0]) {
                    fo.append('\u2013').append(range[1]);
                }
                fo.append("</fo:inline> ").append(Xml.escapeText(text(first(entry, SG, "lem")).strip())).append("]");
                for (Element rdg : children(entry, SG, "rdg")) {
                    String reading = text(rdg).strip();
                    fo.append(' ').append(reading.isEmpty() ? "<fo:inline font-style=\"italic\">om.</fo:inline>"
                            : Xml.escapeText(reading)).append(' ').append(Xml.escapeText(rdg.getAttribute("wit")));
                }
            }
            fo.append("</fo:block>");
        }
        if (!markers.isEmpty()) {
            fo.append("<fo:block space-before=\"4pt\" border-before-style=\"solid\" border-before-width=\"0.3pt\""
                    + " padding-before=\"2pt\">");
            for (String id : markers) {
                Element note = notes.get(id);
                fo.append("<fo:block>").append(Xml.escapeText(note.getAttribute("n"))).append(". ");
                for (Node c = note.getFirstChild(); c != null; c = c.getNextSibling()) {
                    fo.append(c instanceof Element el ? serialize(el) : Xml.escapeText(c.getTextContent()));
                }
                fo.append("</fo:block>");
            }
            fo.append("</fo:block>");
        }
        fo.append("</fo:footnote-body></fo:footnote>");
        return fo.toString();
    }

    /** A line's printed content from the area tree, with its note markers and page-break bars kept as inlines. */
    private static void content(Element area, StringBuilder out, List<String> ids) {
        for (Node c = area.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            switch (e.getTagName()) {
            case "word" -> out.append(Xml.escapeText(e.getTextContent()));
            case "space" -> out.append(' ');
            case "inlineparent" -> {
                String id = e.getAttribute("prod-id");
                if (!id.isEmpty() && !ids.contains(id)) {
                    ids.add(id);
                }
                if (id.startsWith("nm-")) {
                    out.append("<fo:inline baseline-shift=\"super\" font-size=\"70%\">");
                    content(e, out, ids);
                    out.append("</fo:inline>");
                } else if (id.startsWith("pb-")) {
                    out.append("<fo:inline color=\"#777777\">");
                    content(e, out, ids);
                    out.append("</fo:inline>");
                } else {
                    content(e, out, ids);
                }
            }
            case "text" -> {
                boolean italic = "italic".equals(e.getAttribute("font-style"))
                        || e.getAttribute("font-name").contains("Italic");
                if (italic) {
                    out.append("<fo:inline font-style=\"italic\">");
                }
                content(e, out, ids);
                if (italic) {
                    out.append("</fo:inline>");
                }
            }
            default -> content(e, out, ids);
            }
        }
    }

    private static String blockOf(Element area) {
        for (Node n = area.getParentNode(); n instanceof Element e; n = e.getParentNode()) {
            if ("block".equals(e.getTagName()) && e.getAttribute("prod-id").startsWith("blk-")) {
                return e.getAttribute("prod-id");
            }
        }
        return null;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Element first(Element parent, String ns, String local) {
        List<Element> all = children(parent, ns, local);
        return all.isEmpty() ? null : all.get(0);
    }

    static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent().replace(ThaiBreaks.ZWSP + "", "");
    }

    static String serialize(Element e) throws ExportException {
        try {
            Transformer t = TransformerFactory.newDefaultInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(e), new StreamResult(out));
            return out.toString();
        } catch (Exception ex) {
            throw new ExportException("cannot serialize formatting objects: " + ex.getMessage(), ex);
        }
    }

    /** Parses formatting objects we wrote; with {@code breaks}, Thai text gets its word breaks. */
    static Document parse(String xml, boolean breaks) throws ExportException {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            if (breaks) {
                ThaiBreaks.insert(doc.getDocumentElement());
            }
            return doc;
        } catch (Exception e) {
            throw new ExportException("cannot build formatting objects: " + e.getMessage(), e);
        }
    }
}
