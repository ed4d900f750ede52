package org.siglum.export.pdf.internal;

import static org.siglum.export.pdf.internal.Dom.SG;
import static org.siglum.export.pdf.internal.Dom.children;
import static org.siglum.core.Xml.escapeText;
import static org.siglum.export.pdf.internal.Dom.first;
import static org.siglum.export.pdf.internal.Dom.serialize;
import static org.siglum.export.pdf.internal.Dom.text;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.siglum.export.ExportException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A page's foot: its apparatus, each entry keyed by the line of its lemma on the page ({@code 12 lemma] reading
 * SIGLUM; other reading SIGLA; lem. SIGLUM}), and below a rule its footnotes, in one {@code fo:footnote} anchored in the page's first line.
 */
final class PageFoot {

    private PageFoot() {
    }

    /** The page's foot as formatting objects, or "" when nothing on the page has an entry or a note. */
    static String of(Galley galley, List<PrintedLine> lines, PrintedPage page) throws ExportException {
        Map<String, int[]> apparatus = new LinkedHashMap<>();
        Set<String> markers = new LinkedHashSet<>();
        for (int i = 0; i < page.count(); i++) {
            for (String id : lines.get(page.start() + i).ids()) {
                if (galley.entry(id) != null) {
                    int line = i + 1;
                    apparatus.computeIfAbsent(id, k -> new int[] { line, line })[1] = line;
                } else if (galley.note(id) != null) {
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
        // the footnote body would inherit the line's indents, alignment and weight
        fo.append("<fo:footnote><fo:inline/><fo:footnote-body start-indent=\"0pt\" end-indent=\"0pt\""
                + " text-indent=\"0pt\" text-align=\"start\" text-align-last=\"start\" font-weight=\"normal\""
                + " font-style=\"normal\" font-size=\"8.5pt\" line-height=\"1.5\">");
        if (!apparatus.isEmpty()) {
            apparatus(galley, apparatus, fo);
        }
        if (!markers.isEmpty()) {
            notes(galley, markers, fo);
        }
        fo.append("</fo:footnote-body></fo:footnote>");
        return fo.toString();
    }

    /** The entries, each with the first and last line of its lemma on the page. */
    private static void apparatus(Galley galley, Map<String, int[]> apparatus, StringBuilder fo) {
        fo.append("<fo:block space-before=\"3pt\">");
        boolean firstEntry = true;
        for (Map.Entry<String, int[]> e : apparatus.entrySet()) {
            Element entry = galley.entry(e.getKey());
            int[] range = e.getValue();
            if (!firstEntry) {
                fo.append("\u2003 ");
            }
            firstEntry = false;
            fo.append("<fo:inline font-weight=\"bold\">").append(range[0]);
            if (range[1] != range[0]) {
                fo.append('\u2013').append(range[1]);
            }
            Element lemma = first(entry, SG, "lem");
            fo.append("</fo:inline> ").append(escapeText(text(lemma).strip())).append("]");
            boolean firstReading = true;
            for (Element rdg : children(entry, SG, "rdg")) {
                String reading = text(rdg).strip();
                fo.append(firstReading ? "" : ";").append(' ')
                        .append(reading.isEmpty() ? "<fo:inline font-style=\"italic\">om.</fo:inline>" : escapeText(reading))
                        .append(' ').append(escapeText(rdg.getAttribute("wit")));
                firstReading = false;
            }
            // the lemma's witnesses after its readings: "lemma] reading B; lem. A"
            if (!lemma.getAttribute("wit").isBlank()) {
                fo.append("; <fo:inline font-style=\"italic\">lem.</fo:inline> ").append(escapeText(lemma.getAttribute("wit")));
            }
        }
        fo.append("</fo:block>");
    }

    private static void notes(Galley galley, Set<String> markers, StringBuilder fo) throws ExportException {
        fo.append("<fo:block space-before=\"4pt\" border-before-style=\"solid\" border-before-width=\"0.3pt\""
                + " padding-before=\"2pt\">");
        for (String id : markers) {
            Element note = galley.note(id);
            fo.append("<fo:block>").append(escapeText(note.getAttribute("n"))).append(". ");
            for (Node c = note.getFirstChild(); c != null; c = c.getNextSibling()) {
                fo.append(c instanceof Element el ? serialize(el) : escapeText(c.getTextContent()));
            }
            fo.append("</fo:block>");
        }
        fo.append("</fo:block>");
    }
}
