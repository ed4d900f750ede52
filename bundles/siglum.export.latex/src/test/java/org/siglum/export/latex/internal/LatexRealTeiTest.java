package org.siglum.export.latex.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.apparatus.internal.DocumentApparatus;
import org.siglum.citations.internal.TeiBibliographyService;
import org.siglum.citations.internal.CiteprocCitationFormatter;
import org.siglum.citations.internal.TeiNoteService;
import org.siglum.core.EditionDocument;
import org.siglum.core.testing.TeiText;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.ProgressMonitor;
import org.siglum.export.internal.SaxonXslt;

/**
 * The LaTeX of real TEI: every script printed (compiled, no missing character), the structures of real editions,
 * nothing of the text lost; on fixtures of our own and on the editions of ../shared/corpus.
 */
class LatexRealTeiTest {


    private static final String STRUCTURES = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>s</title></titleStmt>
            <sourceDesc><listWit><witness xml:id="A">A</witness><witness xml:id="B">B</witness></listWit>
            <listBibl><bibl xml:id="ed1" n="Ed">An edition</bibl></listBibl></sourceDesc></fileDesc></teiHeader>
            <text><body>
            <div1><head>Book one</head>
             <div2><head>Part <hi rend="italic">two</hi></head>
              <p xml:id="p1">Plain <hi rend="italic">italic</hi> <hi rend="bold">bold</hi> x<hi rend="sup">2</hi>
               H<hi rend="sub">2</hi>O <q>quoted</q> <choice><sic>teh</sic><corr>the</corr></choice>
               <choice><orig>olde</orig><reg>old</reg></choice> <choice><abbr>Dr</abbr><expan>Doctor</expan></choice>
               <gap reason="illegible"/> <unclear>dim</unclear> <supplied>lost</supplied> <del>gone</del>
               <pb n="12" ed="#ed1"/>after the page <cb n="2"/> <milestone unit="section" n="3"/> specials $ &amp; # _ % ~ ^ \\ { }
               <ref target="#nowhere">a dangling ref</ref> <ptr target="#nowhere"/>
               <note place="end">an endnote</note> <note>a bare note</note> <note place="margin">a margin note</note></p>
              <lg><l>first verse line</l><l>second verse line</l></lg>
              <list><item>one item</item><item n="b">second item</item></list>
              <table><row><cell>cell one</cell><cell>cell two</cell></row></table>
              <quote><p>a block quotation</p></quote>
              <sp><speaker>Speaker</speaker><p>spoken words</p></sp>
              <figure><head>Figure title</head><figDesc>a described figure</figDesc></figure>
              <ab>An ab with an unknown <foo xmlns="urn:x">foreign element</foo> and <seg>a seg</seg>, in book Ⅱ by <persName><forename>Nancy</forename><surname>Ide</surname></persName>.</ab>
              <p>Apparatus: <app><lem wit="#A">lemma</lem><rdg wit="#B">reading</rdg></app>,
               <app><rdg wit="#A">first</rdg><rdg wit="#B">second</rdg></app>,
               <app><lem>outer <app><lem>inner</lem><rdg wit="#B">nested</rdg></app></lem><rdgGrp><rdg wit="#45?citedRange=3">grouped</rdg></rdgGrp></app>,
               <app><lem>kept</lem><rdg wit="#B"><lacunaStart/></rdg><witDetail wit="#B">a detail</witDetail></app>,
               <app><lem>ends</lem><rdg wit="#ed1"><witEnd/></rdg><note>an apparatus note</note></app>,
               <app><lem/><rdg>added</rdg></app>.</p>
             </div2>
            </div1>
            </body><back><div><note target="#p1">a note from the back</note></div></back></text></TEI>
            """;

    private static final String SCRIPTS = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>s</title></titleStmt>
            </fileDesc></teiHeader><text xml:lang="ar"><body><div><head>عنوان (أول)</head>
            <p>هذا نص عربي (بين قوسين) [١٢]؛ فيه English words, Ελληνικά, עברית, ܫܠܡܐ, धर्म, বাংলা, ไทย, 中文 한국어 ♯ ∴ &#xE425;.</p>
            <p>وهذا <note>حاشية مع note</note> آخر.</p></div></body></text></TEI>
            """;

    private final TeiNoteService notes = new TeiNoteService();
    private final LatexExporter exporter = new LatexExporter(new SaxonXslt(), new DocumentApparatus(),
            new CiteprocCitationFormatter(notes, new TeiBibliographyService()));

    @TempDir
    Path dir;

    private Path export(Path edition, Path out) throws Exception {
        ExportResult result = exporter.export(
                new ExportRequest(EditionDocument.read(edition), edition, out, Map.of()), ProgressMonitor.NONE);
        assertThat(result.files()).hasSize(1);
        return result.files().get(0);
    }

