package org.siglum.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.core.EditionDocument;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

class BibliographyServiceTest {
    @TempDir
    Path dir;

    private ImportReport importFile(EditionDocument doc, String resource) throws BibliographyException {
        String text = Fixtures.text(resource);
        List<BibEntry> records = resource.endsWith(".json") ? Fixtures.BIB.parseCslJson(text, resource)
                : Fixtures.BIB.parseBibTeX(text, resource);
        return Fixtures.BIB.importEntries(doc, records);
    }

    @Test
    void importingOverlappingBibTeXAndCslJsonGivesOneEntryPerWork() throws Exception {
        Path file = Fixtures.copy("edition.xml", dir);
        EditionDocument doc = EditionDocument.read(file);
        ImportReport first = importFile(doc, "sources.bib");
        assertThat(first.added()).extracting(BibEntry::id).containsExactly("stalin1953", "cohen1970", "lewin1974",
                "bukharin1966", "kasetsiri2516");
        ImportReport second = importFile(doc, "sources.json");
        assertThat(second.added()).extracting(BibEntry::id).containsExactly("lenin1932");
        assertThat(second.merged()).containsExactly(
                new ImportReport.Merge("cohen-bukharin", "cohen1970", "same DOI"),
                new ImportReport.Merge("stalin-foundations", "stalin1953", "same title, first author and year"));
        assertThat(Fixtures.BIB.entries(doc)).hasSize(6);
        doc.save();
        assertThat(TeiValidity.problems(file)).isEmpty();
    }

    @Test
    void theImportAddsOnlyTheBackMatterAndLeavesEveryOtherByteAlone() throws Exception {
        Path file = Fixtures.copy("edition.xml", dir);
        String before = Files.readString(file);
        EditionDocument doc = EditionDocument.read(file);
        importFile(doc, "sources.bib");
        String after = doc.text();
        int bodyEnd = before.indexOf("</body>") + "</body>".length();
        assertThat(after).startsWith(before.substring(0, bodyEnd));
        assertThat(after).endsWith(before.substring(bodyEnd));
        assertThat(after.substring(bodyEnd, after.length() - (before.length() - bodyEnd)))
                .startsWith("\n    <back>\n      <listBibl>\n        <biblStruct xml:id=\"stalin1953\" type=\"book\">");
    }

    @Test
    void aThaiBookIsStoredWithItsAuthorWholeAndItsBuddhistEraYear() throws Exception {
        EditionDocument doc = EditionDocument.read(Fixtures.copy("edition.xml", dir));
        importFile(doc, "sources.bib");
        assertThat(doc.text()).contains("<author>ชาญวิทย์ เกษตรศิริ</author>")
                .contains("<date when=\"1973\">พ.ศ. 2516</date>")
                .contains("<author><forename>J. V.</forename> <surname>Stalin</surname></author>")
                .contains("<editor role=\"translator\"><forename>Martin</forename> <surname>Lawrence</surname></editor>");
        BibEntry thai = Fixtures.BIB.entries(doc).stream().filter(e -> e.id().equals("kasetsiri2516")).findFirst()
                .orElseThrow();
        assertThat(thai.authors()).containsExactly(BibName.literal("ชาญวิทย์ เกษตรศิริ"));
        assertThat(thai.issued()).isEqualTo(new BibDate(1973, "พ.ศ. 2516"));
        assertThat(thai.language()).isEqualTo("th");
    }

    @Test
    void exportingAndImportingAgainChangesNothing() throws Exception {
        EditionDocument doc = EditionDocument.read(Fixtures.copy("edition.xml", dir));
        importFile(doc, "sources.bib");
        importFile(doc, "sources.json");
        String text = doc.text();
        List<BibEntry> entries = Fixtures.BIB.entries(doc);
        for (String format : List.of("bibtex", "csl-json")) {
            String exported = format.equals("bibtex") ? Fixtures.BIB.exportBibTeX(doc) : Fixtures.BIB.exportCslJson(doc);
            List<BibEntry> back = format.equals("bibtex") ? Fixtures.BIB.parseBibTeX(exported, "x.bib")
                    : Fixtures.BIB.parseCslJson(exported, "x.json");
            assertThat(back).as(format).isEqualTo(entries);
            ImportReport again = Fixtures.BIB.importEntries(doc, back);
            assertThat(again.added()).as(format).isEmpty();
            assertThat(again.merged()).as(format).hasSize(entries.size());
            assertThat(doc.text()).as(format).isEqualTo(text);
        }
    }

    @Test
    void teiWrittenForAnEntryReadsBackTheSame() throws Exception {
        EditionDocument doc = EditionDocument.read(Fixtures.copy("edition.xml", dir));
        importFile(doc, "sources.bib");
        importFile(doc, "sources.json");
        EditionDocument other = EditionDocument.read(Fixtures.copy("edition.xml", dir.resolve("..")));
        Fixtures.BIB.importEntries(other, Fixtures.BIB.entries(doc));
        Diff diff = DiffBuilder.compare(Input.fromString(doc.text())).withTest(Input.fromString(other.text()))
                .checkForIdentical().build();
        assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
    }

