package org.siglum.export.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * Pass 1's reading of FOP's area tree, on a small galley that FOP lays out with the print edition's fonts. The
 * paragraphs keep their line feeds, so that where their lines break does not depend on the fonts' measures.
 */
class AreaTreeReaderTest {

    static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/tlwg"),
            Path.of("/usr/share/fonts/truetype/dejavu"));

    private static final int LONG = 40;

    private static Document areaTree;
    private static List<PrintedLine> lines;

    @BeforeAll
    static void layOut() throws Exception {
        StringBuilder longLines = new StringBuilder();
        for (int i = 1; i <= LONG; i++) {
            longLines.append(i == 1 ? "" : "\n").append("line ").append(i);
        }
        Galley galley = new Galley(Dom.parse("""
                <sg:book xmlns:sg="urn:siglum:print" xmlns:fo="http://www.w3.org/1999/XSL/Format">
                <sg:galley>
                <fo:block id="blk-h" sg:kind="head1" sg:section="Chapter 3">Chapter 3</fo:block>
                <fo:block id="blk-p" sg:kind="p" linefeed-treatment="preserve">Lenin <fo:inline id="app-e1">wrote
                this</fo:inline> down<fo:inline id="nm-n1" baseline-shift="super" font-size="70%%">1</fo:inline>
                <fo:inline id="pb-2">|</fo:inline> and <fo:inline font-style="italic">Pravda</fo:inline> &amp; more</fo:block>
                <fo:block id="blk-long" sg:kind="p" linefeed-treatment="preserve">%s</fo:block>
                </sg:galley>
                </sg:book>
                """.formatted(longLines), false));
        StringBuilder fo = new StringBuilder();
        new BookDesign(PageFormat.A5).openRoot(fo);
        fo.append("<fo:page-sequence master-reference=\"page\"><fo:static-content flow-name=\"xsl-region-before\">"
                + "<fo:block>running head</fo:block></fo:static-content><fo:flow flow-name=\"xsl-region-body\">");
        for (List<Element> chapter : galley.chapters()) {
            for (Element block : chapter) {
                Element copy = (Element) block.cloneNode(true);
                BookDesign.style(copy, copy.getAttributeNS(Dom.SG, "kind"));
                copy.removeAttributeNS(Dom.SG, "kind");
                copy.removeAttributeNS(Dom.SG, "section");
                fo.append(Dom.serialize(copy));
            }
        }
        fo.append("</fo:flow></fo:page-sequence></fo:root>");
        areaTree = FopEngine.create(FONTS).areaTree(Dom.parse(fo.toString(), false), d -> { });
        lines = AreaTreeReader.lines(areaTree, galley);
    }

    @Test
    void eachLineOfTheTextIsAPrintedLineAndTheRunningHeadIsNot() {
        assertThat(lines).hasSize(1 + 3 + LONG);
        assertThat(lines).extracting(PrintedLine::content).doesNotContain("running head");
        assertThat(lines.get(0)).extracting(PrintedLine::block, PrintedLine::kind, PrintedLine::section)
                .containsExactly("blk-h", "head1", "Chapter 3");
        assertThat(lines.subList(1, 4)).extracting(PrintedLine::block).containsOnly("blk-p");
        assertThat(lines.subList(1, 4)).extracting(PrintedLine::kind).containsOnly("p");
    }

    @Test
    void aLemmaAcrossALineBreakIsOnBothLinesAndMarkersAndPageBreaksOnTheirs() {
        assertThat(lines.get(0).ids()).isEmpty();
        assertThat(lines.get(1).ids()).containsExactly("app-e1");
        assertThat(lines.get(2).ids()).containsExactly("app-e1", "nm-n1");
        assertThat(lines.get(3).ids()).containsExactly("pb-2");
        assertThat(lines.get(3).sourcePage()).isEqualTo("2");
        assertThat(lines.get(1).sourcePage()).isNull();
    }

    @Test
    void aLinesContentKeepsNoteMarkersPageBreakBarsAndItalicsAsInlines() {
        assertContent(lines.get(0), "Chapter 3");
        assertContent(lines.get(1), "Lenin wrote");
        assertContent(lines.get(2), "this down<fo:inline baseline-shift=\"super\" font-size=\"70%\">1</fo:inline>");
        assertContent(lines.get(3), "<fo:inline color=\"#777777\">|</fo:inline> and"
                + " <fo:inline font-style=\"italic\">Pravda</fo:inline> &amp; more");
    }

    @Test
    void aParagraphAcrossTwoPagesStartsOnceAndKeepsAllItsLines() {
        assertThat(areaTree.getElementsByTagName("pageViewport").getLength()).isEqualTo(2);
        List<PrintedLine> paragraph = lines.subList(4, 4 + LONG);
        assertThat(paragraph).extracting(PrintedLine::block).containsOnly("blk-long");
        assertThat(paragraph).extracting(PrintedLine::firstOfBlock).containsOnlyOnce(true);
        assertThat(paragraph.get(0).firstOfBlock()).isTrue();
        for (int i = 0; i < LONG; i++) {
            assertContent(paragraph.get(i), "line " + (i + 1));
        }
        assertThat(lines.get(1).firstOfBlock()).isTrue();
        assertThat(lines.subList(2, 4)).extracting(PrintedLine::firstOfBlock).containsOnly(false);
    }

    @Test
    void aLinesHeightIsFopsAndAHeadingsLineIsTaller() {
        assertThat(lines).extracting(PrintedLine::bpd).allMatch(bpd -> bpd > 0);
        assertThat(lines.get(0).bpd()).isGreaterThan(lines.get(1).bpd());
        assertThat(lines.subList(4, 4 + LONG)).extracting(PrintedLine::bpd).containsOnly(lines.get(1).bpd());
    }

    /** Compares a line's content, as formatting objects, with XMLUnit (whitespace counts: it is the text's). */
    static void assertContent(PrintedLine line, String expected) {
        String wrap = "<line xmlns:fo=\"" + Dom.FO + "\">%s</line>";
        Diff diff = DiffBuilder.compare(wrap.formatted(expected)).withTest(wrap.formatted(line.content()))
                .checkForIdentical().build();
        assertThat(diff.hasDifferences()).as(line.content() + "\n" + diff).isFalse();
    }
}
