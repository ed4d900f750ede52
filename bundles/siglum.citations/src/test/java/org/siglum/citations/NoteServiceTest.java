package org.siglum.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.core.EditionDocument;

class NoteServiceTest {
    @TempDir
    Path dir;

    private EditionDocument open(String resource) throws Exception {
        return EditionDocument.read(Fixtures.copy(resource, dir));
    }

    @Test
    void footnotesAreListedInTheOrderOfTheirAnchors() throws Exception {
        List<Footnote> notes = Fixtures.NOTES.footnotes(open("edition.xml"));
        assertThat(notes).extracting(Footnote::id).containsExactly("n1", "n2", "n3", "n4", "n5");
        assertThat(notes).extracting(Footnote::anchorId).containsExactly("a1", "a2", "a3", "a4", "a5");
        assertThat(notes.get(0).text()).isEqualTo("ดู");
    }

    @Test
    void aNotesTextLeavesOutThePrintedNumberAnOcrImportKeepsAsPageFurniture() {
        EditionDocument doc = EditionDocument.ofText("""
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body>
                <p>ข้อความ<anchor xml:id="a1"/></p>
                <note place="foot" xml:id="n1" n="1" target="#a1"><fw type="noteNum" source="#OCR">1</fw> หมายเหตุ
                  <hi>ท้าย</hi>หน้า</note>
                </body></text></TEI>""", "ocr-book.xml");
        List<Footnote> notes = Fixtures.NOTES.footnotes(doc);
        assertThat(notes).extracting(Footnote::text).containsExactly("หมายเหตุ ท้ายหน้า");
    }

    @Test
    void checkReportsTheDuplicateNumberTheGapAndEveryBrokenAnchor() throws Exception {
        List<NoteFinding> findings = Fixtures.NOTES.check(open("broken-notes.xml"));
        assertThat(findings).extracting(f -> f.line() + " " + f.kind() + ": " + f.message()).containsExactly(
                "15 DUPLICATE_NUMBER: note number 26 (n26b) is given twice; it should be 27",
                "17 ANCHOR_WITHOUT_NOTE: anchor lonely has no note",
                "18 NOTE_WITHOUT_ANCHOR: note n29 points to #nowhere, which does not exist");
    }

