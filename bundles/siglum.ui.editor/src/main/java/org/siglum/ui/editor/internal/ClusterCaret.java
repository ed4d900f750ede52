package org.siglum.ui.editor.internal;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CaretEvent;
import org.eclipse.swt.custom.CaretListener;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.custom.VerifyKeyListener;
import org.eclipse.swt.events.VerifyEvent;
import org.eclipse.swt.graphics.Point;
import org.siglum.thai.find.Clusters;

/**
 * Keeps the caret and the selection's ends of a {@link StyledText} on grapheme cluster boundaries (ICU's, for Thai),
 * whatever put them there: the program (find, the outline, the apparatus view), a click, or the arrow keys, which SWT
 * moves by Pango's clusters, and Pango stops inside "น้ำ" before its SARA AM (docs/decisions/0028).
 * <ul>
 * <li>A caret inside a cluster goes to the cluster's end when it moved forward, else to its start, so that the arrow
 * keys never get stuck.</li>
 * <li>A selection grows to whole clusters: its start to the cluster's start, its end to the cluster's end; except
 * the end the caret is at when a key moved it, which follows the caret's direction (so Shift+Left is never stuck).</li>
 * <li>Delete removes the whole cluster after the caret (SWT removes Pango's cluster, which can leave a lone SARA
 * AM). Backspace is left to SWT: it removes the last character only, the tone mark or vowel last typed, as Thai
 * typists expect.</li>
 * </ul>
 */
public final class ClusterCaret implements CaretListener, VerifyKeyListener {

    /** Far more characters than a cluster has. */
    private static final int REACH = 32;
    private static final java.util.Set<Integer> MOVEMENT_KEYS = java.util.Set.of(SWT.ARROW_LEFT, SWT.ARROW_RIGHT,
            SWT.ARROW_UP, SWT.ARROW_DOWN, SWT.HOME, SWT.END, SWT.PAGE_UP, SWT.PAGE_DOWN);

    private final StyledText text;
    private int lastCaret;
    private boolean snapping;
    /** Whether the caret is being moved by a key (set before SWT acts on it). */
    private boolean byKey;

    private ClusterCaret(StyledText text) {
        this.text = text;
        this.lastCaret = text.getCaretOffset();
    }

    /** Installs the snapping on the widget, until it is disposed: caret moves and the Delete key. */
    public static ClusterCaret install(StyledText text) {
        ClusterCaret caret = new ClusterCaret(text);
        text.addCaretListener(caret);
        text.addVerifyKeyListener(caret);
        return caret;
    }

    /**
     * Installs the snapping on the viewer's widget, and on the selections the program makes through the viewer (the
     * outline, the apparatus view, find): a selection set where the caret already was moves no caret.
     */
    public static ClusterCaret install(ITextViewer viewer) {
        ClusterCaret caret = install(viewer.getTextWidget());
        viewer.getSelectionProvider().addSelectionChangedListener(event -> caret.snapSelection());
        return caret;
    }

    /** Moves the selection's ends (or the caret) out of the clusters they are in, if they are. */
    public void snapSelection() {
        if (snapping || text.isDisposed()) {
            return;
        }
        snapping = true;
        try {
            snap(text.getCaretOffset());
        } finally {
            snapping = false;
            byKey = false;
            lastCaret = text.getCaretOffset();
        }
    }

    @Override
    public void caretMoved(CaretEvent event) {
        if (snapping) {
            return;
        }
        snapping = true;
        try {
            snap(event.caretOffset);
        } finally {
            snapping = false;
            byKey = false;
            lastCaret = text.getCaretOffset();
        }
    }

    private void snap(int caret) {
        Point selection = text.getSelection();
        if (selection.x == selection.y) {
            int snapped = caret > lastCaret ? after(caret) : before(caret);
            if (snapped != caret) {
                text.setCaretOffset(snapped);
            }
            return;
        }
        // the end the caret is at follows the caret's direction when a key moved it (so Shift+Left is never stuck);
        // otherwise (the program, the mouse) the selection grows to whole clusters
        boolean caretAtStart = caret == selection.x;
        boolean forward = caret > lastCaret;
        int start = caretAtStart && byKey && forward ? after(selection.x) : before(selection.x);
        int end = !caretAtStart && byKey && !forward ? before(selection.y) : after(selection.y);
        if (start != selection.x || end != selection.y) {
            // keep the caret at the end of the selection it was at
            if (caretAtStart) {
                text.setSelection(end, start);
            } else {
                text.setSelection(start, end);
            }
        }
    }

    /** The cluster boundary at or before the offset, from the characters around it (not a copy of the whole text). */
    private int before(int offset) {
        int from = Math.max(0, offset - REACH);
        String around = text.getTextRange(from, Math.min(text.getCharCount(), offset + REACH) - from);
        return from + Clusters.before(around, offset - from);
    }

    private int after(int offset) {
        int from = Math.max(0, offset - REACH);
        String around = text.getTextRange(from, Math.min(text.getCharCount(), offset + REACH) - from);
        return from + Clusters.after(around, offset - from);
    }

    @Override
    public void verifyKey(VerifyEvent event) {
        byKey = MOVEMENT_KEYS.contains(event.keyCode);
        if (event.character != SWT.DEL || (event.stateMask & SWT.MODIFIER_MASK) != 0 || !text.getEditable()) {
            return;
        }
        Point selection = text.getSelection();
        int caret = text.getCaretOffset();
        if (selection.x != selection.y || caret >= text.getCharCount()) {
            return;
        }
        String next = text.getTextRange(caret, 1);
        if (next.equals("\n") || next.equals("\r")) {
            return; // a line end is SWT's to join (it knows \r\n)
        }
        int end = after(caret + 1);
        event.doit = false;
        text.replaceTextRange(caret, end - caret, "");
    }
}
