package org.siglum.ui.apparatus.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.siglum.apparatus.Occurrence;
import org.siglum.core.EditionDocument;
import org.siglum.suspects.Suspect;
import org.siglum.suspects.SuspectFinder;
import org.siglum.ui.api.CommandBar;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.api.WorkbenchListener;

/**
 * The suspects view in one window: a table of the open edition's OCR suspects, most suspect first. The search runs on
 * a copy of the text on the view's own thread after each (coalesced) change, and its answer is shown only if the
 * text is still the one searched. Opening a row (double-click, Enter) selects the suspect in the editor.
 */
final class SuspectsPart implements ViewPart, WorkbenchListener {

    private static final int[] WIDTHS = {180, 130, 420, 60};

    private final Workbench workbench;
    private final SuspectFinder finder;
    private final Runnable onDispose;
    private final Composite root;
    private final TableViewer viewer;
    private final Label count;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "siglum-suspects-view");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong generation = new AtomicLong();
    private String searched;
    private final CommandBar commands;
    private final Places places;

    /** How many places a suspect's text stands in. */
    interface Places {
        int of(EditionDocument edition, Suspect suspect);
    }

    SuspectsPart(Composite parent, Workbench workbench, SuspectFinder finder,
            List<? extends CommandContribution> commandList, Places places, Runnable onDispose) {
        this.workbench = workbench;
        this.finder = finder;
        this.places = places;
        this.onDispose = onDispose;
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 2;
        layout.marginHeight = 2;
        root.setLayout(layout);
        commands = CommandBar.create(root, workbench, commandList);
        count = new Label(root, SWT.NONE);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        viewer = new TableViewer(root, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        for (int i = 0; i < SuspectRows.COLUMNS.length; i++) {
            int column = i;
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(SuspectRows.COLUMNS[i]);
            c.getColumn().setWidth(WIDTHS[i]);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return SuspectRows.cell((SuspectRows.Row) element, column);
                }
            });
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(List.of());
        viewer.addOpenListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection s
                    && s.getFirstElement() instanceof SuspectRows.Row r) {
                workbench.select(r.suspect().offset(), r.suspect().length());
            }
        });
        viewer.addSelectionChangedListener(event -> {
            commands.update();
            showPlaces();
        });
        commands.contextMenu(viewer.getTable());

        workbench.addListener(this);
        search(workbench.edition());
    }

    /** Searches the text as it is now, on the view's thread; an older search's answer is dropped. */
    private void search(Optional<EditionDocument> edition) {
        long mine = generation.incrementAndGet();
        if (edition.isEmpty()) {
            searched = null;
            show(List.of());
            return;
        }
        String text = edition.get().document().get();
        String name = edition.get().name();
        Display display = root.getDisplay();
        try {
            executor.execute(() -> {
                EditionDocument copy = EditionDocument.ofText(text, name);
                List<SuspectRows.Row> rows;
                try {
                    rows = SuspectRows.of(copy, finder.find(copy));
                } catch (RuntimeException e) {
                    rows = List.of();
                }
                List<SuspectRows.Row> found = rows;
                if (mine == generation.get() && !display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (mine == generation.get() && !root.isDisposed()
                                && workbench.edition().map(e -> e.document().get().equals(text)).orElse(false)) {
                            searched = text;
                            show(found);
                        }
                    });
                }
            });
        } catch (RejectedExecutionException e) {
            // the view is closing
        }
    }

    private void show(List<SuspectRows.Row> rows) {
        if (root.isDisposed()) {
            return;
        }
        viewer.setInput(rows);
        count.setText(rows.size() == 1 ? "1 suspect" : rows.size() + " suspects");
        showPlaces();
    }

    /** The series button says in how many places the selected suspect's text stands. */
    private void showPlaces() {
        commands.button(SuspectsView.SERIES).ifPresent(button -> {
            Optional<SuspectRows.Row> row = selection();
            Optional<EditionDocument> edition = workbench.edition();
            int n = row.isPresent() && edition.isPresent() ? places.of(edition.get(), row.get().suspect()) : -1;
            String text = SuspectRows.seriesLabel(n);
            if (!text.equals(button.getText())) {
                button.setText(text);
                root.layout(true, true);
            }
        });
    }

    /**
     * Takes out the rows of suspects that lie in places just recorded (offsets of the text before the change), so
     * that they leave the list at once; the search of the new text follows.
     */
    void forget(List<Occurrence> recorded) {
        if (root.isDisposed() || !(viewer.getInput() instanceof List<?> shown)) {
            return;
        }
        List<SuspectRows.Row> kept = new java.util.ArrayList<>();
        for (Object o : shown) {
            SuspectRows.Row r = (SuspectRows.Row) o;
            boolean gone = recorded.stream()
                    .anyMatch(p -> r.suspect().offset() < p.end() && p.start() < r.suspect().end());
            if (!gone) {
                kept.add(r);
            }
        }
        viewer.setInput(kept);
        count.setText(kept.size() == 1 ? "1 suspect" : kept.size() + " suspects");
        showPlaces();
    }

    /** The series command's button, for tests. */
    Optional<org.eclipse.swt.widgets.ToolItem> seriesButton() {
        return commands.button(SuspectsView.SERIES);
    }

    /** The rows shown, once the search of the text as it is now has answered; empty before. */
    Optional<List<SuspectRows.Row>> rows() {
        boolean current = searched != null
                && workbench.edition().map(e -> e.document().get().equals(searched)).orElse(false);
        if (!current) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<SuspectRows.Row> rows = (List<SuspectRows.Row>) viewer.getInput();
        return Optional.of(rows);
    }

    /** The selected row, if any. */
    Optional<SuspectRows.Row> selection() {
        return viewer.getStructuredSelection().getFirstElement() instanceof SuspectRows.Row r ? Optional.of(r)
                : Optional.empty();
    }

    TableViewer viewer() {
        return viewer;
    }

    @Override
    public void editionChanged(Optional<EditionDocument> edition) {
        search(edition);
    }

    @Override
    public void documentChanged(EditionDocument edition) {
        search(Optional.of(edition));
    }

    @Override
    public Control control() {
        return root;
    }

    @Override
    public void dispose() {
        generation.incrementAndGet();
        executor.shutdownNow();
        workbench.removeListener(this);
        onDispose.run();
    }
}
