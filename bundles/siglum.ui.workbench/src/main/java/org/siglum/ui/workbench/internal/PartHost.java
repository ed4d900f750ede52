package org.siglum.ui.workbench.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabFolder2Listener;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.siglum.ui.api.ViewContribution;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.ViewPlacement;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.editor.SourceEditor;

/**
 * The window's middle: the editor, and tab folders of contributed views left of it, under it and right of it, in
 * sashes whose sizes are kept in the layout store. A folder without views is hidden and its sash gives its room away.
 * The person may close a view's tab; the view stays known (the View menu lists every view) and comes back where it was
 * when they ask for it. Which views are closed is kept in the layout store too.
 */
final class PartHost {

    /** A view shown in a tab. */
    private record Placed(ViewContribution view, CTabFolder folder, CTabItem tab, Composite parent, ViewPart part) {
    }

    /** Marks a folder whose tab the person picked. */
    private static final String CHOSEN = "siglum.chosen";

    /** The layout store's key for the ids of the views the person closed. */
    static final String CLOSED_KEY = "views.closed";

    private final Composite shell;
    private final Workbench workbench;
    private final Reports reports;
    private final LayoutStore layout;
    private final Map<ViewContribution, Placed> views = new IdentityHashMap<>();
    private final Map<ViewPlacement, CTabFolder> folders = new LinkedHashMap<>();
    /** Views whose tab the person closed, by id: known, listed in the View menu, without a part. */
    private final Map<String, ViewContribution> closed = new LinkedHashMap<>();
    private final Set<String> closedIds;
    private final SashForm main;
    private final SashForm centre;
    private final SourceEditor editor;

    /**
     * Makes the sashes and folders as the shell's next row: left | (editor over bottom) | right.
     *
     * @param editor makes the editor in the composite it is given, above the bottom folder
     */
    PartHost(Composite shell, LayoutStore layout, Workbench workbench, Reports reports,
            Function<Composite, SourceEditor> editor) {
        this.shell = shell;
        this.layout = layout;
        this.workbench = workbench;
        this.reports = reports;
        this.closedIds = new LinkedHashSet<>(layout.list(CLOSED_KEY));
        main = new SashForm(shell, SWT.HORIZONTAL | SWT.SMOOTH);
        main.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        folders.put(ViewPlacement.LEFT, folder(main));
        centre = new SashForm(main, SWT.VERTICAL | SWT.SMOOTH);
        folders.put(ViewPlacement.RIGHT, folder(main));
        this.editor = editor.apply(centre);
        folders.put(ViewPlacement.BOTTOM, folder(centre));

        main.setWeights(layout.weights("sash.main", 2, 7, 3));
        centre.setWeights(layout.weights("sash.editor", 3, 2));
        updateFolders();
    }

    /** A tab folder whose first tab stays in front as views arrive, until the person picks one. */
    private CTabFolder folder(Composite parent) {
        CTabFolder folder = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        folder.addListener(SWT.Selection, event -> folder.setData(CHOSEN, Boolean.TRUE));
        folder.addCTabFolder2Listener(CTabFolder2Listener.closeAdapter(event -> {
            event.doit = false; // the part is disposed here, then the tab
            views.values().stream().filter(p -> p.tab() == event.item).findFirst()
                    .ifPresent(p -> closeView(p.view().id()));
        }));
        return folder;
    }

    /**
     * Shows a view in a tab at its place, among the others by order. A view that throws while making its part is
     * reported and left out.
     */
    void addView(ViewContribution view) {
        if (shell.isDisposed() || views.containsKey(view) || closed.containsValue(view)) {
            return;
        }
        if (closedIds.contains(view.id())) {
            closed.put(view.id(), view);
            return;
        }
        CTabFolder folder = folders.get(view.placement() == null ? ViewPlacement.BOTTOM : view.placement());
        Comparator<ViewContribution> byOrder = Comparator.comparingInt(ViewContribution::order)
                .thenComparing(ViewContribution::id);
        int index = (int) views.values().stream()
                .filter(p -> p.folder() == folder && byOrder.compare(p.view(), view) < 0)
                .count();
        Composite parent = new Composite(folder, SWT.NONE);
        parent.setLayout(new FillLayout());
        CTabItem tab = new CTabItem(folder, SWT.CLOSE, index);
        tab.setText(view.title());
        tab.setControl(parent);
        ViewPart part;
        try {
            part = view.createPart(parent, workbench);
            if (part == null) {
                throw new IllegalStateException("it made no part");
            }
        } catch (Exception | LinkageError e) {
            tab.dispose();
            parent.dispose();
            reports.report("The view " + view.title() + " could not be shown: " + Reports.describe(e));
            updateFolders();
            return;
        }
        views.put(view, new Placed(view, folder, tab, parent, part));
        if (folder.getSelection() == null || (index == 0 && folder.getData(CHOSEN) == null)) {
            folder.setSelection(tab);
        }
        updateFolders();
    }

