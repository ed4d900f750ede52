package org.siglum.export.pdf.internal;

import java.util.List;

import org.siglum.export.ExportException;

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
        List<Integer> pages = fop.pageCounts(writer.candidates(lines, start, low, high));
        for (int s = 0; s < pages.size(); s++) {
            if (pages.get(s) == 1) {
                return high - s;
            }
        }
        return 0;
    }
}
