package org.siglum.export.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.siglum.export.Diagnostic;
import org.siglum.export.ProgressMonitor;

/**
 * The paginator's choice of each page's lines, on printed lines of known heights and a foot that grows by a known
 * height for each apparatus entry on the page: the layout FOP would do, stated as arithmetic.
 */
class PaginatorTest {

    private static final double BODY = 100_000;
    private static final int LINE = 10_000;

    /** The page fits when its lines and, for each line with a lemma, {@code entry} millipoints of foot fit the body. */
    private static final class Foot implements Paginator.Candidates {
        final int entry;
        final List<int[]> asked = new ArrayList<>();

        Foot(int entry) {
            this.entry = entry;
        }

        boolean fits(List<PrintedLine> lines, int start, int n) {
            double height = 0;
            for (PrintedLine line : lines.subList(start, start + n)) {
                height += line.bpd() + (line.ids().isEmpty() ? 0 : entry);
            }
            return height <= BODY;
        }

        @Override
        public int largestFitting(List<PrintedLine> lines, int start, int low, int high) {
            asked.add(new int[] { low, high, start });
            for (int n = high; n >= low; n--) {
                if (fits(lines, start, n)) {
                    return n;
                }
            }
            return 0;
        }

        /** The pages a reader expects: from each page's first line, as many lines as fit. */
        List<PrintedPage> largestPages(List<PrintedLine> lines) {
            List<PrintedPage> pages = new ArrayList<>();
            for (int start = 0; start < lines.size();) {
                int n = 1;
                while (start + n < lines.size() && fits(lines, start, n + 1)) {
                    n++;
                }
                pages.add(new PrintedPage(start, n));
                start += n;
            }
            return pages;
        }
    }

    private static PrintedLine line(String kind, int bpd, String... ids) {
        return new PrintedLine("blk", kind, "", false, "", bpd, List.of(ids));
    }

    private static List<PrintedLine> text(int count, int everyEntry) {
        List<PrintedLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(everyEntry > 0 && i % everyEntry == 0 ? line("p", LINE, "app-e" + i) : line("p", LINE));
        }
        return lines;
    }

    private static List<PrintedPage> paginate(List<PrintedLine> lines, Foot foot, List<Diagnostic> diagnostics)
            throws Exception {
        return new Paginator(BODY, foot).paginate(lines, ProgressMonitor.NONE, diagnostics::add);
    }

    @Test
    void withoutAFootEachPageHoldsAsManyLinesAsTheBody() throws Exception {
        List<PrintedLine> lines = text(35, 0);
        List<Diagnostic> diagnostics = new ArrayList<>();
        assertThat(paginate(lines, new Foot(0), diagnostics)).containsExactly(new PrintedPage(0, 10),
                new PrintedPage(10, 10), new PrintedPage(20, 10), new PrintedPage(30, 5));
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void eachPageHoldsTheLargestNumberOfLinesThatFitWithItsFoot() throws Exception {
        for (int entry : new int[] { 3_000, 15_000, 40_000 }) {
            for (int every : new int[] { 1, 2, 3, 7 }) {
                List<PrintedLine> lines = text(80, every);
                Foot foot = new Foot(entry);
                assertThat(paginate(lines, foot, new ArrayList<>())).as("entry %d every %d lines", entry, every)
                        .containsExactlyElementsOf(foot.largestPages(lines));
            }
        }
    }

    @Test
    void aLayoutTriesAFewCandidatesAtATime() throws Exception {
        Foot foot = new Foot(15_000);
        paginate(text(80, 3), foot, new ArrayList<>());
        assertThat(foot.asked).allSatisfy(range -> assertThat(range[1] - range[0] + 1)
                .isBetween(1, Paginator.CANDIDATES));
    }

    @Test
    void nearTheEndOfTheTextTheLinesLeftAreFittedByTheLastPagesFootInOneLayout() throws Exception {
        // a body of 10 lines; each line's entry takes a line's height of foot, so 5 lines make a page; at line 10 only
        // 7 lines are left: the body could hold them all, the foot allows 5, as on the pages before
        List<PrintedLine> lines = text(17, 1);
        Foot foot = new Foot(LINE);
        List<PrintedPage> pages = paginate(lines, foot, new ArrayList<>());
        assertThat(pages).containsExactly(new PrintedPage(0, 5), new PrintedPage(5, 5), new PrintedPage(10, 5),
                new PrintedPage(15, 2));
        assertThat(foot.asked.stream().filter(r -> r[2] == 10).map(r -> r[0] + "-" + r[1]).toList())
                .as("the page at line 10: found in one layout, not by climbing from the few lines").hasSize(1);
        assertThat(foot.asked.stream().filter(r -> r[2] == 15).count()).isEqualTo(1);
    }

    @Test
    void aHeadingNeverEndsAPage() throws Exception {
        List<PrintedLine> lines = text(20, 0);
        lines.set(9, line("head2", LINE));
        List<PrintedPage> pages = paginate(lines, new Foot(0), new ArrayList<>());
        assertThat(pages).containsExactly(new PrintedPage(0, 9), new PrintedPage(9, 10), new PrintedPage(19, 1));
        assertThat(lines.get(pages.get(1).start()).isHeading()).isTrue();
    }

    @Test
    void aLineThatFitsNowhereIsAPageOfItsOwnWithAWarning() throws Exception {
        List<PrintedLine> lines = text(12, 0);
        lines.set(3, line("p", (int) BODY + 1));
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<PrintedPage> pages = paginate(lines, new Foot(0), diagnostics);
        assertThat(pages).containsExactly(new PrintedPage(0, 3), new PrintedPage(3, 1), new PrintedPage(4, 8));
        assertThat(diagnostics).extracting(Diagnostic::severity, Diagnostic::message).containsExactly(
                tuple(Diagnostic.Severity.WARNING,
                        "a line and its apparatus do not fit on one page (page 2)"));
    }

    @Test
    void eachLemmaIsPlacedByPageAndLineWhereItBegins() throws Exception {
        List<PrintedLine> lines = text(25, 0);
        lines.set(4, line("p", LINE, "app-e1"));
        lines.set(9, line("p", LINE, "app-e2"));
        lines.set(10, line("p", LINE, "app-e2", "nm-n1"));
        lines.set(21, line("p", LINE, "pb-3"));
        List<PrintedPage> pages = paginate(lines, new Foot(0), new ArrayList<>());
        assertThat(PrintedPage.places(lines, pages)).containsExactly(entry("app-e1", "1:5"), entry("app-e2", "1:10"),
                entry("nm-n1", "2:1"), entry("pb-3", "3:2"));
    }
}
