package org.siglum.ui.editor.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.siglum.core.EditionDocument;
import org.siglum.ui.editor.Mark;
import org.siglum.ui.editor.SourceEditor;
import org.siglum.validation.assist.SchemaGuide;

/** The source editor: a jface.text source viewer with our configuration, marks and features. */
public final class XmlSourceEditor implements SourceEditor {

    /**
     * Pango takes this as a list of families: markup in a monospaced font, Thai from Loma (fonts-thai-tlwg), which
     * places vowels and tone marks right; a monospaced Thai font gives each mark a cell of its own.
     */
    static final String FONT = "DejaVu Sans Mono,Loma,Monospace";

    private final SourceViewer viewer;
    private final MarkPainter marks;
    private final EditorFeatures features;
    private final List<IntConsumer> caretListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> selectionListeners = new CopyOnWriteArrayList<>();

    public XmlSourceEditor(Composite parent, SchemaGuide guide, Supplier<EditionDocument> edition) {
        viewer = new SourceViewer(parent, null, null, false, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
        viewer.configure(new XmlSourceConfiguration());
        StyledText text = viewer.getTextWidget();
        Font font = new Font(parent.getDisplay(), new FontData(FONT, 11, SWT.NORMAL));
        text.setFont(font);
        text.addDisposeListener(event -> font.dispose());
        text.setWordWrap(true);
        // Thai stacks vowels and tone marks above and below the line: give them room
        text.setLineSpacing(4);
        text.setLeftMargin(6);
        // before the cluster caret's listener: a caret it moves off a cluster's inside is heard last, where it ends up
        text.addCaretListener(event -> {
            for (IntConsumer listener : caretListeners) {
                listener.accept(event.caretOffset);
            }
        });
        text.addListener(SWT.Selection, event -> selectionListeners.forEach(Runnable::run));
        marks = new MarkPainter(viewer);
        viewer.getTextWidget().addDisposeListener(e -> setUndoStepsOff());
        features = new EditorFeatures(viewer, guide, edition);
    }

    /** Typing cut into undo steps at pauses and words (the document's own manager would make it one). */
    private TypingUndoSteps undoSteps;

    private void setUndoStepsOff() {
        if (undoSteps != null) {
            undoSteps.detach();
            undoSteps = null;
        }
    }

    @Override
    public Control control() {
        return viewer.getControl();
    }

    @Override
    public ISourceViewer viewer() {
        return viewer;
    }

    @Override
    public void setDocument(IDocument document) {
        if (undoSteps != null) {
            undoSteps.detach();
            undoSteps = null;
        }
        if (document == null) {
            viewer.setDocument(null);
            viewer.setEditable(false);
        } else {
            viewer.setDocument(document, marks.model());
            viewer.setEditable(true);
            undoSteps = TypingUndoSteps.attach(document, System::currentTimeMillis);
        }
    }

    @Override
    public void focus() {
        viewer.getTextWidget().setFocus();
    }

    @Override
    public Point selectedRange() {
        return viewer.getSelectedRange();
    }

    @Override
    public void select(int offset, int length) {
        IDocument document = viewer.getDocument();
        if (document == null) {
            return;
        }
        int size = document.getLength();
        int start = Math.max(0, Math.min(offset, size));
        int extent = Math.max(0, Math.min(length, size - start));
        viewer.setSelectedRange(start, extent);
        reveal(viewer, start, extent);
    }

    /**
     * Scrolls a range into view. The viewer's own reveal works in lines of the document, which is not enough when one
     * line wraps over many screens (a paragraph of the sample is one line of 14,000 bytes): then the widget scrolls by
     * pixels until the range's start, and its end where it fits, are on screen.
     */
    static void reveal(ISourceViewer viewer, int start, int length) {
        viewer.revealRange(start, length);
        StyledText text = viewer.getTextWidget();
        if (text == null || text.isDisposed()) {
            return;
        }
        int end = Math.min(start + length, text.getCharCount());
        // the widget learns the heights of wrapped lines as it lays them out: a scroll can move what lies below it,
        // so look again after scrolling, a few times at most
        for (int round = 0; round < 4; round++) {
            int area = text.getClientArea().height;
            int top = text.getLocationAtOffset(start).y;
            int line = text.getLineHeight(end);
            int bottom = text.getLocationAtOffset(end).y + line;
            // on screen with a line to spare: a range on the very last pixel row is not seen
            if (top >= 0 && bottom <= area - line) {
                return;
            }
            int pixel = text.getTopPixel();
            if (bottom - top <= area) {
                // the whole range fits: put it a third down the view, so that its context shows above it
                pixel += top - Math.max(0, (area - (bottom - top)) / 3);
            } else {
                pixel += top;
            }
            text.setTopPixel(Math.max(0, pixel));
        }
    }

    @Override
    public void addCaretListener(IntConsumer listener) {
        caretListeners.add(listener);
    }

    @Override
    public void addSelectionListener(Runnable listener) {
        selectionListeners.add(listener);
    }

    @Override
    public void showMarks(Collection<Mark> shown) {
        marks.show(shown);
    }

    @Override
    public IAnnotationModel annotations() {
        return marks.model();
    }

    @Override
    public void openFind() {
        features.openFind();
    }

    @Override
    public Optional<IContentAssistant> assistant() {
        return Optional.ofNullable(features.assistant());
    }
}
