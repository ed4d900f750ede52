package org.siglum.ui.editor.internal;

import java.util.function.LongSupplier;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

/**
 * Cuts typing into undo steps a person can follow, as Eclipse's editors do: the document's undo manager joins every
 * character typed in a row into one step (in Thai, written without spaces, a whole paragraph), so a step ends where
 * the person paused (more than {@link #PAUSE_MS}), where a new word begins after a space or a punctuation mark, where
 * typing turns into deleting or back, and where the caret jumped elsewhere. No SWT: it listens to the document.
 */
public final class TypingUndoSteps implements IDocumentListener {

    /** A pause this long ends an undo step. */
    public static final long PAUSE_MS = 1000;
    /** An insertion up to this long counts as typing (a Thai cluster comes as up to three characters from an IME). */
    private static final int TYPED = 4;

    private enum Kind { NONE, INSERT, DELETE }

    private final IDocument document;
    private final LongSupplier clock;
    private long last = Long.MIN_VALUE;
    private Kind kind = Kind.NONE;
    private int end = -1;
    private int previousChar = -1;

    private TypingUndoSteps(IDocument document, LongSupplier clock) {
        this.document = document;
        this.clock = clock;
    }

    /** Starts cutting the typing in a document into steps; {@link #detach()} stops it. */
    public static TypingUndoSteps attach(IDocument document, LongSupplier clock) {
        TypingUndoSteps steps = new TypingUndoSteps(document, clock);
        document.addDocumentListener(steps);
        return steps;
    }

    public void detach() {
        document.removeDocumentListener(this);
    }

    @Override
    public void documentAboutToBeChanged(DocumentEvent event) {
        String text = event.getText() == null ? "" : event.getText();
        long now = clock.getAsLong();
        Kind typed = event.getLength() == 0 && !text.isEmpty() && text.length() <= TYPED ? Kind.INSERT
                : text.isEmpty() && event.getLength() > 0 && event.getLength() <= TYPED ? Kind.DELETE : Kind.NONE;
        boolean contiguous = typed == Kind.INSERT ? event.getOffset() == end
                : typed == Kind.DELETE && (event.getOffset() + event.getLength() == end || event.getOffset() == end);
        boolean newWord = typed == Kind.INSERT && previousChar >= 0 && separator(previousChar)
                && !separator(text.codePointAt(0));
        if (typed == Kind.NONE || typed != kind || !contiguous || now - last > PAUSE_MS || newWord) {
            IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
            if (undo != null) {
                undo.commit();
            }
        }
        kind = typed;
        last = now;
        if (typed == Kind.INSERT) {
            end = event.getOffset() + text.length();
            previousChar = text.codePointBefore(text.length());
        } else if (typed == Kind.DELETE) {
            end = event.getOffset();
            previousChar = -1;
        } else {
            end = -1;
            previousChar = -1;
        }
    }

    @Override
    public void documentChanged(DocumentEvent event) {
        // the step was cut before the change, if at all
    }

    /** White space or punctuation: what stands between words. */
    private static boolean separator(int c) {
        if (Character.isWhitespace(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION;
    }
}