    @Test
    void malformedBibTeXIsReportedWithItsLineAndTheEditionIsUntouched() throws Exception {
        assertThatThrownBy(() -> Fixtures.BIB.parseBibTeX(Fixtures.text("malformed.bib"), "malformed.bib"))
                .isInstanceOf(BibliographyException.class)
                .hasMessage("malformed.bib:3:11: this brace is never closed (the file ends inside it)");
        assertThatThrownBy(() -> Fixtures.BIB.parseBibTeX("@book{a,\n  title = {ok},\n  year = 1999 x\n}\n", "x.bib"))
                .hasMessage("x.bib:3:15: BibTeX syntax error at 'x'");
        Path file = Fixtures.copy("edition.xml", dir);
        byte[] before = Files.readAllBytes(file);
        EditionDocument doc = EditionDocument.read(file);
        assertThatThrownBy(() -> importFile(doc, "malformed.bib")).isInstanceOf(BibliographyException.class);
        assertThat(doc.isDirty()).isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void malformedJsonIsReportedWithItsLineAndColumn() {
        assertThatThrownBy(() -> Fixtures.BIB.parseCslJson(Fixtures.text("malformed.json"), "malformed.json"))
                .isInstanceOf(BibliographyException.class)
                .hasMessage("malformed.json:5:5: expected '}' but found '\"'");
        assertThatThrownBy(() -> Fixtures.BIB.parseCslJson("[{\"id\": \"a\"", "cut.json"))
                .hasMessage("cut.json:1:12: unexpected end of the JSON text: expected '}'");
    }

    @Test
    void bibTeXNamesLatexAndBuddhistYearsAreRead() throws Exception {
        List<BibEntry> e = Fixtures.BIB.parseBibTeX("""
                @book{a, author = {Lunacharsky, Anatoly V. and {Progress Publishers} and Blok, Aleksandr},
                  title = {Revolutionary Silhouettes {\\&} Essays}, year = {1967}, publisher={M{\\"u}ller}}
                @book{b, author = {อังคาร กัลยาณพงศ์}, title = {กวีนิพนธ์}, year = {๒๕๒๘}}
                """, "t.bib");
        assertThat(e.get(0).authors()).containsExactly(BibName.of("Anatoly V.", "Lunacharsky"),
                BibName.literal("Progress Publishers"), BibName.of("Aleksandr", "Blok"));
        assertThat(e.get(0).title()).isEqualTo("Revolutionary Silhouettes & Essays");
        assertThat(e.get(0).publisher()).isEqualTo("Müller");
        assertThat(e.get(1).authors()).containsExactly(BibName.literal("อังคาร กัลยาณพงศ์"));
        assertThat(e.get(1).issued()).isEqualTo(new BibDate(1985, "๒๕๒๘"));
    }

    @Test
    void cslJsonThaiNamesAreNeverSplit() throws Exception {
        List<BibEntry> e = Fixtures.BIB.parseCslJson("""
                [{"id": "k", "type": "book", "title": "x",
                  "author": [{"family": "เกษตรศิริ", "given": "ชาญวิทย์"}],
                  "issued": {"literal": "พ.ศ. 2516"}}]""", "t.json");
        assertThat(e.get(0).authors()).containsExactly(BibName.literal("ชาญวิทย์ เกษตรศิริ"));
        assertThat(e.get(0).issued()).isEqualTo(new BibDate(1973, "พ.ศ. 2516"));
    }

    @Test
    void updatingAnEntryRewritesOnlyItsBiblStructAsOneUndoableEdit() throws Exception {
        Path file = Fixtures.copy("edition.xml", dir);
        EditionDocument doc = EditionDocument.read(file);
        importFile(doc, "sources.bib");
        String before = doc.text();
        BibEntry cohen = Fixtures.BIB.entries(doc).stream().filter(e -> e.id().equals("cohen1970")).findFirst()
                .orElseThrow();
        BibEntry edited = new BibEntry(cohen.id(), cohen.type(), cohen.authors(), cohen.editors(),
                cohen.translators(), "Bukharin and the Bolshevik Revolution", cohen.containerTitle(),
                cohen.edition(), cohen.publisher(), "New York", cohen.volume(), cohen.issue(), cohen.pages(),
                BibDate.year(1973), cohen.language(), cohen.doi(), cohen.isbn(), cohen.url(), cohen.note());
        Fixtures.BIB.update(doc, edited);
        assertThat(Fixtures.BIB.entries(doc)).extracting(BibEntry::id).containsExactly("stalin1953", "cohen1970",
                "lewin1974", "bukharin1966", "kasetsiri2516");
        assertThat(Fixtures.BIB.entries(doc).get(1)).isEqualTo(edited);
        int start = before.indexOf("<biblStruct xml:id=\"cohen1970\"");
        int end = before.indexOf("</biblStruct>", start) + "</biblStruct>".length();
        assertThat(doc.text()).startsWith(before.substring(0, start)).endsWith(before.substring(end));
        doc.save();
        assertThat(TeiValidity.problems(file)).isEmpty();
        doc.undo();
        assertThat(doc.text()).isEqualTo(before);
        String unchanged = doc.text();
        Fixtures.BIB.update(doc, Fixtures.BIB.entries(doc).get(1));
        assertThat(doc.text()).isEqualTo(unchanged);
        assertThatThrownBy(() -> Fixtures.BIB.update(doc, edited.withId("nobody")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
    }

    @Test
    void aYearTooLargeForANumberIsKeptAsWrittenNotACrash() throws Exception {
        // found by the long fuzz round (bench/run-fuzz.sh): Integer.valueOf on date-parts overflowed
        List<BibEntry> entries = Fixtures.BIB.parseCslJson(
                "[{\"id\": \"a\", \"title\": \"t\", \"issued\": {\"date-parts\": [[9223372036854775807]]}}]", "big.json");
        assertThat(entries).singleElement().satisfies(e -> assertThat(e.issued().text()).isEqualTo("9223372036854775807"));
    }
}
