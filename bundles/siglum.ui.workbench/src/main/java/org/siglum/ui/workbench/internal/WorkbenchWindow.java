package org.siglum.ui.workbench.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.IUndoManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.siglum.ui.workbench.internal.edition.Edition;
import org.siglum.ui.workbench.internal.edition.EditionOpenException;
import org.siglum.ui.workbench.internal.edition.SourceProblem;
import org.siglum.ui.workbench.internal.edition.CoreEdition;
import org.siglum.ui.workbench.internal.outline.Division;
import org.siglum.ui.workbench.internal.outline.OutlineModel;

/**
 * The main window: the outline of the edition's divisions beside the XML source editor, a menu bar and a status line.
 * It only wires widgets to the {@link Edition}; what it says comes from {@link WindowState}.
 */
public final class WorkbenchWindow {

    /** How long after the last keystroke the outline and the problems are brought up to date. */
    static final int REFRESH_DELAY_MS = 250;

    /**
     * Pango takes this as a list of families: markup in a monospaced font, Thai from Loma (fonts-thai-tlwg), which
     * places vowels and tone marks right; a monospaced Thai font gives each mark a cell of its own.
     */
    private static final String EDITOR_FONT = "DejaVu Sans Mono,Loma,Monospace";

    private final Display display;
    private final Shell shell;
    private final Dialogs dialogs;
    private final SourceViewer viewer;
    private final TreeViewer outline;
    private final Label positionLabel;
    private final Label problemsLabel;
    private final Label messageLabel;
    private final Font editorFont;
    private final IDocumentListener documentListener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            updateTitle();
            display.timerExec(REFRESH_DELAY_MS, refresh);
        }
    };
    private final Runnable refresh = this::refreshNow;

    private MenuItem saveItem;
    private MenuItem saveAsItem;
    private MenuItem closeItem;
    private MenuItem undoItem;
    private MenuItem redoItem;
    private Edition edition;
    private String notice = "";

    public WorkbenchWindow(Display display, Function<Shell, Dialogs> dialogs) {
        this.display = display;
        this.shell = new Shell(display, SWT.SHELL_TRIM);
        this.dialogs = dialogs.apply(shell);
        shell.setText(WindowState.title(null, false));
        shell.setLayout(grid(1, 0));
        createMenuBar();

        SashForm sash = new SashForm(shell, SWT.HORIZONTAL | SWT.SMOOTH);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        outline = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        outline.setContentProvider(new OutlineContentProvider());
        outline.setLabelProvider(new OutlineLabelProvider());
        outline.addSelectionChangedListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection selection
                    && selection.getFirstElement() instanceof Division division) {
                revealDivision(division);
            }
        });

        viewer = new SourceViewer(sash, null, null, false, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
        viewer.configure(new Configuration());
        StyledText text = viewer.getTextWidget();
        editorFont = new Font(display, new FontData(EDITOR_FONT, 11, SWT.NORMAL));
        text.setFont(editorFont);
        text.setWordWrap(true);
        // Thai stacks vowels and tone marks above and below the line: give them room
        text.setLineSpacing(4);
        text.setLeftMargin(6);
        text.addCaretListener(event -> updatePosition(event.caretOffset));
        sash.setWeights(1, 3);

        Composite status = new Composite(shell, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
        status.setLayout(grid(3, 4));
        positionLabel = statusLabel(status, 150, false);
        problemsLabel = statusLabel(status, 110, false);
        messageLabel = statusLabel(status, SWT.DEFAULT, true);

        shell.addListener(SWT.Close, event -> event.doit = mayDiscard());
        shell.addDisposeListener(event -> editorFont.dispose());
        shell.setSize(1100, 750);
        updateState();
    }

    private static GridLayout grid(int columns, int margin) {
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = margin;
        layout.marginHeight = margin;
        layout.horizontalSpacing = 12;
        return layout;
    }

    private static Label statusLabel(Composite parent, int width, boolean grab) {
        Label label = new Label(parent, SWT.NONE);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, grab, false);
        data.widthHint = width;
        label.setLayoutData(data);
        return label;
    }

    private void createMenuBar() {
        Menu bar = new Menu(shell, SWT.BAR);
        shell.setMenuBar(bar);

        Menu file = submenu(bar, "&File");
        item(file, "&Open\u2026\tCtrl+O", SWT.MOD1 | 'o', this::openChosen);
        saveItem = item(file, "&Save\tCtrl+S", SWT.MOD1 | 's', this::save);
        saveAsItem = item(file, "Save &As\u2026\tShift+Ctrl+S", SWT.MOD1 | SWT.SHIFT | 's', this::saveAs);
        new MenuItem(file, SWT.SEPARATOR);
        closeItem = item(file, "&Close", 0, this::closeEdition);
        item(file, "&Quit\tCtrl+Q", SWT.MOD1 | 'q', shell::close);

        Menu edit = submenu(bar, "&Edit");
        undoItem = item(edit, "&Undo\tCtrl+Z", SWT.MOD1 | 'z', this::undo);
        redoItem = item(edit, "&Redo\tCtrl+Y", SWT.MOD1 | 'y', this::redo);

        Menu help = submenu(bar, "&Help");
        item(help, "&About Siglum", 0, dialogs::showAbout);
    }

    private Menu submenu(Menu bar, String text) {
        MenuItem header = new MenuItem(bar, SWT.CASCADE);
        header.setText(text);
        Menu menu = new Menu(shell, SWT.DROP_DOWN);
        header.setMenu(menu);
        menu.addListener(SWT.Show, event -> updateState());
        return menu;
    }

    private static MenuItem item(Menu menu, String text, int accelerator, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        if (accelerator != 0) {
            item.setAccelerator(accelerator);
        }
        item.addListener(SWT.Selection, event -> action.run());
        return item;
    }

    // --- opening and closing -------------------------------------------------------------------------------------

    /** Opens the file in place of the current edition (asking first about unsaved changes); false if it did not open. */
    public boolean open(Path file) {
        if (!mayDiscard()) {
            return false;
        }
        Edition opened;
        try {
            opened = CoreEdition.read(file);
        } catch (EditionOpenException e) {
            dialogs.showError("Cannot open " + file.getFileName(), e.getMessage());
            return false;
        }
        show(opened, "");
        return true;
    }

    /** Shows no edition, with a notice in the status line (for example why nothing was opened). */
    public void showEmpty(String message) {
        show(null, message);
    }

    private void show(Edition next, String message) {
        if (edition != null) {
            edition.document().removeDocumentListener(documentListener);
        }
        display.timerExec(-1, refresh);
        edition = next;
        notice = message;
        if (next == null) {
            viewer.setDocument(null);
            viewer.setEditable(false);
        } else {
            viewer.setDocument(next.document());
            viewer.setEditable(true);
            next.document().addDocumentListener(documentListener);
            // focus in the text, not the outline: GTK selects a tree's first row when it takes the focus
            viewer.getTextWidget().setFocus();
        }
        refreshNow();
    }

    private void openChosen() {
        Path chosen = dialogs.chooseFileToOpen(edition == null ? null : edition.path());
        if (chosen != null) {
            open(chosen);
        }
    }

    private void closeEdition() {
        if (mayDiscard()) {
            show(null, "No edition open: File \u203a Open\u2026 opens one.");
        }
    }

    /** True when there is nothing unsaved, the person saved it, or chose to discard it. */
    boolean mayDiscard() {
        if (edition == null || !edition.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSaveChanges(edition.path().getFileName().toString())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private boolean save() {
        if (edition == null) {
            return false;
        }
        try {
            edition.save();
            updateState();
            return true;
        } catch (IOException e) {
            dialogs.showError("Cannot save " + edition.path().getFileName(), e.getMessage());
            return false;
        }
    }

    private void saveAs() {
        if (edition == null) {
            return;
        }
        Path target = dialogs.chooseFileToSave(edition.path());
        if (target == null) {
            return;
        }
        try {
            edition.saveAs(target);
        } catch (IOException e) {
            dialogs.showError("Cannot save " + target.getFileName(), e.getMessage());
        }
        updateState();
    }

    private void undo() {
        if (edition != null && edition.canUndo()) {
            edition.undo();
        }
    }

    private void redo() {
        if (edition != null && edition.canRedo()) {
            edition.redo();
        }
    }

    // --- keeping the views up to date ----------------------------------------------------------------------------

    /** Brings the outline, the problems and the title up to date with the text now (normally done after a pause). */
    public void refreshNow() {
        if (shell.isDisposed()) {
            return;
        }
        if (edition == null) {
            outline.setInput(List.of());
            problemsLabel.setText("");
            messageLabel.setText(notice);
        } else {
            outline.setInput(OutlineModel.divisions(edition.document().get()));
            outline.expandAll();
            List<SourceProblem> problems = edition.problems();
            problemsLabel.setText(WindowState.problemCount(problems));
            messageLabel.setText(problems.isEmpty() ? notice : WindowState.firstProblem(problems));
            messageLabel.setToolTipText(messageLabel.getText());
        }
        updatePosition(viewer.getTextWidget().getCaretOffset());
        updateState();
    }

    private void updatePosition(int widgetOffset) {
        if (edition == null) {
            positionLabel.setText("");
            return;
        }
        // the whole document is visible (no folding), so widget and document offsets are the same
        positionLabel.setText(WindowState.position(edition.locate(Math.max(0, widgetOffset))));
    }

    private void updateTitle() {
        String title = edition == null ? WindowState.title(null, false) : WindowState.title(edition.path(), edition.isDirty());
        if (!title.equals(shell.getText())) {
            shell.setText(title);
        }
    }

    private void updateState() {
        updateTitle();
        boolean open = edition != null;
        saveItem.setEnabled(open);
        saveAsItem.setEnabled(open);
        closeItem.setEnabled(open);
        undoItem.setEnabled(open && edition.canUndo());
        redoItem.setEnabled(open && edition.canRedo());
    }

    private void revealDivision(Division division) {
        if (edition == null) {
            return;
        }
        int length = division.headEnd() - division.headStart();
        viewer.setSelectedRange(division.headStart(), length);
        viewer.revealRange(division.headStart(), length);
    }

    // --- for the application and for tests -----------------------------------------------------------------------

    public Shell shell() {
        return shell;
    }

    public SourceViewer viewer() {
        return viewer;
    }

    public TreeViewer outline() {
        return outline;
    }

    /** The open edition, or null. */
    public Edition edition() {
        return edition;
    }

    /** The status line's texts: position, problem count, message. */
    public String[] statusLine() {
        return new String[] {positionLabel.getText(), problemsLabel.getText(), messageLabel.getText()};
    }

    /** The text editor's setup: XML colours, no partitioner, no hovers, undo kept by the edition. */
    private static final class Configuration extends SourceViewerConfiguration {
        @Override
        public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
            PresentationReconciler reconciler = new PresentationReconciler();
            XmlHighlighter highlighter = new XmlHighlighter();
            reconciler.setDamager(highlighter, IDocument.DEFAULT_CONTENT_TYPE);
            reconciler.setRepairer(highlighter, IDocument.DEFAULT_CONTENT_TYPE);
            return reconciler;
        }

        @Override
        public IUndoManager getUndoManager(ISourceViewer sourceViewer) {
            return null;
        }

        @Override
        public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
            return null;
        }
    }
}
