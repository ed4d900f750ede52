package org.siglum.export.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;
import org.xmlunit.xpath.JAXPXPathEngine;
import org.xmlunit.xpath.XPathEngine;

/** Pass 2's formatting objects: the page's foot keyed by line, the line numbers, the source's pages in the margin. */
class PageWriterTest {

    private static final String FO_NS = "xmlns:fo=\"" + Dom.FO + "\"";

    // parsed with the word breaks, as the exporter parses the galley: the foot prints the text without them
    private static final Galley GALLEY = galley();

    private static Galley galley() {
        try {
            return new Galley(Dom.parse("""
                    <sg:book xmlns:sg="urn:siglum:print" xmlns:fo="http://www.w3.org/1999/XSL/Format">
                    <sg:title>Chapter 3</sg:title>
                    <sg:galley/>
                    <sg:pages><sg:page ref="pb-4" label="OCR 4"/></sg:pages>
                    <sg:apparatus>
                      <sg:entry ref="app-e0"><sg:lem>เมื่อ</sg:lem><sg:rdg wit="OCR">เมือ</sg:rdg></sg:entry>
                      <sg:entry ref="app-e1"><sg:lem> อดอยากและความตาย </sg:lem><sg:rdg wit="OCR">อดหยากและความตาย</sg:rdg></sg:entry>
                      <sg:entry ref="app-e2"><sg:lem>R&amp;D</sg:lem><sg:rdg wit="OCR B"></sg:rdg></sg:entry>
                    </sg:apparatus>
                    <sg:notes>
                      <sg:note ref="nm-n1" n="25">Stalin, <fo:inline font-style="italic">Foundations</fo:inline>, 12.</sg:note>
                    </sg:notes>
                    <sg:bibliography title="บรรณานุกรม"/>
                    </sg:book>
                    """, true));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrintedLine line(String kind, boolean first, String... ids) {
        return new PrintedLine("blk-1", kind, "บทที่ 3", first, "text", 10_000, List.of(ids));
    }

    private static void assertSameXml(String expected, String actual) {
        Diff diff = DiffBuilder.compare("<foot " + FO_NS + ">" + expected + "</foot>")
                .withTest("<foot " + FO_NS + ">" + actual + "</foot>").checkForIdentical().build();
        assertThat(diff.hasDifferences()).as(actual + "\n" + diff).isFalse();
    }

    @Test
    void theFootKeysEachEntryByItsLinesOnThePageAndPrintsTheNotesBelow() throws Exception {
        List<PrintedLine> lines = List.of(line("p", true, "app-e0"), line("p", false, "app-e0"),
                line("p", false, "app-e1"), line("p", false, "app-e1", "app-e2"), line("p", false, "nm-n1"));
        // the page starts at the second line: e0 begun on the page before is not on this page's foot
        String foot = PageFoot.of(GALLEY, lines, new PrintedPage(1, 4));
        assertSameXml("<fo:footnote><fo:inline/><fo:footnote-body start-indent=\"0pt\" end-indent=\"0pt\""
                + " text-indent=\"0pt\" text-align=\"start\" text-align-last=\"start\" font-weight=\"normal\""
                + " font-style=\"normal\" font-size=\"8.5pt\" line-height=\"1.5\">"
                + "<fo:block space-before=\"3pt\"><fo:inline font-weight=\"bold\">2\u20133</fo:inline>"
                + " อดอยากและความตาย] อดหยากและความตาย OCR\u2003 <fo:inline font-weight=\"bold\">3</fo:inline>"
                + " R&amp;D] <fo:inline font-style=\"italic\">om.</fo:inline> OCR B</fo:block>"
                + "<fo:block space-before=\"4pt\" border-before-style=\"solid\" border-before-width=\"0.3pt\""
                + " padding-before=\"2pt\"><fo:block>25. Stalin, <fo:inline font-style=\"italic\">Foundations</fo:inline>,"
                + " 12.</fo:block></fo:block></fo:footnote-body></fo:footnote>", foot);
        assertThat(foot).doesNotContain(String.valueOf(ThaiBreaks.ZWSP));
    }

    @Test
    void aPageWithoutEntriesOrNotesHasNoFoot() throws Exception {
        List<PrintedLine> lines = List.of(line("p", true, "app-e0"), line("p", false, "app-e0"), line("p", false));
        assertThat(PageFoot.of(GALLEY, lines, new PrintedPage(1, 2))).isEmpty();
    }

    @Test
    void everyFifthLineIsNumberedAgainOnEachPageAndTheSourcesPageIsInTheMargin() throws Exception {
        List<PrintedLine> lines = new ArrayList<>();
        lines.add(line("head1", true));
        for (int i = 1; i < 18; i++) {
            lines.add(i == 7 ? line("p", false, "pb-4") : line("p", i == 1));
        }
        Document fo = new PageWriter(new BookDesign(PageFormat.A5), GALLEY).composed(lines,
                List.of(new PrintedPage(0, 12), new PrintedPage(12, 6)));
        XPathEngine xpath = new JAXPXPathEngine();
        xpath.setNamespaceContext(Map.of("fo", Dom.FO));
        assertThat(xpath.evaluate("count(/fo:root/fo:page-sequence)", Input.from(fo).build())).isEqualTo("2");
        List<String> labels = new ArrayList<>();
        for (int p = 1; p <= 2; p++) {
            StringBuilder page = new StringBuilder();
            for (Node label : xpath.selectNodes("/fo:root/fo:page-sequence[" + p
                    + "]//fo:list-item-label[normalize-space()]", Input.from(fo).build())) {
                page.append(page.length() == 0 ? "" : ",").append(label.getTextContent().strip());
            }
            labels.add(page.toString());
        }
        assertThat(labels).containsExactly("5,10", "5");
        assertThat(xpath.evaluate("normalize-space((//fo:list-block)[8]//fo:list-item-body/fo:block/fo:inline)",
                Input.from(fo).build())).isEqualTo("OCR 4");
        assertThat(xpath.evaluate("count(//fo:list-item-body/fo:block[fo:leader])", Input.from(fo).build()))
                .isEqualTo("1");
        assertThat(xpath.evaluate("string((//fo:list-block)[1]//fo:list-item-body/fo:block/@font-weight)",
                Input.from(fo).build())).isEqualTo("bold");
        assertThat(xpath.evaluate("string((//fo:list-block)[2]//fo:list-item-body/fo:block/@text-indent)",
                Input.from(fo).build())).isEqualTo("6mm");
        assertThat(xpath.evaluate("count((//fo:list-block)[3]//fo:list-item-body/fo:block/@text-indent)",
                Input.from(fo).build())).isEqualTo("0");
    }

    @Test
    void theRunningHeadIsShortenedToItsOneLineAfterAWordAndNeverBeforeAMark() {
        String title = "Testimonies to John of Ephesus's Ecclesiastical History, Part 3 from the Chronicle of Michael the Syrian";
        String[] head = PageWriter.fit(title, "ܫܪܒܐ ܕܬܠܬܐ", new BookDesign(PageFormat.A5).headerCharacters());
        assertThat(head[1]).isEqualTo("ܫܪܒܐ ܕܬܠܬܐ");
        assertThat(head[0]).isEqualTo("Testimonies to John of Ephesus's\u2026");
        assertThat(PageWriter.fit("Chapter 3", "Section", 63)).containsExactly("Chapter 3", "Section");
        // Thai has no spaces to cut at: the cut falls between characters, not before the tone mark of ที่
        assertThat(PageWriter.shorten("นโยบายเศรษฐกิจใหม่ที่ยิ่งใหญ่", 19)).isEqualTo("นโยบายเศรษฐกิจใหม่\u2026");
        assertThat(PageWriter.shorten("บทที่", 4)).isEqualTo("บท\u2026");
    }
}
