package org.siglum.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.junit.jupiter.api.Test;

/** Edits go through the IDocument, undo and redo restore exactly, listeners hear of every change. */
class EditingTest {
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">"
            + "\r\n<p>ประทัดประหาร \uD835\uDD04</p>\r\n</TEI>";

    private static EditionDocument doc() throws Exception {
        return EditionDocument.parse(XML.getBytes(StandardCharsets.UTF_8), "e.xml");
    }

    @Test
    void replaceChangesOnlyTheBytesItTouches() throws Exception {
        EditionDocument doc = doc();
        byte[] before = doc.toBytes();
        int at = XML.indexOf("ประหาร");
        doc.replace(at, "ประหาร".length(), "ประหาญ");
        byte[] after = doc.toBytes();
        int prefix = XML.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        int changed = "ประหาร".getBytes(StandardCharsets.UTF_8).length;
        assertThat(after).hasSameSizeAs(before);
        assertThat(Arrays.copyOfRange(after, 0, prefix)).isEqualTo(Arrays.copyOfRange(before, 0, prefix));
        assertThat(Arrays.copyOfRange(after, prefix + changed, after.length))
                .isEqualTo(Arrays.copyOfRange(before, prefix + changed, before.length));
        assertThat(Arrays.copyOfRange(after, prefix, prefix + changed)).isNotEqualTo(
                Arrays.copyOfRange(before, prefix, prefix + changed));
        assertThat(doc.isDirty()).isTrue();
    }

    @Test
    void undoAndRedoRestoreExactly() throws Exception {
        EditionDocument doc = doc();
        doc.replace(0, 0, "<!-- a -->");
        doc.replace(XML.length() + 10, 0, "\n");
        String twoEdits = doc.text();
        doc.undo();
        assertThat(doc.text()).isEqualTo("<!-- a -->" + XML);
        doc.undo();
        assertThat(doc.text()).isEqualTo(XML);
        assertThat(doc.canUndo()).isFalse();
        assertThat(doc.isDirty()).isFalse();
        doc.redo();
        doc.redo();
        assertThat(doc.text()).isEqualTo(twoEdits);
        assertThat(doc.canRedo()).isFalse();
    }

    @Test
    void aCompoundEditUndoesAsOneAndIsReportedOnce() throws Exception {
        EditionDocument doc = doc();
        List<EditionChange> changes = new ArrayList<>();
        doc.addChangeListener(changes::add);
        int at = XML.indexOf("ประทัด");
        int end = at + "ประทัดประหาร".length();
        doc.apply("record OCR reading", List.of(
                TextReplacement.insert(at, "<app><lem>"),
                TextReplacement.insert(end, "</lem><rdg wit=\"#OCR\">ประทัดประหาร</rdg></app>")));
        assertThat(changes).hasSize(1);
        EditionChange c = changes.get(0);
        assertThat(c.offset()).isEqualTo(at);
        assertThat(c.lengthRemoved()).isEqualTo(end - at);
        assertThat(c.textInserted()).startsWith("<app><lem>ประทัด").endsWith("</rdg></app>");
        assertThat(c.tree().elementsNamed("http://www.tei-c.org/ns/1.0", "rdg")).hasSize(1);
        assertThat(c.tree().isWellFormed()).isTrue();
        doc.undo();
        assertThat(doc.text()).isEqualTo(XML);
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1).tree().elementsNamed("http://www.tei-c.org/ns/1.0", "app")).isEmpty();
        doc.redo();
        assertThat(doc.tree().elementsNamed("http://www.tei-c.org/ns/1.0", "app")).hasSize(1);
    }

    @Test
    void listenersHearOfEditsMadeDirectlyOnTheDocumentAndTheTreeFollows() throws Exception {
        EditionDocument doc = doc();
        List<EditionChange> changes = new ArrayList<>();
        doc.addChangeListener(changes::add);
        IDocument d = doc.document();
        int at = XML.indexOf("</p>");
        d.replace(at, 0, "<note>n</note>");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).offset()).isEqualTo(at);
        assertThat(changes.get(0).lengthRemoved()).isZero();
        assertThat(changes.get(0).textInserted()).isEqualTo("<note>n</note>");
        assertThat(doc.tree().elementsNamed("http://www.tei-c.org/ns/1.0", "note")).hasSize(1);
        assertThat(doc.tei().counts().notes()).isEqualTo(1);
        assertThat(doc.canUndo()).isTrue();
        doc.undo();
        assertThat(doc.text()).isEqualTo(XML);
        EditionChangeListener l = changes::add;
        doc.removeChangeListener(changes::add); // a different instance: nothing removed
        doc.addChangeListener(l);
        doc.removeChangeListener(l);
        d.replace(0, 0, " ");
        assertThat(changes).hasSize(3);
    }

    @Test
    void anEditThatBreaksTheDocumentGivesProblemsAndATreeStill() throws Exception {
        EditionDocument doc = doc();
        int at = XML.indexOf("</p>");
        doc.replace(at, 4, "");
        assertThat(doc.problems()).filteredOn(Problem::isError).isNotEmpty();
        assertThat(doc.problems().get(0).message()).contains("'p'");
        assertThat(doc.tree().root()).isPresent();
        doc.undo();
        assertThat(doc.problems()).isEmpty();
    }

    @Test
    void badRangesAreRefused() throws Exception {
        EditionDocument doc = doc();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> doc.replace(XML.length(), 1, "x"))
                .isInstanceOf(IndexOutOfBoundsException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> doc.apply("x", List.of(
                new TextReplacement(0, 5, "a"), new TextReplacement(3, 1, "b"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(doc.text()).isEqualTo(XML);
    }

    @Test
    void aCharacterTheEncodingCannotHoldIsRefusedOnSaveWithItsPlace() throws Exception {
        EditionDocument doc = EditionDocument.parse("<?xml version='1.0' encoding='ISO-8859-1'?>\n<r>x</r>"
                .getBytes(StandardCharsets.ISO_8859_1), "l.xml");
        doc.replace(doc.text().indexOf("x</r>"), 1, "ก");
        org.assertj.core.api.Assertions.assertThatThrownBy(doc::toBytes)
                .hasMessageContaining("l.xml:2:4").hasMessageContaining("U+0E01").hasMessageContaining("ISO-8859-1");
    }
}
