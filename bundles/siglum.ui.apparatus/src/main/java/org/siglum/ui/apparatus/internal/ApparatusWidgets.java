package org.siglum.ui.apparatus.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.siglum.apparatus.ApparatusEntry;
import org.siglum.apparatus.Witness;
import org.siglum.ui.api.CommandBar;

/**
 * The apparatus view's widgets: the entries in document order (id, line, lemma, readings with their sigla, cause), a
 * filter by witness and by cause, and the Apparatus commands' bar and context menu (built from their declarations). It shows what it is
 * given and reports selections; {@link ApparatusPart} calls the service.
 */
final class ApparatusWidgets {

    private static final int[] WIDTHS = {60, 50, 220, 360, 200};

    private final Composite root;
    private final CommandBar commands;
    private final TableViewer viewer;
    private final Combo witnessFilter;
    private final Combo causeFilter;
    private List<ApparatusEntry> entries = List.of();

    ApparatusWidgets(Composite parent, Consumer<ApparatusEntry> selected, Function<Composite, CommandBar> commandBar) {
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(6, false);
        layout.marginWidth = 2;
        layout.marginHeight = 2;
        root.setLayout(layout);

        commands = commandBar.apply(root);
        new Label(root, SWT.NONE).setText("Witness:");
        witnessFilter = new Combo(root, SWT.READ_ONLY);
        new Label(root, SWT.NONE).setText("Cause:");
        causeFilter = new Combo(root, SWT.READ_ONLY);
        new Label(root, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        witnessFilter.setItems(ApparatusRows.ANY);
        witnessFilter.select(0);
        causeFilter.setItems(ApparatusRows.ANY);
        causeFilter.select(0);

        viewer = new TableViewer(root, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        for (int i = 0; i < ApparatusRows.COLUMNS.length; i++) {
            int column = i;
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(ApparatusRows.COLUMNS[i]);
            c.getColumn().setWidth(WIDTHS[i]);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return ApparatusRows.cell((ApparatusEntry) element, column);
                }
            });
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setFilters(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return ApparatusRows.matches((ApparatusEntry) element, witnessFilter.getText(), causeFilter.getText());
            }
        });
        viewer.setInput(entries);
        viewer.addSelectionChangedListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof ApparatusEntry e) {
                selected.accept(e);
            }
            commands.update(); // the entry commands act on the selected entry
        });
        witnessFilter.addListener(SWT.Selection, event -> viewer.refresh());
        causeFilter.addListener(SWT.Selection, event -> viewer.refresh());

        commands.contextMenu(viewer.getTable());
    }

    /** Shows these entries (keeping the selection and the filters where they still apply). */
    public void show(List<ApparatusEntry> next, List<Witness> witnesses) {
        entries = List.copyOf(next);
        List<String> ids = new ArrayList<>();
        ids.add(ApparatusRows.ANY);
        witnesses.forEach(w -> ids.add(w.id()));
        refill(witnessFilter, ids);
        refill(causeFilter, ApparatusRows.causeChoices(entries));
        viewer.setInput(entries);
    }

    private static void refill(Combo combo, List<String> items) {
        String current = combo.getText();
        if (List.of(combo.getItems()).equals(items)) {
            return;
        }
        combo.setItems(items.toArray(String[]::new));
        int index = items.indexOf(current);
        combo.select(Math.max(index, 0));
    }

    /** The entries shown, filtered as the view shows them. */
    public List<ApparatusEntry> visible() {
        List<ApparatusEntry> shown = new ArrayList<>();
        for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
            shown.add((ApparatusEntry) viewer.getElementAt(i));
        }
        return shown;
    }

    /** The selected entry, or null. */
    public ApparatusEntry selection() {
        return viewer.getStructuredSelection().getFirstElement() instanceof ApparatusEntry e ? e : null;
    }

    /** Selects the entry with this id in the table (without telling the listener), or clears the selection. */
    public void reveal(String id) {
        ApparatusEntry entry = id == null ? null : entries.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
        viewer.setSelection(entry == null ? StructuredSelection.EMPTY : new StructuredSelection(entry), true);
    }

    public Composite control() {
        return root;
    }

    /** The bar of the Apparatus commands over the table. */
    public CommandBar commands() {
        return commands;
    }

    public TableViewer viewer() {
        return viewer;
    }

    public Combo witnessFilter() {
        return witnessFilter;
    }

    public Combo causeFilter() {
        return causeFilter;
    }
}