    @Test
    void checkReportsGapsAndOrder() throws Exception {
        EditionDocument doc = open("edition.xml");
        String t = doc.text().replace("n=\"2\"", "n=\"4\"").replace("n=\"4\" xml:id=\"n4\"", "n=\"2\" xml:id=\"n4\"");
        EditionDocument changed = EditionDocument.ofText(t, "gaps.xml");
        assertThat(Fixtures.NOTES.check(changed)).extracting(NoteFinding::kind, NoteFinding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NoteFinding.Kind.GAP,
                        "note number 4 (n2) skips numbers 2-3; it should be 2"),
                org.assertj.core.groups.Tuple.tuple(NoteFinding.Kind.ORDER,
                        "note number 2 (n4) comes after 4; it should be 4"));
    }

    @Test
    void renumberChangesOnlyTheNumbersThatAreWrong() throws Exception {
        EditionDocument doc = open("broken-notes.xml");
        String before = doc.text();
        int changed = Fixtures.NOTES.renumber(doc);
        assertThat(changed).isEqualTo(1);
        String after = doc.text();
        int at = before.indexOf("n=\"26\" xml:id=\"n26b\"") + 3;
        assertThat(after).isEqualTo(before.substring(0, at) + "27" + before.substring(at + 2));
        assertThat(Fixtures.NOTES.check(doc)).extracting(NoteFinding::kind).containsExactly(
                NoteFinding.Kind.ANCHOR_WITHOUT_NOTE, NoteFinding.Kind.NOTE_WITHOUT_ANCHOR);
        doc.undo();
        assertThat(doc.text()).isEqualTo(before);
    }

    @Test
    void applyingEveryFixLeavesNothingToReport() throws Exception {
        EditionDocument doc = open("broken-notes.xml");
        List<org.siglum.core.TextReplacement> all = new java.util.ArrayList<>();
        Fixtures.NOTES.check(doc).forEach(f -> all.addAll(f.fix()));
        doc.apply("fix notes", all);
        assertThat(Fixtures.NOTES.check(doc)).isEmpty();
        assertThat(doc.text()).doesNotContain("lonely").contains("<note place=\"foot\" n=\"29\" xml:id=\"n29\">");
    }

    @Test
    void addingANoteAnchorsItNumbersItAndRenumbersTheRest() throws Exception {
        EditionDocument doc = open("edition.xml");
        int at = doc.text().indexOf("สตาลินเขียนว่า") + "สตาลิน".length();
        String id = Fixtures.NOTES.add(doc, at, "ใหม่ &amp; สั้น");
        List<Footnote> notes = Fixtures.NOTES.footnotes(doc);
        assertThat(notes).extracting(Footnote::id).containsExactly("n1", id, "n2", "n3", "n4", "n5");
        assertThat(notes).extracting(Footnote::number).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(doc.text()).contains("สตาลิน<anchor xml:id=\"a6\" type=\"note\"/>เขียนว่า");
        assertThat(Fixtures.NOTES.check(doc)).isEmpty();
        doc.undo();
        assertThat(doc.text()).isEqualTo(Fixtures.text("edition.xml"));
    }

    @Test
    void deletingANoteRemovesItsAnchorAndRenumbers() throws Exception {
        EditionDocument doc = open("edition.xml");
        Fixtures.NOTES.delete(doc, "n2");
        assertThat(doc.text()).doesNotContain("a2").doesNotContain("xml:id=\"n2\"");
        assertThat(Fixtures.NOTES.footnotes(doc)).extracting(Footnote::number).containsExactly("1", "2", "3", "4");
        assertThat(Fixtures.NOTES.check(doc)).isEmpty();
    }

    @Test
    void movingAnAnchorPastAnotherSwapsTheirNumbers() throws Exception {
        EditionDocument doc = open("edition.xml");
        int at = doc.text().indexOf("ลัทธิเลนิน") + "ลัทธิเลนิน".length();
        Fixtures.NOTES.move(doc, "n1", at);
        assertThat(Fixtures.NOTES.footnotes(doc)).extracting(Footnote::id, Footnote::number).startsWith(
                org.assertj.core.groups.Tuple.tuple("n2", "1"), org.assertj.core.groups.Tuple.tuple("n1", "2"));
        assertThat(Fixtures.NOTES.check(doc)).isEmpty();
        doc.undo();
        assertThat(doc.text()).isEqualTo(Fixtures.text("edition.xml"));
    }

    @Test
    void editingANoteReplacesOnlyItsContent() throws Exception {
        EditionDocument doc = open("edition.xml");
        Fixtures.NOTES.edit(doc, "n3", "ดู <hi rend=\"italic\">ABC</hi>");
        assertThat(doc.text()).isEqualTo(Fixtures.text("edition.xml").replace(
                "xml:id=\"n3\" target=\"#a3\">ดู</note>", "xml:id=\"n3\" target=\"#a3\">ดู <hi rend=\"italic\">ABC</hi></note>"));
        assertThatThrownBy(() -> Fixtures.NOTES.edit(doc, "n3", "<unclosed>"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void citingAnEntryFromANoteAddsAPointerAndEveryStyleFormatsIt() throws Exception {
        Path file = Fixtures.copy("edition.xml", dir);
        EditionDocument doc = EditionDocument.read(file);
        Fixtures.BIB.importEntries(doc, Fixtures.BIB.parseBibTeX(Fixtures.text("sources.bib"), "sources.bib"));
        Fixtures.NOTES.cite(doc, "n1", "stalin1953", "page", "12");
        Fixtures.NOTES.cite(doc, "n2", "stalin1953", "page", "14");
        Fixtures.NOTES.cite(doc, "n3", "kasetsiri2516", "page", "3");
        assertThat(doc.text()).contains("target=\"#a1\">ดู <bibl><ptr target=\"#stalin1953\"/>"
                + "<citedRange unit=\"page\">12</citedRange></bibl></note>");
        assertThatThrownBy(() -> Fixtures.NOTES.cite(doc, "n4", "nobody", "page", "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
        FormattedEdition f = Fixtures.FORMATTER.format(doc, "chicago-notes-bibliography", "en-US", OutputFormat.TEXT);
        assertThat(f.notes()).extracting(FormattedEdition.FormattedNote::citation).containsExactly(
                "J. V. Stalin, Foundations of Leninism (Foreign Languages Publishing House, 1953), 12.",
                "Stalin, Foundations of Leninism, 14.",
                "ชาญวิทย์ เกษตรศิริ, การปฏิวัติรัสเซีย (มูลนิธิโครงการตำราฯ, พ.ศ. 2516), 3.");
        assertThat(f.bibliography()).hasSize(5);
        doc.save();
        assertThat(TeiValidity.problems(file)).isEmpty();
        // a changed entry changes every citation of it
        doc.replace(doc.text().indexOf("Foundations of Leninism"), "Foundations of Leninism".length(),
                "The Foundations of Leninism");
        assertThat(Fixtures.FORMATTER.format(doc, "chicago-notes-bibliography", "en-US", OutputFormat.TEXT).notes())
                .extracting(FormattedEdition.FormattedNote::citation)
                .startsWith("J. V. Stalin, The Foundations of Leninism (Foreign Languages Publishing House, 1953), 12.",
                        "Stalin, The Foundations of Leninism, 14.");
    }
}
