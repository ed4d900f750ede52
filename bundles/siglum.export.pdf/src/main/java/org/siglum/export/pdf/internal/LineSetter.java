package org.siglum.export.pdf.internal;

import static org.siglum.export.pdf.internal.Dom.SG;
import static org.siglum.export.pdf.internal.Dom.serialize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.siglum.export.Diagnostic;
import org.siglum.export.ExportException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Pass 1: the galley laid out in the page's measure and read back line by line. A chapter is laid out at a time: a
 * line's breaks do not depend on the pages or the other chapters, and one run for a whole book would hold the book's
 * area tree in memory at once (docs/decisions/0034).
 */
final class LineSetter {

    private final BookDesign design;
    private final FopEngine fop;

    LineSetter(BookDesign design, FopEngine fop) {
        this.design = design;
        this.fop = fop;
    }

    /** The galley's printed lines, chapter after chapter. */
    List<PrintedLine> lines(Galley galley, Consumer<Diagnostic> diagnostics) throws ExportException {
        List<PrintedLine> lines = new ArrayList<>();
        for (List<Element> chapter : galley.chapters()) {
            lines.addAll(AreaTreeReader.lines(fop.areaTree(chapter(chapter), diagnostics), galley));
        }
        return lines;
    }

    /** A chapter's blocks in the measure pass 2 gives them: between the gutters, set as their kind. */
    private Document chapter(List<Element> blocks) throws ExportException {
        StringBuilder fo = new StringBuilder();
        design.openRoot(fo);
        fo.append("<fo:page-sequence master-reference=\"page\"><fo:flow flow-name=\"xsl-region-body\">");
        for (Element block : blocks) {
            Element copy = (Element) block.cloneNode(true);
            copy.setAttribute("start-indent", BookDesign.NUMBER_GUTTER);
            copy.setAttribute("end-indent", BookDesign.PAGE_GUTTER);
            BookDesign.style(copy, copy.getAttributeNS(SG, "kind"));
            copy.removeAttributeNS(SG, "kind");
            copy.removeAttributeNS(SG, "section");
            fo.append(serialize(copy));
        }
        fo.append("</fo:flow></fo:page-sequence></fo:root>");
        return design.parse(fo.toString());
    }
}
