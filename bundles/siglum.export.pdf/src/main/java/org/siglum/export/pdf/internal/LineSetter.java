package org.siglum.export.pdf.internal;

import static org.siglum.export.pdf.internal.Dom.SG;
import static org.siglum.export.pdf.internal.Dom.serialize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.siglum.export.Diagnostic;
import org.siglum.export.ExportException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Pass 1: the galley laid out in the page's measure and read back line by line. A chapter, or a run of its blocks,
 * is laid out at a time: a line's breaks do not depend on the pages or the other blocks, and one run for a whole
 * book would hold the book's area tree in memory at once (docs/decisions/0034).
 */
final class LineSetter {

    private final BookDesign design;
    private final FopEngine fop;

    LineSetter(BookDesign design, FopEngine fop) {
        this.design = design;
        this.fop = fop;
    }

    /**
     * How much text one FOP run of pass 1 lays out, and how long a paragraph may be before it is laid out in pieces:
     * FOP holds a run's area tree, and a paragraph's line-breaking, in memory at once (a manuscript transcribed as one
     * paragraph of 400 KB took 5.7 GB).
     */
    static final int RUN_CHARS = 30_000;
    static final int PIECE_CHARS = 6_000;

    /** The galley's printed lines, chapter after chapter, in runs of blocks of at most {@link #RUN_CHARS}. */
    List<PrintedLine> lines(Galley galley, Consumer<Diagnostic> diagnostics) throws ExportException {
        List<PrintedLine> lines = new ArrayList<>();
        for (List<Element> chapter : galley.chapters()) {
            List<Element> run = new ArrayList<>();
            int length = 0;
            for (Element block : chapter) {
                int n = block.getTextContent().length();
                if (!run.isEmpty() && length + n > RUN_CHARS) {
                    lines.addAll(setRun(run, galley, diagnostics));
                    run.clear();
                    length = 0;
                }
                run.add(block);
                length += n;
            }
            if (!run.isEmpty()) {
                lines.addAll(setRun(run, galley, diagnostics));
            }
        }
        return lines;
    }

    /** One FOP run: the blocks laid out, their lines read back with the shaped words as they were written. */
    private List<PrintedLine> setRun(List<Element> run, Galley galley, Consumer<Diagnostic> diagnostics)
            throws ExportException {
        Map<String, String> words = new HashMap<>();
        return AreaTreeReader.lines(fop.areaTree(chapter(run, new ShapedWords(words)), diagnostics), galley, words);
    }

    /**
     * A long block as consecutive pieces of about {@code limit} characters, cut at a space or word break of its own
     * text (never inside an inline): ids {@code blk-X}, {@code blk-X~1}, ...; the pieces after the first have no
     * indent. Each piece's last line ends early, as ragged right does anyway.
     */
    static List<Element> pieces(Element block, int limit) {
        List<Element> out = new ArrayList<>();
        if (block.getTextContent().length() <= limit) {
            out.add(block);
            return out;
        }
        Element piece = shallow(block, 0);
        int length = 0;
        for (Node c = block.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Text t) {
                String s = t.getData();
                int from = 0;
                while (length + s.length() - from > limit) {
                    int cut = breakAt(s, from + Math.max(0, limit - length));
                    if (cut < 0) {
                        break;
                    }
                    piece.appendChild(block.getOwnerDocument().createTextNode(s.substring(from, cut)));
                    out.add(piece);
                    piece = shallow(block, out.size());
                    length = 0;
                    from = cut;
                }
                piece.appendChild(block.getOwnerDocument().createTextNode(s.substring(from)));
                length += s.length() - from;
            } else {
                piece.appendChild(c.cloneNode(true));
                length += c.getTextContent().length();
            }
        }
        out.add(piece);
        return out;
    }

    private static Element shallow(Element block, int k) {
        Element piece = (Element) block.cloneNode(false);
        if (k > 0) {
            piece.setAttribute("id", block.getAttribute("id") + "~" + k);
            piece.setAttribute("text-indent", "0pt");
        }
        return piece;
    }

    private static int breakAt(String s, int from) {
        for (int i = Math.max(1, from); i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == ThaiBreaks.ZWSP) {
                return i;
            }
        }
        return -1;
    }

    /** The galley's own attributes (sg:kind, sg:section) are the composer's, not FOP's. */
    private static void stripGalleyAttributes(Element e) {
        var attributes = e.getAttributes();
        for (int i = attributes.getLength() - 1; i >= 0; i--) {
            var a = attributes.item(i);
            if (SG.equals(a.getNamespaceURI())) {
                e.removeAttributeNode((org.w3c.dom.Attr) a);
            }
        }
        for (var c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                stripGalleyAttributes(child);
            }
        }
    }

    /** A chapter's blocks in the measure pass 2 gives them: between the gutters, set as their kind. */
    private Document chapter(List<Element> blocks, ShapedWords shaped) throws ExportException {
        StringBuilder fo = new StringBuilder();
        design.openRoot(fo);
        fo.append("<fo:page-sequence master-reference=\"page\"><fo:flow flow-name=\"xsl-region-body\">");
        for (Element block : blocks) {
            Element copy = (Element) block.cloneNode(true);
            copy.setAttribute("start-indent", BookDesign.NUMBER_GUTTER);
            copy.setAttribute("end-indent", BookDesign.PAGE_GUTTER);
            BookDesign.style(copy, copy.getAttributeNS(SG, "kind"));
            stripGalleyAttributes(copy);
            LongWords.breakable(copy);
            shaped.wrap(copy);
            for (Element piece : pieces(copy, PIECE_CHARS)) {
                fo.append(serialize(piece));
            }
        }
        fo.append("</fo:flow></fo:page-sequence></fo:root>");
        return design.parse(fo.toString());
    }
}