    @Test
    void theStructuresOfRealEditionsArePrintedAndCompile() throws Exception {
        Path edition = Files.writeString(dir.resolve("structures.xml"), STRUCTURES, StandardCharsets.UTF_8);
        Path file = export(edition, dir.resolve("structures"));
        String tex = Files.readString(file);
        assertThat(tex).contains("\\eledchapter[Book one]{Book one}", "\\eledsection[Part two]{Part \\textit{two}}",
                "\\textit{italic}", "\\textbf{bold}", "\\textsuperscript{2}", "\\textsubscript{2}", "\\siglumquote{quoted}",
                "\\edtext{the}{\\Afootnote{teh \\textit{sic}}}", "old", "Doctor", "\\siglumgap{}",
                "\\siglumunclear{dim}", "\\siglumsupplied{lost}", "\\siglumdeleted{gone}",
                "\\ledsidenote{Ed~12}", "\\ledsidenote{col.~2}", "\\ledsidenote{section~3}",
                "\\$ \\& \\# \\_ \\% \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\{ \\}",
                "a dangling ref nowhere", "\\footnoteA{an endnote}", "\\footnoteA{a bare note}",
                "\\footnoteA{a margin note}", "\\siglumverse first verse line", "\\siglumitem{b}second item",
                "cell one \\siglumcell  cell two", "a block quotation", "\\textbf{Speaker}", "\\textbf{Figure title}",
                "\\textit{a described figure}", "foreign element", "a seg", "book \\siglumsymbol{Ⅱ}", "Nancy Ide",
                "\\edtext{lemma}{\\Afootnote{reading \\textit{B}}}",
                "\\edtext{first}{\\Afootnote{\\textit{A}; second \\textit{B}}}",
                "\\edtext{outer \\edtext{inner}{\\Afootnote{nested \\textit{B}}}}{\\Afootnote{grouped \\textit{45}}}",
                "\\edtext{kept}{\\Afootnote{\\textit{lac. inc.} \\textit{B}; a detail \\textit{B}}}",
                "\\edtext{ends}{\\Afootnote{\\textit{des.} \\textit{Ed}; an apparatus note}}",
                "\\edtext{}{\\lemma{\\textit{om.}}\\Afootnote{added}}",
                "\\footnoteA{a note from the back}\n\\pend")
                .doesNotContain("teh}", "olde", "Dr ", "#nowhere", "Norasi");
        assertThat(count(tex, "\\\\footnoteA\\{a note from the back")).isOne();
        String log = Tex.compile(file);
        assertThat(Tex.missingCharacters(log)).isEmpty();
    }

    @Test
    void everyScriptPrintsInARightToLeftEditionWithItsFontAndDirection() throws Exception {
        Path edition = Files.writeString(dir.resolve("scripts.xml"), SCRIPTS, StandardCharsets.UTF_8);
        Path file = export(edition, dir.resolve("scripts"));
        String tex = Files.readString(file);
        assertThat(tex).contains("\\setdefaultlanguage{arabic}", "\\newfontfamily\\arabicfont[Script=Arabic]{Noto Naskh Arabic}",
                "\\textenglish{English words}", "\\textgreek{Ελληνικά}", "\\texthebrew{עברית}", "\\textsyriac{ܫܠܡܐ}",
                "\\textsanskrit{धर्म}", "\\textbengali{বাংলা}", "\\textthai{ไทย}", "\\siglumcjk{中文 한국어}",
                "\\siglumsymbol{♯ ∴}", "\\siglumprivate{\uE425}", "\\siglumserif{(}",
                // the editor's brackets open towards the text: XeTeX mirrors no glyph of a right-to-left line
                "\\newcommand\\siglumsupplied[1]{\\siglumsymbol{⟩}#1\\siglumsymbol{⟨}}",
                "\\newcommand\\siglumdeleted[1]{\\siglumsymbol{⟧}#1\\siglumsymbol{⟦}}");
        String log = Tex.compile(file);
        assertThat(Tex.missingCharacters(log)).isEmpty();
    }

    @Test
    void theMainFontIsTheFontOption() throws Exception {
        Path edition = Files.writeString(dir.resolve("font.xml"), STRUCTURES, StandardCharsets.UTF_8);
        ExportResult result = exporter.export(new ExportRequest(EditionDocument.read(edition), edition,
                dir.resolve("font"), Map.of("font", "DejaVu Serif")), ProgressMonitor.NONE);
        assertThat(Files.readString(result.files().get(0))).contains("\\setmainfont{DejaVu Serif}");
    }


    @Test
    void everyCorpusEditionKeepsTheTextOfEveryParagraphAndNote_andCompiles() throws Exception {
        Path corpus = Path.of("../../../shared/corpus").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(corpus), "../shared/corpus is absent: the corpus test is skipped");
        List<Path> editions;
        try (Stream<Path> files = Files.list(corpus)) {
            editions = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        assertThat(editions).isNotEmpty();
        for (Path edition : editions) {
            String name = edition.getFileName().toString();
            Path file = export(edition, dir.resolve(name.replace(".xml", "")));
            String tex = Files.readString(file);
            String[] text = Tex.text(tex);
            String all = text[0] + text[1];
            for (String segment : TeiText.segments(edition, "p")) {
                assertThat(text[0]).as("%s: a paragraph's text", name).contains(segment);
            }
            for (String segment : TeiText.segments(edition, "note")) {
                assertThat(all).as("%s: a note's text", name).contains(segment);
            }
            // every edition, twice as a scholar runs XeLaTeX (about a minute for all of them)
            assertThat(Tex.missingCharacters(Tex.compile(file))).as(name).isEmpty();
        }
    }

    private static int count(String text, String regex) {
        return (int) java.util.regex.Pattern.compile(regex).matcher(text).results().count();
    }
}
