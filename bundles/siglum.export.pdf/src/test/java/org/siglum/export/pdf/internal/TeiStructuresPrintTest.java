package org.siglum.export.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.export.Diagnostic;
import org.siglum.export.ExportResult;
import org.siglum.export.ProgressMonitor;

/** Real TEI P5 structures in the print edition, read back with pdftotext. */
class TeiStructuresPrintTest {

    private static final String TEI = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
            <teiHeader><fileDesc><titleStmt><title>Structures</title></titleStmt>
            <sourceDesc><listBibl><bibl xml:id="bibP" n="P">A printed edition</bibl></listBibl>
            <listWit><witness xml:id="A"/></listWit></sourceDesc></fileDesc></teiHeader>
            <text><body>
            <div1><head>Book One</head>
            <div2><head>Chapter Alpha</head>
            <p>Plain paragraph with <hi rend="italic">italicword</hi>, <hi rend="bold">boldword</hi>,
             x<hi rend="sup">supword</hi> and <hi rend="sub">subword</hi>, a <q>quoted phrase</q>,
             <choice><sic>sicword</sic><corr>corrword</corr></choice>, <choice><orig>origword</orig><reg>regword</reg></choice>,
             <choice><abbr>abbrword</abbr><expan>expanword</expan></choice>, a gap <gap reason="illegible"/>,
             <unclear>unclearword</unclear>, <supplied>suppliedword</supplied>, <del>delword</del><add>addword</add>,
             <unknownThing>unknowntext</unknownThing>, <persName><forename>Nancy</forename><surname>Ide</surname></persName>, <ref target="#nowhere">danglingref</ref>,
             <ptr target="#nowhere2"/>, source<pb n="17" edRef="#bibP"/>page and<pb n="4v" ed="MsB"/>leaf,
             split<lb break="no"/>word, line<lb/>break, col<cb/>umn, mile<milestone unit="section"/>stone.
             <app><lem wit="#A">lemmaword</lem><rdg wit="#bibP?citedRange=3">readingone</rdg><rdg wit="45">readingtwo</rdg></app>
             footnoted<note place="foot" n="1">Footnotetext here.</note> endnoted<note place="end">Endnotetext here.</note>
             margin<note place="margin">Marginnotetext here.</note> bare<note>Barenotetext here.</note>
             inline<note place="inline">Inlinenotetext here.</note> anchored<anchor xml:id="a1"/>.</p>
            <ab>Anonymous block text.</ab>
            <p>Proseone before <lg><l>inner verse line</l></lg> prosetwo after.</p>
            <lg><head>Poem heading</head><l>First verse line</l><l>Second verse line</l></lg>
            <list><head>List heading</head><item>first item</item><item>second item</item></list>
            <table><row><cell>cellone</cell><cell>celltwo</cell></row><row><cell>cellthree</cell><cell>cellfour</cell></row></table>
            <quote><p>A block quotation.</p></quote>
            <sp><speaker>Hamlet</speaker><p>To be or not.</p><stage>He exits.</stage></sp>
            <figure><head>Figure heading</head><figDesc>Figure description</figDesc><graphic url="x.png"/></figure>
            </div2></div1>
            </body>
            <back><div><note target="#a1" place="foot" n="2">Backnotetext by target.</note></div></back>
            </text></TEI>
            """;

    private static String printed;
    private static String flat;
    private static ExportResult result;

    @BeforeAll
    static void print(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("structures.xml"), TEI);
        result = PdfExporterTest.exporter(null).export(PdfExporterTest.request(file, dir, Map.of()),
                ProgressMonitor.NONE);
        printed = PdfExporterTest.run("pdftotext", result.files().get(0).toString(), "-");
        flat = printed.replaceAll("\\s+", " ");
    }

    @Test
    void headingsParagraphsBlocksVersesListsTablesSpeechesAndFiguresArePrinted() {
        assertThat(flat).contains("Book One", "Chapter Alpha", "Plain paragraph", "Anonymous block text",
                "Poem heading", "First verse line", "Second verse line", "List heading", "first item",
                "second item", "cellone", "celltwo", "cellthree", "cellfour", "A block quotation", "Hamlet",
                "To be or not", "He exits", "Figure heading", "Figure description",
                // the text of a paragraph around its verse
                "Proseone before", "inner verse line", "prosetwo after");
    }

    @Test
    void versesItemsAndRowsEachBeginALine() {
        assertThat(printed).containsPattern("(?m)First verse line\\s*$");
        assertThat(printed).containsPattern("(?m)^\\s*(\\d+\\s+)?Second verse line");
        assertThat(printed).containsPattern("(?m)^\\s*(\\d+\\s+)?• second item");
        assertThat(printed).containsPattern("(?m)^\\s*(\\d+\\s+)?cellthree\\s+cellfour");
    }

    @Test
    void highlightingEditorialChoicesAndUnknownElementsKeepTheirText() {
        assertThat(flat).contains("italicword", "boldword", "supword", "subword", "“quoted phrase”", "corrword",
                "regword", "expanword", "[…]", "unclearword", "[suppliedword]", "delword", "addword", "unknowntext",
                "danglingref", "nowhere2", "splitword", "col umn", "mile stone", "Nancy Ide");
        // the source's pages in the margin of the line that ends with "line"
        assertThat(flat).containsPattern("line (P 17, MsB 4v )?(\\d+ )?break");
        // a deletion is printed (struck through, as in the web edition): only the source's forms of a choice are not
        assertThat(flat).doesNotContain("sicword", "origword", "abbrword");
    }

    @Test
    void everyNoteIsPrintedFootnotesAtTheFootOthersAsEndnotes() {
        assertThat(flat).contains("Footnotetext here", "Endnotetext here", "Marginnotetext here", "Barenotetext here",
                "Inlinenotetext here", "Backnotetext by target");
        int endnotes = flat.lastIndexOf("Notes");
        assertThat(endnotes).isGreaterThan(flat.indexOf("Figure description"));
        assertThat(flat.indexOf("Endnotetext here")).isGreaterThan(endnotes);
        assertThat(flat.indexOf("Inlinenotetext here")).isGreaterThan(endnotes);
        // the footnotes are on the page of their markers, before the endnotes
        assertThat(flat.indexOf("Footnotetext here")).isLessThan(endnotes);
        assertThat(flat.indexOf("Backnotetext by target")).isLessThan(endnotes);
    }

    @Test
    void pageBreaksAreLabelledBySourceAndNumber() {
        assertThat(flat).contains("P 17", "MsB 4v").doesNotContain("OCR");
    }

    @Test
    void theApparatusSeparatesReadingsAndNamesTheLemmasWitness() {
        assertThat(flat).containsPattern("lemmaword\\] readingone P; readingtwo 45; lem\\. A");
    }

    @Test
    void fopPrintsEveryGlyphAndSeesNoInternalAttribute() {
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .noneMatch(m -> m.contains("glyphNotAvailable") || m.contains("siglum") || m.contains("sg:"));
    }

    @Test
    void aThaiPersonalNameIsNeverBrokenAcrossLines(@TempDir Path dir) throws Exception {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            p.append("นโยบายเศรษฐกิจใหม่ของ<persName>สตาลิน</persName>");
        }
        Path file = Files.writeString(dir.resolve("names.xml"), """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>ชื่อ</title></titleStmt></fileDesc></teiHeader>
                <text><body><p>%s</p></body></text></TEI>
                """.formatted(p));
        ExportResult names = PdfExporterTest.exporter(null).export(PdfExporterTest.request(file, dir, Map.of()),
                ProgressMonitor.NONE);
        String text = PdfExporterTest.run("pdftotext", names.files().get(0).toString(), "-");
        assertThat(text).contains("สตาลิน");
        assertThat(text).doesNotContainPattern("(?m)(สตา|สตาลิ|ส)\\s*$");
        assertThat(text.replaceAll("\\s+", "")).contains("สตาลินนโยบาย");
    }

    @Test
    void aTextOfVerseAndAnonymousBlocksOnlyIsPrinted(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("verse.xml"), """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Verse</title></titleStmt></fileDesc></teiHeader>
                <text><body><lg><l>Only a verse</l></lg><ab>and a block</ab></body></text></TEI>
                """);
        ExportResult verse = PdfExporterTest.exporter(null).export(PdfExporterTest.request(file, dir, Map.of()),
                ProgressMonitor.NONE);
        assertThat(PdfExporterTest.run("pdftotext", verse.files().get(0).toString(), "-")).contains("Only a verse",
                "and a block");
    }
}
