package org.siglum.ui.notes.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.siglum.citations.BibEntry;
import org.siglum.citations.BibliographyService;
import org.siglum.core.EditionDocument;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.api.WorkbenchListener;

/**
 * The Sources view's widgets: the bibliography as a table (key, author, year, title) over a preview of the selected
 * entry's citation in the chosen style and locale. The command bar and context menu run the Sources commands through the
 * workbench; the selected entry is what they act on.
 */
final class SourcesPart implements ViewPart, WorkbenchListener {

    private static final int[] WIDTHS = {180, 160, 60, 320};

    private final Workbench workbench;
    private final BibliographyService bibliography;
    private final CitationPreview preview;
    private final SelectedSource selected;
    private final SashForm root;
    private final TableViewer viewer;
    private final ComboViewer style;
    private final ComboViewer locale;
    private final Text note;
    private final Text bibliographyEntry;
    private List<BibEntry> entries = List.of();

    SourcesPart(Composite parent, Workbench workbench, BibliographyService bibliography, CitationPreview preview,
            SelectedSource selected) {
        this.workbench = workbench;
        this.bibliography = bibliography;
        this.preview = preview;
        this.selected = selected;
        root = new SashForm(parent, SWT.VERTICAL);

        List<RowTable.Column> columns = new java.util.ArrayList<>();
        for (int i = 0; i < SourceRows.COLUMNS.length; i++) {
            columns.add(new RowTable.Column(SourceRows.COLUMNS[i], WIDTHS[i], false));
        }
        viewer = RowTable.create(root, workbench, SourceCommands.SOURCES, columns, BibEntry.class, entries,
                (entry, column) -> SourceRows.cell(entry, column), null);
        viewer.addSelectionChangedListener(event -> {
            BibEntry e = selectedEntry();
            selected.set(e == null ? null : e.id());
            showPreview();
        });
        viewer.addOpenListener(event -> workbench.execute(SourceCommands.EDIT_ENTRY));

        Composite bottom = new Composite(root, SWT.NONE);
        bottom.setLayout(new GridLayout(4, false));
        new Label(bottom, SWT.NONE).setText("Style:");
        style = combo(bottom, preview.styles(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                return CitationPreview.styleName((String) element);
            }
        });
        new Label(bottom, SWT.NONE).setText("Locale:");
        locale = combo(bottom, preview.locales(), new LabelProvider());
        note = previewText(bottom, "Note:");
        bibliographyEntry = previewText(bottom, "Bibliography:");
        root.setWeights(65, 35);

        workbench.addListener(this);
        refresh();
    }

    private ComboViewer combo(Composite parent, List<String> items, LabelProvider labels) {
        ComboViewer combo = new ComboViewer(parent, SWT.READ_ONLY);
        combo.setContentProvider(ArrayContentProvider.getInstance());
        combo.setLabelProvider(labels);
        combo.setInput(items);
        if (!items.isEmpty()) {
            combo.setSelection(new StructuredSelection(items.get(0)));
        }
        combo.addSelectionChangedListener(event -> showPreview());
        return combo;
    }

    private static Text previewText(Composite parent, String label) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(label);
        l.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Text text = new Text(parent, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        return text;
    }

    /** Reads the bibliography again, keeping the selected entry when it is still there. */
    void refresh() {
        Optional<EditionDocument> edition = workbench.edition();
        List<BibEntry> next;
        try {
            next = edition.map(bibliography::entries).orElse(List.of());
        } catch (RuntimeException e) {
            workbench.showMessage("Sources: " + e.getMessage());
            return;
        }
        if (next.equals(entries)) {
            return;
        }
        String id = selected.entryId();
        entries = next;
        viewer.setInput(entries);
        BibEntry keep = entries.stream().filter(e -> e.id() != null && e.id().equals(id)).findFirst().orElse(null);
        viewer.setSelection(keep == null ? StructuredSelection.EMPTY : new StructuredSelection(keep), true);
        showPreview();
    }

    /** Shows the selected entry's citation in the chosen style and locale. */
    private void showPreview() {
        BibEntry e = selectedEntry();
        String s = (String) style.getStructuredSelection().getFirstElement();
        String l = (String) locale.getStructuredSelection().getFirstElement();
        if (e == null || s == null || l == null) {
            note.setText("");
            bibliographyEntry.setText("");
            return;
        }
        try {
            CitationPreview.Formatted f = preview.format(e, s, l);
            note.setText(f.note());
            bibliographyEntry.setText(f.bibliography());
        } catch (RuntimeException ex) {
            note.setText("Cannot format " + e.id() + " in " + CitationPreview.styleName(s) + ": " + ex.getMessage());
            bibliographyEntry.setText("");
        }
    }

    private BibEntry selectedEntry() {
        return viewer.getStructuredSelection().getFirstElement() instanceof BibEntry e ? e : null;
    }

    @Override
    public void editionChanged(Optional<EditionDocument> edition) {
        refresh();
    }

    @Override
    public void documentChanged(EditionDocument edition) {
        refresh();
    }

    List<BibEntry> entries() {
        return entries;
    }

    TableViewer viewer() {
        return viewer;
    }

    ComboViewer style() {
        return style;
    }

    ComboViewer locale() {
        return locale;
    }

    Text notePreview() {
        return note;
    }

    Text bibliographyPreview() {
        return bibliographyEntry;
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