    /** Disposes the view's part and removes its tab (the view's bundle went away). */
    void removeView(ViewContribution view) {
        closed.values().remove(view);
        Placed placed = views.remove(view);
        if (placed != null && !shell.isDisposed()) {
            disposePart(placed);
            updateFolders();
        }
    }

    /** Disposes every view's part (the window is closing). */
    void removeAll() {
        for (ViewContribution view : new ArrayList<>(views.keySet())) {
            disposePart(views.remove(view));
        }
    }

    private void disposePart(Placed placed) {
        try {
            placed.part().dispose();
        } catch (RuntimeException | LinkageError e) {
            reports.report("The view " + placed.view().title() + " failed while closing: " + Reports.describe(e));
        }
        if (!placed.tab().isDisposed()) {
            placed.tab().dispose();
        }
        if (!placed.parent().isDisposed()) {
            placed.parent().dispose();
        }
    }

    private void updateFolders() {
        for (CTabFolder folder : folders.values()) {
            boolean visible = folder.getItemCount() > 0;
            if (folder.getVisible() != visible) {
                folder.setVisible(visible);
            }
            if (visible && folder.getSelection() == null) {
                folder.setSelection(0);
            }
        }
        centre.layout(true);
        main.layout(true);
    }

    /** The editor in the middle. */
    SourceEditor editor() {
        return editor;
    }

    /** Puts the sashes' sizes in the layout store (which the window then saves). */
    void keepLayout() {
        layout.setWeights("sash.main", main.getWeights());
        layout.setWeights("sash.editor", centre.getWeights());
        layout.setList(CLOSED_KEY, List.copyOf(closedIds));
    }

    /** The part of a view shown now, by the view's id, if it is of that type. */
    <T extends ViewPart> Optional<T> part(String viewId, Class<T> type) {
        return views.values().stream()
                .filter(p -> p.view().id().equals(viewId))
                .map(Placed::part)
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst();
    }

    /** The titles of the tabs at a place, in order. */
    List<String> tabs(ViewPlacement placement) {
        List<String> titles = new ArrayList<>();
        for (CTabItem item : folders.get(placement).getItems()) {
            titles.add(item.getText());
        }
        return titles;
    }

    /**
     * Closes a view's tab as the person does: its part is disposed, the view stays known and comes back with
     * {@link #showView}. Nothing happens for a view not shown.
     */
    void closeView(String viewId) {
        Optional<Placed> shown = views.values().stream().filter(p -> p.view().id().equals(viewId)).findFirst();
        if (shown.isEmpty()) {
            return;
        }
        Placed placed = shown.get();
        views.remove(placed.view());
        closed.put(viewId, placed.view());
        closedIds.add(viewId);
        disposePart(placed);
        updateFolders();
    }

    /** Brings the view's tab to the front, opening it again first if the person closed it. */
    void showView(String viewId) {
        ViewContribution reopened = closed.remove(viewId);
        if (reopened != null) {
            closedIds.remove(viewId);
            addView(reopened);
        }
        views.values().stream().filter(p -> p.view().id().equals(viewId)).findFirst()
                .ifPresent(p -> {
                    p.folder().setSelection(p.tab());
                    p.folder().setData(CHOSEN, Boolean.TRUE);
                });
    }

    /** Whether the view is known and its tab closed. */
    boolean isClosed(String viewId) {
        return closed.containsKey(viewId);
    }

    /** Every view known, shown or closed, by place and order. */
    List<ViewContribution> allViews() {
        List<ViewContribution> all = new ArrayList<>(views.keySet());
        all.addAll(closed.values());
        all.sort(Comparator.comparing((ViewContribution v) -> v.placement() == null ? ViewPlacement.BOTTOM
                : v.placement()).thenComparingInt(ViewContribution::order).thenComparing(ViewContribution::id));
        return all;
    }
}
