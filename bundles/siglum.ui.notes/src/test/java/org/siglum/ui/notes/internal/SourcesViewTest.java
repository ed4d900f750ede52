package org.siglum.ui.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.citations.BibEntry;
import org.siglum.citations.NoteCitation;
import org.siglum.citations.OutputFormat;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

/** The Sources view, its preview and commands over the sample chapter, with the real citation services. */
class SourcesViewTest {

    @TempDir
    Path dir;

    private Fixture fixture;
    private SourcesPart part;

    @BeforeEach
    void open() throws Exception {
        fixture = new Fixture(dir);
        part = fixture.showSources();
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private List<String> ids() {
        return part.entries().stream().map(BibEntry::id).toList();
    }

    private BibEntry entry(String id) {
        return part.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private void select(String id) {
        part.viewer().setSelection(new StructuredSelection(entry(id)), true);
    }

    @Test
    void theViewListsTheFiveEntriesOfTheBibliography() {
        assertThat(part.viewer().getTable().getItemCount()).isEqualTo(5);
        assertThat(ids()).containsExactly("stalin1953foundations", "stalin1954bukharingroup", "blok1963chukovsky",
                "lunacharsky1925cinema", "lenin1966congress");
        var first = part.viewer().getTable().getItem(0);
        assertThat(first.getText(0)).isEqualTo("stalin1953foundations");
        assertThat(first.getText(1)).isEqualTo("J. V. Stalin");
        assertThat(first.getText(2)).isEqualTo("1953");
        assertThat(first.getText(3)).startsWith("The Foundations of Leninism");
    }

    @Test
    void importingABibTeXFileAddsItsWorksAndReportsTheMerge() throws Exception {
        Path bib = Files.writeString(dir.resolve("more.bib"), """
                @book{cohen1973,
                  author    = {Cohen, Stephen F.},
                  title     = {Bukharin and the Bolshevik Revolution},
                  publisher = {Knopf},
                  address   = {New York},
                  year      = {1973}
                }

                @book{kasetsiri2516,
                  author    = {{ชาญวิทย์ เกษตรศิริ}},
                  title     = {ประวัติศาสตร์รัสเซีย},
                  publisher = {สำนักพิมพ์ไทยวัฒนาพานิช},
                  year      = {พ.ศ. 2516}
                }
                """);
        fixture.dialogs.file = bib;
        fixture.workbench.execute(SourceCommands.IMPORT);
        assertThat(fixture.workbench.errors()).isEmpty();
        assertThat(ids()).hasSize(7).endsWith("cohen1973", "kasetsiri2516");
        assertThat(fixture.dialogs.reports).singleElement().asString()
                .contains("more.bib: 2 works, 2 added, 0 merged").contains("added kasetsiri2516: ประวัติศาสตร์รัสเซีย");
        assertThat(part.viewer().getTable().getItem(6).getText(1)).isEqualTo("ชาญวิทย์ เกษตรศิริ");

        fixture.workbench.execute(SourceCommands.IMPORT);
        assertThat(ids()).hasSize(7);
        assertThat(fixture.dialogs.reports.get(1)).contains("0 added, 2 merged")
                .contains("merged cohen1973 into cohen1973 (same title, first author and year)");
    }

    @Test
    void aMalformedBibTeXFileIsReportedWithItsLineAndColumnAndChangesNothing() throws Exception {
        Path bib = Files.writeString(dir.resolve("broken.bib"), """
                @book{broken,
                  author = {Somebody},
                  title = {Unclosed
                  year = 1999
                """);
        fixture.dialogs.file = bib;
        fixture.workbench.execute(SourceCommands.IMPORT);
        assertThat(fixture.workbench.errors()).singleElement().asString()
                .isEqualTo("Import failed: " + bib + ":3:11: this brace is never closed (the file ends inside it)"
                        + " Nothing was imported.");
        assertThat(fixture.edition.text()).isEqualTo(fixture.sample);
        assertThat(fixture.edition.canUndo()).isFalse();
        assertThat(ids()).hasSize(5);
    }

    @Test
    void aCslJsonFileImportsTooAndAMalformedOneSaysWhere() throws Exception {
        Path json = Files.writeString(dir.resolve("zotero.json"), """
                [{"id": "trotsky1937", "type": "book", "title": "The Revolution Betrayed",
                  "author": [{"family": "Trotsky", "given": "Leon"}], "issued": {"date-parts": [[1937]]},
                  "publisher": "Doubleday"}]
                """);
        fixture.dialogs.file = json;
        fixture.workbench.execute(SourceCommands.IMPORT);
        assertThat(ids()).hasSize(6).endsWith("trotsky1937");
        assertThat(part.viewer().getTable().getItem(5).getText(1)).isEqualTo("Leon Trotsky");

        String before = fixture.edition.text();
        fixture.dialogs.file = Files.writeString(dir.resolve("cut.json"), "[{\"id\": \"a\"");
        fixture.workbench.execute(SourceCommands.IMPORT);
        assertThat(fixture.workbench.errors()).singleElement().asString()
                .matches("Import failed: .*cut\\.json:1:\\d+: .* Nothing was imported\\.");
        assertThat(fixture.edition.text()).isEqualTo(before);
    }

    @Test
    void thePreviewShowsTheSelectedEntrysChicagoNoteAndBibliographyEntry() {
        select("stalin1953foundations");
        BibEntry stalin = entry("stalin1953foundations");
        String expected = Fixture.FORMATTER.formatNotes(List.of(stalin),
                List.of(List.of(new NoteCitation(stalin.id(), null, null, 0))), "chicago-notes-bibliography", "en-US",
                OutputFormat.TEXT).get(0);
        assertThat(part.notePreview().getText()).isEqualTo(expected)
                .isEqualTo("J. V. Stalin, “The Foundations of Leninism,” in Works, vol. 6 (Foreign Languages"
                        + " Publishing House, 1953).");
        assertThat(part.bibliographyPreview().getText()).isEqualTo(Fixture.FORMATTER.formatBibliography(
                List.of(stalin), "chicago-notes-bibliography", "en-US", OutputFormat.TEXT).get(0));
        assertThat(part.style().getCombo().getText()).isEqualTo("Chicago notes and bibliography");
        assertThat(part.style().getCombo().getItems()).contains("APA", "MLA");
        assertThat(part.locale().getCombo().getItems()).containsExactly("en-US", "en-GB", "th-TH");
    }

    @Test
    void choosingAnotherStyleFormatsThePreviewInIt() {
        select("blok1963chukovsky");
        part.style().setSelection(new StructuredSelection("apa"), true);
        BibEntry blok = entry("blok1963chukovsky");
        assertThat(part.bibliographyPreview().getText()).isEqualTo(Fixture.FORMATTER.formatBibliography(
                List.of(blok), "apa", "en-US", OutputFormat.TEXT).get(0));
        assertThat(part.notePreview().getText()).isEqualTo(Fixture.FORMATTER.formatNotes(List.of(blok),
                List.of(List.of(new NoteCitation(blok.id(), null, null, 0))), "apa", "en-US", OutputFormat.TEXT)
                .get(0));
    }

    @Test
    void citingTheSelectedEntryInTheNoteAtTheCaretAddsAPtrWithThePages() throws Exception {
        select("lenin1966congress");
        fixture.workbench.select(fixture.offsetOf("N. I. Bukharin on Lenin") + 5, 0);
        fixture.dialogs.texts.add("45-46");
        fixture.workbench.execute(SourceCommands.CITE);
        assertThat(fixture.workbench.errors()).isEmpty();
        assertThat(fixture.dialogs.prompts).singleElement().asString().startsWith("Cite in note 25 |");
        JAXPXPathEngine xpath = new JAXPXPathEngine();
        xpath.setNamespaceContext(Map.of("t", "http://www.tei-c.org/ns/1.0"));
        String text = fixture.edition.text();
        assertThat(xpath.evaluate("count(//t:note[@xml:id='n1']//t:bibl/t:ptr[@target='#lenin1966congress'])",
                Input.fromString(text).build())).isEqualTo("1");
        assertThat(xpath.evaluate("//t:note[@xml:id='n1']//t:bibl[t:ptr[@target='#lenin1966congress']]"
                + "/t:citedRange[@unit='page']", Input.fromString(text).build())).isEqualTo("45-46");
        fixture.edition.undo();
        assertThat(fixture.edition.text()).isEqualTo(fixture.sample);
    }

    @Test
    void citingRefusesClearlyWhenTheCaretIsInNoNote() {
        select("lenin1966congress");
        fixture.workbench.select(0, 0);
        fixture.workbench.execute(SourceCommands.CITE);
        assertThat(fixture.workbench.errors()).singleElement().asString()
                .startsWith("Cite in note: The caret is not in a note");
        assertThat(fixture.dialogs.prompts).isEmpty();
        assertThat(fixture.edition.text()).isEqualTo(fixture.sample);
    }

    @Test
    void editingAnEntrySavesItThroughTheBibliographyService() {
        select("lenin1966congress");
        fixture.dialogs.entryEdit = e -> new EntryFields("chapter", "Lenin, V. I.", "Report to the Tenth Congress",
                "1965", "Progress Publishers", "Moscow", "Collected Works", "165-183").applyTo(e);
        fixture.workbench.execute(SourceCommands.EDIT_ENTRY);
        assertThat(fixture.workbench.errors()).isEmpty();
        BibEntry lenin = entry("lenin1966congress");
        assertThat(lenin.title()).isEqualTo("Report to the Tenth Congress");
        assertThat(lenin.issued().year()).isEqualTo(1965);
        assertThat(lenin.pages()).isEqualTo("165-183");
        assertThat(part.viewer().getTable().getItem(4).getText(2)).isEqualTo("1965");
        assertThat(part.notePreview().getText()).contains("Report to the Tenth Congress");
        fixture.edition.undo();
        assertThat(fixture.edition.text()).isEqualTo(fixture.sample);
    }
}
