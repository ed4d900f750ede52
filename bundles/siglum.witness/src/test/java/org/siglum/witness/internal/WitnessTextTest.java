package org.siglum.witness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.siglum.core.XmlTree;
import org.siglum.witness.WitnessText;

class WitnessTextTest {
    private final WitnessText witnesses = new TeiWitnessText();

    private static XmlTree edition(String body) {
        return XmlTree.parse("""
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><sourceDesc><listWit>
                <witness xml:id="OCR">o</witness><witness xml:id="ED">e</witness><witness xml:id="B">b</witness>
                </listWit></sourceDesc></fileDesc></teiHeader><text><body><p>""" + body + "</p></body></text></TEI>");
    }

    private String text(String body, String wit) {
        return witnesses.text(edition(body), wit).strip();
    }

    @Test
    void aWitnessReadsItsReadingAndTheLemmaWhereNoReadingNamesIt() {
        String app = "ก<app><lem wit=\"#ED\">ยึด</lem><rdg wit=\"#OCR\">ยืด</rdg></app>ข";
        assertThat(text(app, "OCR")).isEqualTo("กยืดข");
        assertThat(text(app, "ED")).isEqualTo("กยึดข");
        assertThat(text(app, "B")).isEqualTo("กยึดข");
    }

    @Test
    void runningHeadsAndFootnotesPrintedOnAWitnessesPageAreThatWitnessesTextOnly() {
        String page = "<pb edRef=\"#OCR\" n=\"12\"/><fw type=\"header\" source=\"#OCR\">หัว</fw><lb edRef=\"#OCR\"/>"
                + "กข<lb edRef=\"#OCR\"/><note place=\"foot\" n=\"1\" source=\"#OCR\">1 หมายเหตุ</note>";
        assertThat(text(page, "OCR").replaceAll("\\s+", " ").strip()).isEqualTo("หัว กข 1 หมายเหตุ");
        assertThat(text(page, "ED").strip()).isEqualTo("กข");
        // an editor's note, or forme work that names no witness, no witness reads
        assertThat(text("ก<note>ดู</note><fw>12</fw>ข", "OCR")).isEqualTo("กข");
    }

    @Test
    void aReadingInsideAReadingGroupCounts() {
        assertThat(text("<app><lem>a</lem><rdgGrp><rdg wit=\"#B #OCR\">b</rdg></rdgGrp></app>", "B")).isEqualTo("b");
    }

    @Test
    void aReadingWithoutWitTakesItsReadingGroups() {
        String app = "<app><lem wit=\"#ED\">a</lem><rdgGrp wit=\"#B\"><rdg>b</rdg></rdgGrp></app>";
        assertThat(text(app, "B")).isEqualTo("b");
        assertThat(text(app, "OCR")).isEqualTo("a");
    }

    @Test
    void notesAndTheHeaderBelongToNoWitness() {
        assertThat(text("ก<note n=\"1\">หมายเหตุ</note>ข", "OCR")).isEqualTo("กข");
        assertThat(witnesses.text(edition(""), "OCR")).doesNotContain("o", "e");
    }

    @Test
    void theIndentationBetweenBlocksIsTheFilesLayoutNotAWitnesssText() {
        XmlTree tree = XmlTree.parse("""
                <TEI xmlns="http://www.tei-c.org/ns/1.0">
                  <teiHeader/>
                  <text>
                    <body>
                      <div>
                        <head>บทที่ 3</head>
                        <p>ก ข</p>
                      </div>
                    </body>
                  </text>
                </TEI>""");
        String text = witnesses.text(tree, "OCR");
        assertThat(text.lines()).noneMatch(line -> !line.isEmpty() && line.isBlank());
        assertThat(text.strip()).isEqualTo("บทที่ 3\n\nก ข");
    }

    @Test
    void theListsTheEditorCompiledBelongToNoWitness() {
        XmlTree tree = XmlTree.parse("""
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><p>ก</p></body><back>
                <listBibl><biblStruct xml:id="s"><monogr><title>Works</title></monogr></biblStruct></listBibl>
                <listPerson><person xml:id="p"><persName>เลนิน</persName></person></listPerson>
                <div><p>ข</p></div></back></text></TEI>""");
        assertThat(witnesses.text(tree, "OCR").replaceAll("\\s+", "")).isEqualTo("กข");
    }

    @Test
    void aBreakIsLayoutForItsOwnWitnessAndJoinsOrSpacesForTheOthers() {
        String body = "<app><lem wit=\"#ED\">x</lem><rdg wit=\"#OCR\">y</rdg></app>เครื่อง<pb edRef=\"#OCR\" break=\"no\"/>มือ "
                + "ขึ้น<pb edRef=\"#OCR\"/>ที่ Art<lb edRef=\"#OCR\"/>Front LEF-<lb edRef=\"#OCR\"/>Left";
        assertThat(witnesses.text(edition(body), "OCR")).contains("เครื่อง\n\nมือ", "ขึ้น\n\nที่", "Art\nFront");
        assertThat(text(body, "ED")).isEqualTo("xเครื่องมือ ขึ้นที่ Art Front LEF-Left");
    }

    @Test
    void aNoteAnchorGivesTheSourcesNumberToASourceAndTheNotesNumberToTheEditedText() {
        String body = "<app><lem wit=\"#ED\">a</lem><rdg wit=\"#OCR\">b</rdg></app>ก<anchor xml:id=\"a1\" type=\"note\" n=\"26\"/>"
                + "<note xml:id=\"n1\" n=\"25\" target=\"#a1\">x</note>";
        assertThat(text(body, "OCR")).isEqualTo("bก²⁶");
        assertThat(text(body, "ED")).isEqualTo("aก²⁵");
    }

    @Test
    void aGapForACharacterXmlCannotHoldGivesItBackToASource() {
        String body = "<app><lem wit=\"#ED\">a</lem><rdg wit=\"#OCR\">b</rdg></app>ก<gap reason=\"control-character\" n=\"U+0007\"/>ข";
        assertThat(text(body, "OCR")).isEqualTo("bก\u0007ข");
        assertThat(text(body, "ED")).isEqualTo("aกข");
    }

    @Test
    void eachCharacterKnowsWhereItCameFrom() {
        XmlTree tree = edition("a&amp;b");
        WitnessText.Extract extract = witnesses.extract(tree, "OCR");
        int amp = extract.text().indexOf('&');
        assertThat(tree.text(extract.start()[amp], extract.end()[amp])).isEqualTo("&amp;");
        assertThat(tree.text(extract.start()[amp + 1], extract.end()[amp + 1])).isEqualTo("b");
        assertThat(witnesses.witnesses(tree)).containsExactly("OCR", "ED", "B");
    }
}
