package org.siglum.ui.apparatus.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.siglum.apparatus.ApparatusEntry;
import org.siglum.apparatus.ApparatusService;
import org.siglum.apparatus.Witness;
import org.siglum.core.EditionDocument;
import org.siglum.ui.api.CommandBar;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.EditorSelection;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.api.WorkbenchListener;

/**
 * The apparatus view in one window, in step with the editor: selecting an entry selects its lemma's text in the editor
 * (between its tags; the whole entry when it has no lemma); moving the caret into an entry selects it here. A {@code syncing} flag stops
 * the two from echoing.
 */
final class ApparatusPart implements ViewPart, WorkbenchListener {

    private final Workbench workbench;
    private final ApparatusService service;
    private final ApparatusWidgets view;
    private final Runnable onDispose;
    private List<ApparatusEntry> entries = List.of();
    private boolean syncing;

    ApparatusPart(Composite parent, Workbench workbench, ApparatusService service,
            List<? extends CommandContribution> commands, Runnable onDispose) {
        this.workbench = workbench;
        this.service = service;
        this.onDispose = onDispose;
        this.view = new ApparatusWidgets(parent, this::selectEntryInEditor,
                root -> CommandBar.create(root, workbench, commands));
        workbench.addListener(this);
        refresh();
    }

    /** Reads the entries again and shows them, keeping the selection on the entry at the caret. */
    void refresh() {
        if (view.control().isDisposed()) {
            return;
        }
        Optional<EditionDocument> edition = workbench.edition();
        entries = edition.map(service::entries).orElse(List.of());
        List<Witness> witnesses = edition.map(service::witnesses).orElse(List.of());
        ApparatusEntry selected = view.selection();
        syncing = true;
        try {
            view.show(entries, witnesses);
            if (selected != null) {
                ApparatusEntry now = ApparatusRows.at(entries, workbench.selection().offset());
                view.reveal(now == null ? null : now.id());
            }
        } finally {
            syncing = false;
        }
    }

    private void selectEntryInEditor(ApparatusEntry entry) {
        if (syncing || workbench.edition().isEmpty()) {
            return;
        }
        int[] range = ApparatusRows.lemmaRange(workbench.edition().get().document().get(), entry);
        syncing = true;
        try {
            workbench.select(range[0], range[1] - range[0]);
        } finally {
            syncing = false;
        }
    }

    private void followCaret(int offset) {
        if (syncing || view.control().isDisposed()) {
            return;
        }
        ApparatusEntry entry = ApparatusRows.at(entries, offset);
        ApparatusEntry selected = view.selection();
        String id = entry == null ? null : entry.id();
        if (selected == null ? id == null : selected.id().equals(id)) {
            return;
        }
        reveal(id);
    }

    /** Selects the entry in the table without moving the editor. */
    void reveal(String id) {
        syncing = true;
        try {
            view.reveal(id);
        } finally {
            syncing = false;
        }
    }

    /** The entry selected in the view, else the one at the caret, if any. */
    Optional<ApparatusEntry> current() {
        ApparatusEntry selected = view.selection();
        if (selected == null) {
            selected = ApparatusRows.at(entries, workbench.selection().offset());
        }
        return Optional.ofNullable(selected);
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
        followCaret(selection.offset());
    }

    ApparatusWidgets view() {
        return view;
    }

    @Override
    public Control control() {
        return view.control();
    }

    @Override
    public void dispose() {
        workbench.removeListener(this);
        onDispose.run();
    }
}
