package org.siglum.ui.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.xml.transform.Source;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.citations.Footnote;
import org.siglum.core.XmlElement;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

/** The Notes view and commands over the sample chapter, with the real note service and real widgets. */
class NotesViewTest {

    @TempDir
    Path dir;

    private Fixture fixture;
    private NotesPart part;

    @BeforeEach
    void open() throws Exception {
        fixture = new Fixture(dir);
        part = fixture.showNotes();
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private List<String> numbers() {
        return part.rows().stream().map(r -> r.note().number()).toList();
    }

    private NoteRow row(String number) {
        return part.rows().stream().filter(r -> number.equals(r.note().number())).findFirst().orElseThrow();
    }

    @Test
    void theViewListsTheChaptersFiveFootnotesInDocumentOrder() {
        Table table = part.viewer().getTable();
        assertThat(table.getItemCount()).isEqualTo(5);
        assertThat(numbers()).containsExactly("25", "26", "27", "28", "29");
        assertThat(table.getItem(0).getText(0)).isEqualTo("25");
        int anchorLine = fixture.edition.locate(fixture.offsetOf("<anchor xml:id=\"a1\"")).line();
        assertThat(table.getItem(0).getText(1)).isEqualTo(String.valueOf(anchorLine));
        assertThat(table.getItem(0).getText(2)).startsWith("N. I. Bukharin on Lenin");
        assertThat(table.getItem(3).getText(3)).isEqualTo("blok1963chukovsky");
    }

    @Test
    void selectingARowSelectsTheNotesAnchorInTheEditor() {
        NoteRow third = row("27");
        part.viewer().setSelection(new StructuredSelection(third), true);
        String selected = fixture.edition.text().substring(fixture.workbench.selection().offset(),
                fixture.workbench.selection().end());
        assertThat(selected).isEqualTo("<anchor xml:id=\"a3\" type=\"note\" n=\"27\"/>");
    }

    @Test
    void enterOnARowJumpsToItsAnchorAgain() {
        NoteRow first = row("25");
        fixture.workbench.select(0, 0);
        part.viewer().getTable().setSelection(0); // the widget alone: no selection event
        assertThat(fixture.workbench.selection().offset()).isZero();
        Event enter = new Event();
        enter.item = part.viewer().getTable().getItem(0);
        part.viewer().getTable().notifyListeners(SWT.DefaultSelection, enter);
        fixture.workbench.flush();
        assertThat(fixture.workbench.selection().offset()).isEqualTo(first.anchorStart());
    }

    @Test
    void theCaretInANoteOrOnItsAnchorSelectsItsRow() {
        fixture.workbench.select(fixture.offsetOf("Mother Russia has devoured me"), 0);
        assertThat(part.viewer().getStructuredSelection().getFirstElement()).isEqualTo(row("28"));
        fixture.workbench.select(fixture.offsetOf("<anchor xml:id=\"a5\"") + 3, 0);
        assertThat(part.viewer().getStructuredSelection().getFirstElement()).isEqualTo(row("29"));
        fixture.workbench.select(0, 0);
        assertThat(part.viewer().getStructuredSelection().isEmpty()).isTrue();
    }

    @Test
    void addingANoteAtTheCaretInsertsOnlyItsAnchorAndItsNoteAsOneUndoableEdit() throws Exception {
        String before = fixture.edition.text();
        String words = "เพราะเป็นเครื่องมือสื่อสารในยุคของวัฒนธรรมมวลชน";
        int caret = fixture.offsetOf(words) + words.length();
        fixture.workbench.select(caret, 0);
        fixture.dialogs.texts.add("On cinema & <propaganda>: ภาพยนตร์");
        assertThat(fixture.workbench.execute(NoteCommands.ADD)).isTrue();
        assertThat(fixture.workbench.errors()).isEmpty();

        String after = fixture.edition.text();
        assertThat(numbers()).containsExactly("25", "26", "27", "28", "29", "30");
        Footnote added = row("30").note();
        assertThat(added.text()).isEqualTo("On cinema & <propaganda>: ภาพยนตร์");
        // outside the new anchor and note, not a character changed
        XmlElement anchor = element(added.anchorOffset());
        XmlElement note = element(added.noteOffset());
        assertThat(anchor.start()).isEqualTo(caret);
        String without = after.substring(0, anchor.start()) + after.substring(anchor.end(), note.start())
                + after.substring(note.end());
        assertThat(without).isEqualTo(before);

        JAXPXPathEngine xpath = new JAXPXPathEngine();
        xpath.setNamespaceContext(Map.of("t", "http://www.tei-c.org/ns/1.0"));
        Source parsed = Input.fromString(after).build();
        assertThat(xpath.evaluate("count(//t:note[@place='foot'])", parsed)).isEqualTo("6");
        parsed = Input.fromString(after).build();
        assertThat(xpath.evaluate("//t:note[@n='30']", parsed)).isEqualTo("On cinema & <propaganda>: ภาพยนตร์");
        parsed = Input.fromString(after).build();
        assertThat(xpath.evaluate("substring-after(//t:note[@n='30']/@target, '#')", parsed))
                .isEqualTo(anchor.xmlId().orElseThrow());
        assertThat(fixture.workbench.selection().offset()).isEqualTo(anchor.start());

        fixture.edition.undo();
        assertThat(fixture.edition.text()).isEqualTo(before);
        assertThat(numbers()).containsExactly("25", "26", "27", "28", "29");
    }

    private XmlElement element(int start) {
        return fixture.edition.tree().elementList().stream().filter(e -> e.start() == start).findFirst().orElseThrow();
    }

    @Test
    void addingANoteBeforeOthersRenumbersThoseAfterIt() {
        fixture.workbench.select(fixture.offsetOf("<anchor xml:id=\"a4\""), 0);
        fixture.dialogs.texts.add("A new note");
        fixture.workbench.execute(NoteCommands.ADD);
        assertThat(numbers()).containsExactly("25", "26", "27", "28", "29", "30");
        assertThat(row("28").note().text()).isEqualTo("A new note");
        assertThat(row("29").note().id()).isEqualTo("n4");
    }

    @Test
    void cancellingTheDialogAddsNothing() {
        String before = fixture.edition.text();
        fixture.workbench.execute(NoteCommands.ADD);
        assertThat(fixture.dialogs.prompts).hasSize(1);
        assertThat(fixture.edition.text()).isEqualTo(before);
    }

    @Test
    void renumberingPutsTheNumbersBackInSequenceAndTellsHowManyChanged() {
        int n = fixture.offsetOf("<note xml:id=\"n3\" place=\"foot\" n=\"27\"") + "<note xml:id=\"n3\" place=\"foot\" n=\"".length();
        fixture.edition.replace(n, 2, "31");
        assertThat(numbers()).containsExactly("25", "26", "31", "28", "29");
        fixture.workbench.execute(NoteCommands.RENUMBER);
        assertThat(numbers()).containsExactly("25", "26", "27", "28", "29");
        assertThat(fixture.workbench.messages()).last().isEqualTo("Renumbered the notes: 1 number changed");
        fixture.workbench.execute(NoteCommands.RENUMBER);
        assertThat(fixture.workbench.messages()).last()
                .isEqualTo("The notes are numbered in sequence: nothing changed");
    }

    @Test
    void checkingShowsEachFindingWithItsLineAndColumn() {
        String noteStart = "<note xml:id=\"n3\" place=\"foot\" n=\"";
        int n = fixture.offsetOf(noteStart + "27\"") + noteStart.length();
        fixture.edition.replace(n, 2, "31");
        fixture.workbench.execute(NoteCommands.CHECK);
        assertThat(fixture.dialogs.reports).hasSize(1);
        var location = fixture.edition.locate(n - noteStart.length());
        assertThat(fixture.dialogs.reports.get(0)).startsWith("Check notes\n")
                .containsPattern("chapter-3\\.xml:\\d+:\\d+: [a-z-]+: ")
                .contains("(Renumber notes fixes it)");
        assertThat(fixture.dialogs.reports.get(0)).contains(":" + location.line() + ":");
        assertThat(fixture.workbench.messages()).last().asString().startsWith("Notes: ");
    }

    @Test
    void editingANoteReplacesItsContent() {
        fixture.workbench.select(fixture.offsetOf("Mother Russia has devoured me"), 0);
        fixture.dialogs.texts.add("Blok to Chukovsky, 26 May 1921. <bibl><ptr target=\"#blok1963chukovsky\"/></bibl>");
        fixture.workbench.execute(NoteCommands.EDIT);
        assertThat(fixture.dialogs.prompts.get(0)).contains("Edit note 28")
                .contains("<bibl><ptr target=\"#blok1963chukovsky\"/></bibl>");
        assertThat(row("28").note().text()).startsWith("Blok to Chukovsky, 26 May 1921.");
        assertThat(row("28").note().citations()).hasSize(1);
    }

    @Test
    void deletingTheNoteAtTheCaretRemovesItAndItsAnchorAndRenumbers() {
        part.viewer().setSelection(new StructuredSelection(row("27")), true);
        fixture.workbench.execute(NoteCommands.DELETE);
        assertThat(numbers()).containsExactly("25", "26", "27", "28");
        assertThat(fixture.edition.text()).doesNotContain("xml:id=\"a3\"").doesNotContain("xml:id=\"n3\"");
        fixture.edition.undo();
        assertThat(fixture.edition.text()).isEqualTo(fixture.sample);
    }

    @Test
    void commandsOnANoteRefuseClearlyWhenTheCaretIsInNone() {
        fixture.workbench.select(0, 0);
        fixture.workbench.execute(NoteCommands.DELETE);
        assertThat(fixture.workbench.errors()).singleElement().asString()
                .startsWith("Delete note: The caret is not in a note");
        assertThat(fixture.edition.text()).isEqualTo(fixture.sample);
    }

    @Test
    void theCommandsAreDisabledWithoutAnEdition() {
        fixture.workbench.open(null);
        assertThat(part.viewer().getTable().getItemCount()).isZero();
        assertThat(fixture.workbench.execute(NoteCommands.RENUMBER)).isFalse();
    }
}
