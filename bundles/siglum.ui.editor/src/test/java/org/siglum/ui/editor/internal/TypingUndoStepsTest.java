package org.siglum.ui.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Typing cut into undo steps, on the real document and undo manager of org.eclipse.text (the window's): each step
 * undone in turn gives the text as it was before it, at pauses, new words, a turn from typing to deleting, a jump.
 */
class TypingUndoStepsTest {

    private final Document document = new Document("<p></p>");
    private long now = 1_000_000;
    private IDocumentUndoManager undo;
    private TypingUndoSteps steps;
    private int caret = 3;

    @BeforeEach
    void connect() {
        DocumentUndoManagerRegistry.connect(document);
        undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        undo.connect(this);
        steps = TypingUndoSteps.attach(document, () -> now);
    }

    @AfterEach
    void disconnect() {
        steps.detach();
        undo.disconnect(this);
        DocumentUndoManagerRegistry.disconnect(document);
    }

    private void type(String text, long msEach) throws BadLocationException {
        int i = 0;
        while (i < text.length()) {
            int n = Character.charCount(text.codePointAt(i));
            now += msEach;
            document.replace(caret, 0, text.substring(i, i + n));
            caret += n;
            i += n;
        }
    }

    private void backspace(int count, long msEach) throws BadLocationException {
        for (int i = 0; i < count; i++) {
            now += msEach;
            document.replace(caret - 1, 1, "");
            caret--;
        }
    }

    /** The texts undo goes back through, step by step, until nothing is left to undo. */
    private List<String> undoAll() throws Exception {
        List<String> texts = new ArrayList<>();
        while (undo.undoable()) {
            undo.undo();
            texts.add(document.get());
        }
        return texts;
    }

    @Test
    void thaiTypedWithoutSpacesIsCutWhereThePersonPaused() throws Exception {
        type("เมื่อสงคราม", 120);
        now += 2000; // a pause
        type("กลางเมือง", 120);
        assertThat(undoAll()).containsExactly("<p>เมื่อสงคราม</p>", "<p></p>");
    }

    @Test
    void aNewWordAfterASpaceOrAPunctuationMarkIsANewStep() throws Exception {
        type("New Economic Policy.", 80);
        assertThat(undoAll()).containsExactly("<p>New Economic </p>", "<p>New </p>", "<p></p>");
    }

    @Test
    void deletingAfterTypingAndTypingElsewhereAreStepsOfTheirOwn() throws Exception {
        type("ยึด", 100);
        backspace(2, 100);
        caret = 0; // the caret jumped to the start
        type("ก", 100);
        assertThat(undoAll()).containsExactly("<p>ย</p>", "<p>ยึด</p>", "<p></p>");
    }

    @Test
    void typingAtAnEvenPaceWithoutASpaceIsOneStep() throws Exception {
        type("ประหัตประหาร", 150);
        assertThat(undoAll()).containsExactly("<p></p>");
    }
}
