package org.siglum.export.pdf.internal;

import static org.siglum.export.pdf.internal.Dom.SG;
import static org.siglum.core.Xml.escapeText;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads FOP's area tree of pass 1 back as printed lines. Each {@code lineArea} under a galley block (a paragraph
 * across pages gives several blocks with the same {@code prod-id}) is a line; its words and spaces are its text (FOP
 * drops the U+200B); each id'd inline on it is an id (a lemma across a line break is on both lines), and note
 * markers, source page breaks and italics stay inlines so that pass 2 prints them alike.
 */
final class AreaTreeReader {

    private AreaTreeReader() {
    }

    /** The printed lines of an area tree of the galley's blocks, in order. */
    static List<PrintedLine> lines(Document areaTree, Galley galley) {
        List<PrintedLine> lines = new ArrayList<>();
        String previous = null;
        NodeList lineAreas = areaTree.getElementsByTagName("lineArea");
        for (int i = 0; i < lineAreas.getLength(); i++) {
            Element area = (Element) lineAreas.item(i);
            String blockId = blockOf(area);
            if (blockId == null) {
                continue;
            }
            Element block = galley.block(blockId);
            StringBuilder content = new StringBuilder();
            List<String> ids = new ArrayList<>();
            content(area, content, ids);
            int bpd = parseInt(area.getAttribute("bpd"));
            lines.add(new PrintedLine(blockId, block.getAttributeNS(SG, "kind"), block.getAttributeNS(SG, "section"),
                    !blockId.equals(previous), content.toString(), bpd, ids));
            previous = blockId;
        }
        return lines;
    }

    /** A line's printed content, with its note markers and page-break bars kept as inlines. */
    private static void content(Element area, StringBuilder out, List<String> ids) {
        for (Node c = area.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            switch (e.getTagName()) {
            case "word" -> out.append(escapeText(e.getTextContent()));
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

    /** The galley block a line area belongs to, or null (a header, a footnote). */
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
}
