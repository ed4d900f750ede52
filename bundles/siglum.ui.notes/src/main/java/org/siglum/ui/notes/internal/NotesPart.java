package org.siglum.ui.notes.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.siglum.citations.NoteService;
import org.siglum.core.EditionDocument;
import org.siglum.ui.api.EditorSelection;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.api.WorkbenchListener;

/**
 * The Notes view's widgets: a table of the footnotes in document order. Selecting a row (or double-click, Enter)
 * selects the note's anchor in the editor; moving the caret into a note or onto its anchor selects its row. The
 * command bar and the context menu run the Notes commands through the workbench, so they act on the note at the caret.
 */
final class NotesPart implements ViewPart, WorkbenchListener {

    private static final int[] WIDTHS = {40, 50, 320, 180};

    private final Workbench workbench;
    private final NoteService notes;
    private final Composite root;
    private final TableViewer viewer;
    private List<NoteRow> rows = List.of();
    /** Set while the view selects in the editor or the editor in the view, so the two do not echo each other. */
    private boolean syncing;

    NotesPart(Composite parent, Workbench workbench, NoteService notes) {
        this.workbench = workbench;
        this.notes = notes;
        List<RowTable.Column> columns = new java.util.ArrayList<>();
        for (int i = 0; i < NoteRow.COLUMNS.length; i++) {
            columns.add(new RowTable.Column(NoteRow.COLUMNS[i], WIDTHS[i], i < 2));
        }
        viewer = RowTable.create(parent, workbench, NoteCommands.NOTES, columns, NoteRow.class, rows,
                NoteRow::cell, (row, column) -> column == 2 ? row.note().text() : null);
        root = viewer.getTable().getParent();
        viewer.addSelectionChangedListener(event -> {
            if (!syncing && event.getSelection() instanceof IStructuredSelection s
                    && s.getFirstElement() instanceof NoteRow row) {
                selectAnchor(row);
            }
        });
        // double-click and Enter: jump to the anchor even when the row was already selected
        viewer.addOpenListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof NoteRow row) {
                selectAnchor(row);
            }
        });

        workbench.addListener(this);
        refresh();
    }

    private void selectAnchor(NoteRow row) {
        syncing = true;
        try {
            workbench.select(row.anchorStart(), row.anchorEnd() - row.anchorStart());
        } finally {
            syncing = false;
        }
    }

    /** Reads the footnotes again and shows them, keeping the row at the caret selected. */
    void refresh() {
        Optional<EditionDocument> edition = workbench.edition();
        List<NoteRow> next;
        try {
            next = edition.map(d -> NoteRow.of(d, notes.footnotes(d))).orElse(List.of());
        } catch (RuntimeException e) {
            // a document that is not well-formed while being typed: keep what was shown until it is again
            workbench.showMessage("Notes: " + e.getMessage());
            return;
        }
        rows = next;
        syncing = true;
        try {
            viewer.setInput(rows);
        } finally {
            syncing = false;
        }
        reveal(workbench.selection().offset());
    }

    /** Selects the row of the note at this offset, or clears the selection; tells nobody. */
    private void reveal(int offset) {
        NoteRow row = NoteRow.at(rows, offset);
        syncing = true;
        try {
            viewer.setSelection(row == null ? StructuredSelection.EMPTY : new StructuredSelection(row), true);
        } finally {
            syncing = false;
        }
    }

    @Override
    public void editionChanged(Optional<EditionDocument> edition) {
        refresh();
    }

    @Override
    public void documentChanged(EditionDocument edition) {
        refresh();
    }

    @Override
    public void selectionChanged(EditorSelection selection) {
        if (!syncing) {
            reveal(selection.offset());
        }
    }

    /** The rows shown. */
    List<NoteRow> rows() {
        return rows;
    }

    TableViewer viewer() {
        return viewer;
    }

    @Override
    public Control control() {
        return root;
    }

    @Override
    public void setFocus() {
        viewer.getTable().setFocus();
    }

    @Override
    public void dispose() {
        workbench.removeListener(this);
    }
}
