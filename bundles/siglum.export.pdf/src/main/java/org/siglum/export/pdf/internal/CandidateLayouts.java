package org.siglum.export.pdf.internal;

import java.util.List;

import org.siglum.export.ExportException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Candidate pages laid out by FOP, several in one run: the largest whose lines and foot FOP puts on one page fits.
 * The candidates' own diagnostics are dropped: the overflow of one that does not fit is expected.
 */
final class CandidateLayouts implements Paginator.Candidates {

    private final FopEngine fop;
    private final PageWriter writer;

    CandidateLayouts(FopEngine fop, PageWriter writer) {
        this.fop = fop;
        this.writer = writer;
    }

    @Override
    public int largestFitting(List<PrintedLine> lines, int start, int low, int high) throws ExportException {
        Document areas = fop.areaTree(writer.candidates(lines, start, low, high), d -> { });
        NodeList sequences = areas.getElementsByTagName("pageSequence");
        for (int s = 0; s < sequences.getLength(); s++) {
            if (((Element) sequences.item(s)).getElementsByTagName("pageViewport").getLength() == 1) {
                return high - s;
            }
        }
        return 0;
    }
}
