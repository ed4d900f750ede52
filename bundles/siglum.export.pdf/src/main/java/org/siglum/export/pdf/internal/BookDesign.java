package org.siglum.export.pdf.internal;

import static org.siglum.export.pdf.internal.Dom.FO;

import java.util.LinkedHashMap;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * The print edition's design: the page's margins and header, the gutters for line numbers and the source's pages,
 * the type, and how each kind of block is set. Both passes use it, so that pass 2 prints the lines pass 1 broke.
 */
final class BookDesign {

    private static final double MPT_PER_MM = 72000 / 25.4;

    // page geometry (mm): margins, the header above the body
    private static final int MARGIN_TOP = 12;
    private static final int MARGIN_BOTTOM = 14;
    private static final int MARGIN_SIDE = 14;
    private static final int HEADER = 9;
    static final String NUMBER_GUTTER = "9mm";
    static final String PAGE_GUTTER = "11mm";

    private final PageFormat format;

    BookDesign(PageFormat format) {
        this.format = format;
    }

    /** The height of a page's body in millipoints, the unit of FOP's area tree. */
    double bodyMpt() {
        return (format.heightMm - MARGIN_TOP - MARGIN_BOTTOM - HEADER) * MPT_PER_MM;
    }

    /** Opens an {@code fo:root} with the book's type and its page master {@code page}; the caller closes it. */
    void openRoot(StringBuilder fo) {
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

    /**
     * How a block of the galley's {@code kind} (head1, head2, p) is set, as formatting-object attributes in order:
     * headings bold, paragraphs indented.
     */
    static Map<String, String> attributes(String kind) {
        Map<String, String> attributes = new LinkedHashMap<>();
        switch (kind) {
        case "head1" -> {
            attributes.put("font-size", "15pt");
            attributes.put("font-weight", "bold");
        }
        case "head2" -> {
            attributes.put("font-size", "12.5pt");
            attributes.put("font-weight", "bold");
        }
        default -> attributes.put("text-indent", "6mm");
        }
        return attributes;
    }

    /** Sets a block as its {@code kind}. */
    static void style(Element block, String kind) {
        attributes(kind).forEach(block::setAttribute);
    }
}
