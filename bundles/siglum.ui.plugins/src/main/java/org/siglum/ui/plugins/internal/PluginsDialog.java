package org.siglum.ui.plugins.internal;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.siglum.plugins.PluginInfo;

/**
 * Help › Plugins…: the bundles of the run in a table (bundle, version, state, origin, what it offers), the selected one
 * in full below, and the buttons that install a plugin from a jar, remove a plugin, and disable or enable a bundle. A
 * thin view over {@link PluginsModel}; not modal, so the window shows at once a format or a view that comes or goes.
 */
final class PluginsDialog extends TitleAreaDialog {

    static final int INSTALL_ID = IDialogConstants.CLIENT_ID + 1;
    static final int REMOVE_ID = IDialogConstants.CLIENT_ID + 2;
    static final int TOGGLE_ID = IDialogConstants.CLIENT_ID + 3;

    static final String[] COLUMNS = {"Bundle", "Version", "State", "Origin", "Offers"};
    private static final int[] WIDTHS = {290, 150, 120, 80, 400};

    /** Which jar to install: a file dialog for the person, a path for the tests. */
    interface JarChooser {
        Path choose(Shell parent);

        JarChooser FILE_DIALOG = parent -> {
            FileDialog files = new FileDialog(parent, SWT.OPEN);
            files.setText("Install a plugin");
            files.setFilterNames(new String[] {"OSGi bundles (*.jar)", "All files"});
            files.setFilterExtensions(new String[] {"*.jar", "*"});
            String chosen = files.open();
            return chosen == null ? null : Paths.get(chosen);
        };
    }

    private final PluginsModel model;
    private final JarChooser chooser;
    private TableViewer viewer;
    private Text filter;
    private Button builtIn;
    private Text details;
    private boolean showing;
    /** What the last action did, shown until the person selects another row. */
    private String outcome;

    PluginsDialog(Shell parent, PluginsModel model, JarChooser chooser) {
        super(parent);
        this.model = model;
        this.chooser = chooser;
        setShellStyle(getShellStyle() & ~SWT.APPLICATION_MODAL | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Plugins");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite outer = (Composite) super.createDialogArea(parent);
        setTitle("Plugins");
        Composite area = new Composite(outer, SWT.NONE);
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        area.setLayout(new GridLayout(2, false));

        filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter by name, state or offer (format, view, command…)");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, e -> {
            model.setFilter(filter.getText());
            show();
        });
        builtIn = new Button(area, SWT.CHECK);
        builtIn.setText("Show &built-in bundles");
        builtIn.setSelection(model.showsBuiltIn());
        builtIn.addListener(SWT.Selection, e -> {
            model.setShowBuiltIn(builtIn.getSelection());
            show();
        });

        viewer = new TableViewer(area, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData table = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        table.heightHint = 320;
        table.widthHint = 900;
        viewer.getTable().setLayoutData(table);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        for (int i = 0; i < COLUMNS.length; i++) {
            int column = i;
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(COLUMNS[i]);
            c.getColumn().setWidth(WIDTHS[i]);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return cell((PluginInfo) element, column);
                }

                @Override
                public Color getForeground(Object element) {
                    PluginInfo plugin = (PluginInfo) element;
                    if (!plugin.problem().isEmpty()) {
                        return viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
                    }
                    return plugin.enabled() ? null
                            : viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
                }
            });
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(event -> {
            if (showing) {
                return;
            }
            Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
            model.select(first == null ? null : ((PluginInfo) first).symbolicName());
            setErrorMessage(null);
            outcome = null;
            update();
        });

        details = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridData below = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        below.heightHint = 110;
        details.setLayoutData(below);
        show();
        return outer;
    }

    /** A cell of the table, as its column says it. */
    static String cell(PluginInfo plugin, int column) {
        return switch (column) {
            case 0 -> plugin.symbolicName();
            case 1 -> plugin.version();
            case 2 -> PluginsModel.state(plugin);
            case 3 -> plugin.origin();
            default -> PluginsModel.offers(plugin);
        };
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, INSTALL_ID, "&Install\u2026", false);
        createButton(parent, REMOVE_ID, "&Remove", false);
        createButton(parent, TOGGLE_ID, model.toggleLabel(), false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
        update();
    }

    @Override
    protected void buttonPressed(int id) {
        switch (id) {
            case INSTALL_ID -> install();
            case REMOVE_ID -> report(model.removeSelected());
            case TOGGLE_ID -> report(model.toggleSelected());
            case IDialogConstants.CLOSE_ID -> close();
            default -> super.buttonPressed(id);
        }
    }

    private void install() {
        Path jar = chooser.choose(getShell());
        if (jar != null) {
            report(model.install(jar));
        }
    }

    private void report(PluginsModel.Outcome done) {
        show();
        if (done.ok()) {
            outcome = done.message();
            setErrorMessage(null);
            setMessage(outcome, IMessageProvider.INFORMATION);
        } else {
            outcome = null;
            setErrorMessage(done.message());
        }
    }

    /** Reads the bundles again and shows them: a plugin or a bundle changed outside the dialog. */
    void refresh() {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        model.refresh();
        show();
    }

    private void show() {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        // a new input drops the viewer's selection: the model's is kept and shown again
        showing = true;
        try {
            viewer.setInput(model.rows());
            model.selected().filter(model.rows()::contains)
                    .ifPresent(p -> viewer.setSelection(new StructuredSelection(p), true));
        } finally {
            showing = false;
        }
        update();
    }

    private void update() {
        if (details == null || details.isDisposed()) {
            return;
        }
        details.setText(model.details());
        if (getErrorMessage() == null && getShell() != null) {
            if (outcome != null) {
                setMessage(outcome, IMessageProvider.INFORMATION);
            } else {
                setMessage(model.summary(), model.canChange() ? IMessageProvider.NONE : IMessageProvider.WARNING);
            }
        }
        enable(INSTALL_ID, model.canInstall());
        enable(REMOVE_ID, model.canRemove());
        Button toggle = getButton(TOGGLE_ID);
        if (toggle != null) {
            toggle.setText(model.toggleLabel());
            toggle.setEnabled(model.canToggle());
            toggle.getParent().layout(true);
        }
    }

    private void enable(int id, boolean on) {
        Button button = getButton(id);
        if (button != null) {
            button.setEnabled(on);
        }
    }

    /** The summary line shown above the table, or the outcome of the last action. */
    String message() {
        return getErrorMessage() != null ? getErrorMessage() : getMessage();
    }

    boolean showsError() {
        return getErrorMessage() != null;
    }

    @Override
    public Button getButton(int id) {
        return super.getButton(id);
    }

    TableViewer viewer() {
        return viewer;
    }

    Text filterField() {
        return filter;
    }

    Button builtInBox() {
        return builtIn;
    }

    Text details() {
        return details;
    }

    PluginsModel model() {
        return model;
    }
}
