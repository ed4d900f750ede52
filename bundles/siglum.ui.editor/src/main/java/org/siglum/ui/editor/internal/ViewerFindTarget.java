package org.siglum.ui.editor.internal;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.graphics.Point;
import org.siglum.core.EditionDocument;
import org.siglum.core.TextReplacement;

/** The find dialog's target: the edition's model (one undoable edit per replace) shown in the source viewer. */
final class ViewerFindTarget implements FindTarget {

    private final SourceViewer viewer;
    private final Supplier<EditionDocument> edition;

    ViewerFindTarget(SourceViewer viewer, Supplier<EditionDocument> edition) {
        this.viewer = viewer;
        this.edition = edition;
    }

    @Override
    public String text() {
        EditionDocument model = edition.get();
        return model == null ? null : model.text();
    }

    @Override
    public int selectionStart() {
        return viewer.getSelectedRange().x;
    }

    @Override
    public int selectionLength() {
        Point range = viewer.getSelectedRange();
        return range.y;
    }

    @Override
    public void select(int start, int length) {
        viewer.setSelectedRange(start, length);
        XmlSourceEditor.reveal(viewer, start, length);
    }

    @Override
    public void apply(String label, List<TextReplacement> replacements) {
        EditionDocument model = edition.get();
        if (model != null) {
            model.apply(label, replacements);
        }
    }
}
