package org.siglum.export.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.siglum.export.Diagnostic;
import org.siglum.export.ExportException;
import org.siglum.export.ProgressMonitor;

/**
 * Pass 2 pagination: each page holds the largest number of lines that fits on it with its foot. A page's foot (its
 * apparatus and notes) depends on which lines it holds, so the fit is found by laying out candidate pages; a heading
 * never ends a page.
 */
final class Paginator {

    /** How many candidate line counts one layout tries at first. */
    static final int CANDIDATES = 4;

    /** Lays out candidate pages. */
    @FunctionalInterface
    interface Candidates {
        /** The largest line count in [low, high] whose page from line {@code start} fits on one page, or 0. */
        int largestFitting(List<PrintedLine> lines, int start, int low, int high) throws ExportException;
    }

    private final double bodyMpt;
    private final Candidates candidates;

    /** Pages of a body {@code bodyMpt} millipoints high, their fit tried by {@code candidates}. */
    Paginator(double bodyMpt, Candidates candidates) {
        this.bodyMpt = bodyMpt;
        this.candidates = candidates;
    }

    /** The lines' pages, in order, together holding every line once. */
    List<PrintedPage> paginate(List<PrintedLine> lines, ProgressMonitor monitor, Consumer<Diagnostic> diagnostics)
            throws ExportException {
        List<PrintedPage> pages = new ArrayList<>();
        int start = 0;
        int shrink = 4;
        while (start < lines.size()) {
            monitor.checkCanceled();
            // no more lines than the body holds without a foot; and how many that is where the text does not end first
            int max = 0;
            double used = 0;
            while (start + max < lines.size() && used + lines.get(start + max).bpd() <= bodyMpt) {
                used += lines.get(start + max).bpd();
                max++;
            }
            max = Math.max(1, max);
            int capacity = max;
            if (start + max == lines.size()) {
                double average = max == 0 ? bodyMpt : used / max;
                capacity = Math.max(max, (int) (bodyMpt / Math.max(1, average)));
            }
            // candidates around the last page's foot (in lines), widened up or down until the largest that fits; at the
            // text's end the foot is the last page's too, so the few lines left are tried whole first
            int high = Math.min(max, Math.max(1, capacity - shrink + 2));
            int low = Math.max(1, high - CANDIDATES + 1);
            int chosen = 0;
            while (true) {
                int fit = candidates.largestFitting(lines, start, low, high);
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
            shrink = chosen > 0 && capacity == max ? max - chosen : shrink;
            if (chosen == 0) {
                chosen = 1;
                diagnostics.accept(new Diagnostic(Diagnostic.Severity.WARNING, "pdf", 0, 0,
                        "a line and its apparatus do not fit on one page (page " + (pages.size() + 1) + ")"));
            }
            int keep = chosen;
            while (keep > 1 && start + keep < lines.size() && lines.get(start + keep - 1).isHeading()) {
                keep--;
            }
            pages.add(new PrintedPage(start, keep));
            start += keep;
        }
        return pages;
    }
}
