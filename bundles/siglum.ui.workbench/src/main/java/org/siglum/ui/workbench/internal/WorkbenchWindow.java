package org.siglum.ui.workbench.internal;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.siglum.core.EditionDocument;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandHandler;
import org.siglum.ui.api.CommandSpec;
import org.siglum.ui.api.EditorSelection;
import org.siglum.ui.api.ViewContribution;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.ViewPlacement;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.api.WorkbenchListener;
import org.siglum.ui.editor.SourceEditor;
import org.siglum.ui.workbench.internal.checks.CheckResult;
import org.siglum.ui.workbench.internal.checks.CheckServices;
import org.siglum.ui.workbench.internal.edition.Edition;
import org.siglum.ui.workbench.internal.recovery.WindowRecovery;

/**
 * The main window, which puts its parts together and keeps them in step: the toolbar, menus and keys built from
 * contributed commands ({@link WindowMenus}), the source editor (siglum.ui.editor) amid tab folders of contributed views
 * ({@link PartHost}), the status line ({@link StatusLine}), the edition shown from open to save ({@link
 * EditionLifecycle}) and the checks as you type ({@link LiveChecks}). Views, commands and handlers come and go while
 * the window is open ({@link #addView}, {@link #addCommand}, {@link #addHandler}); what they see of the window is
 * {@link #workbench()}.
 */
public final class WorkbenchWindow {

    /** How long after the last keystroke the views hear of the change (coalesced) and the status line is updated. */
    static final int REFRESH_DELAY_MS = 250;

    /** How long after the last keystroke validation and the suspects search start, on their own thread. */
    static final int CHECK_DELAY_MS = 500;

    /** The command after whose menu item the window puts its Open Recent submenu. */
    public static final String OPEN_COMMAND = "siglum.file.open";

    private final Display display;
    private final Shell shell;
    private final Dialogs dialogs;
    private final LayoutStore layout;
    private final Map<ViewContribution, CommandSpec> viewCommands = new IdentityHashMap<>();
    private final WindowWorkbench workbench = new WindowWorkbench(this);
    private final Reports reports = new Reports();
    private final WorkbenchEvents events = new WorkbenchEvents(reports);
    private final EditionLifecycle editions;
    private final WindowMenus menus;
    private final PartHost parts;
    private final SourceEditor editor;
    private final StatusLine status;
    private final LiveChecks checks;
    private EditorSelection lastSelection = new EditorSelection(0, 0);
    private final IDocumentListener documentListener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            updateTitle();
            display.timerExec(REFRESH_DELAY_MS, refresh);
            checks.request();
        }
    };
    private final Runnable refresh = () -> {
        refreshNow();
        fireDocumentChanged();
    };

    public WorkbenchWindow(Display display, Function<Shell, Dialogs> dialogs, CheckServices services, Path settings) {
        this.display = display;
        this.layout = new LayoutStore(settings);
        RecentFiles recent = new RecentFiles(settings);
        this.shell = new Shell(display, SWT.SHELL_TRIM);
        this.dialogs = dialogs.apply(shell);
        this.editions = new EditionLifecycle(this.dialogs, recent, new EditionLifecycle.Host() {
            @Override
            public void show(Edition previous, Edition next, String message) {
                shown(previous, next, message);
            }

            @Override
            public void saved(boolean savedAs) {
                updateState();
                if (savedAs) {
                    fireEditionChanged();
                }
            }
        });
        shell.setText(WindowState.title(null, false));
        shell.setLayout(Grid.layout(1, 0));
        shell.setMenuBar(new Menu(shell, SWT.BAR));

        // the shell's rows: toolbar, left | (editor over bottom) | right, status line
        menus = new WindowMenus(shell, workbench, this.dialogs, reports, recent::files, this::open,
                this::updateState);
        parts = new PartHost(shell, layout, workbench, reports,
                centre -> SourceEditor.create(centre, services.guide(), this::model));
        editor = parts.editor();
        status = new StatusLine(shell);
        reports.showIn(status::showMessage);
        checks = new LiveChecks(shell, services, CHECK_DELAY_MS, editions::edition, editor, status, reports);
        editor.addCaretListener(offset -> {
            updatePosition(offset);
            selectionMoved();
        });
        editor.addSelectionListener(this::selectionMoved);

        menus.listenForKeys();
        shell.addListener(SWT.Close, event -> event.doit = mayDiscard());
        shell.addDisposeListener(event -> {
            parts.keepLayout();
            layout.save();
            editions.windowClosed(); // recovery journal (0030): a clean close deletes it
            menus.dispose();
            parts.removeAll();
            checks.close();
        });
        // room for views on three sides, within the screen
        Rectangle screen = display.getPrimaryMonitor().getClientArea();
        shell.setSize(Math.min(1400, screen.width * 9 / 10), Math.min(900, screen.height * 9 / 10));
        menus.rebuild();
        updateState();
    }

    /** A window with no kept layout: for tests. */
    public WorkbenchWindow(Display display, Function<Shell, Dialogs> dialogs, CheckServices services) {
        this(display, dialogs, services, null);
    }

    /** The window behind a workbench, when it is this window's. */
    public static Optional<WorkbenchWindow> of(Workbench workbench) {
        return workbench instanceof WindowWorkbench w ? Optional.of(w.window()) : Optional.empty();
    }

    private EditionDocument model() {
        Edition edition = editions.edition();
        return edition == null ? null : edition.model();
    }

    // --- contributed views ---------------------------------------------------------------------------------------

    /**
     * Shows a view in a tab at its place, among the others by order. A view that throws while making its part is
     * reported in the status line and left out.
     */
    public void addView(ViewContribution view) {
        parts.addView(view);
        CommandSpec show = CommandSpec.of(SHOW_VIEW + view.id(), view.title())
                .withDescription("Show the " + view.title() + " view (open it again if it was closed)")
                .inMenu(CommandContribution.MENU_VIEW, 100 + (view.placement() == null ? 0 : view.placement().ordinal()))
                .does(workbench -> showView(view.id()));
        CommandSpec old = viewCommands.put(view, show);
        if (old != null) {
            menus.removeCommand(old);
        }
        menus.addCommand(show);
        menus.addHandler(show.id(), show.handler(), 0);
    }

    /** Disposes the view's part and removes its tab and its View menu item. */
    public void removeView(ViewContribution view) {
        parts.removeView(view);
        CommandSpec show = viewCommands.remove(view);
        if (show != null && !shell.isDisposed()) {
            menus.removeCommand(show);
        }
    }

    /** Closes a view's tab as the person does with its close button; the View menu brings it back. */
    public void closeView(String viewId) {
        parts.closeView(viewId);
    }

    /** Whether the view is known and its tab closed. */
    public boolean isViewClosed(String viewId) {
        return parts.isClosed(viewId);
    }

    /** The part of a view shown now, by the view's id, if it is of that type. */
    public <T extends ViewPart> Optional<T> part(String viewId, Class<T> type) {
        return parts.part(viewId, type);
    }

    /** The titles of the tabs at a place, in order. */
    public List<String> tabs(ViewPlacement placement) {
        return parts.tabs(placement);
    }

    /** Brings the view's tab to the front, opening it again first if it was closed. */
    public void showView(String viewId) {
        parts.showView(viewId);
    }

    /** The prefix of the View menu's command that shows a view: the view's id follows. */
    public static final String SHOW_VIEW = "siglum.view.show.";

    // --- contributed commands ------------------------------------------------------------------------------------

    /** Adds a command's menu item, key and toolbar button; a second command with an id is reported and left out. */
    public void addCommand(CommandContribution command) {
        menus.addCommand(command);
    }

    public void removeCommand(CommandContribution command) {
        menus.removeCommand(command);
    }

    /** Adds a handler for a command; among several, the highest ranking carries it out. */
    public void addHandler(String commandId, CommandHandler handler, int ranking) {
        menus.addHandler(commandId, handler, ranking);
    }

    public void removeHandler(String commandId, CommandHandler handler) {
        menus.removeHandler(commandId, handler);
    }

    /**
     * Runs a command's handler if it has one and it is enabled. What the handler throws is shown to the person as an
     * error naming the command; the window goes on.
     */
    public boolean execute(String commandId) {
        return menus.execute(commandId);
    }

    /** Whether a command has a handler now and the handler says it may run. */
    public boolean isEnabled(String commandId) {
        return menus.enabled(commandId);
    }

    /** The commands registered now, in registration order. */
    public List<CommandContribution> commands() {
        return menus.commands();
    }

    /** What went wrong with contributions (views that did not open, handlers that threw, key clashes), in order. */
    public List<String> reports() {
        return reports.all();
    }

    // --- listeners -------------------------------------------------------------------------------------------------

    void addListener(WorkbenchListener listener) {
        events.add(listener);
    }

    void removeListener(WorkbenchListener listener) {
        events.remove(listener);
    }

    /** Hears each check's result shown (findings and suspects of the text as it is). */
    public void addCheckListener(Consumer<CheckResult> listener) {
        checks.addListener(listener);
    }

    public void removeCheckListener(Consumer<CheckResult> listener) {
        checks.removeListener(listener);
    }

    private void fireEditionChanged() {
        Edition edition = edition();
        events.editionChanged(edition == null ? Optional.empty() : Optional.of(edition.model()));
    }

    private void fireDocumentChanged() {
        Edition edition = edition();
        if (edition == null || shell.isDisposed()) {
            return;
        }
        events.documentChanged(edition.model());
    }

    private void selectionMoved() {
        EditorSelection now = selection();
        if (now.equals(lastSelection)) {
            return;
        }
        lastSelection = now;
        menus.refreshEnablement();
        events.selectionChanged(now);
    }

    // --- opening and closing -------------------------------------------------------------------------------------

    /** Opens the file in place of the current edition (asking first about unsaved changes); false if it did not open. */
    public boolean open(Path file) {
        return editions.open(file);
    }

    /** Shows no edition, with a notice in the status line (for example why nothing was opened). */
    public void showEmpty(String message) {
        editions.show(null, message);
    }

    /** The edition shown is now {@code next} (null: none): the editor, the checks, the status line and views follow. */
    private void shown(Edition previous, Edition next, String message) {
        if (previous != null) {
            previous.document().removeDocumentListener(documentListener);
        }
        display.timerExec(-1, refresh);
        checks.reset();
        status.setNotice(message);
        editor.setDocument(next == null ? null : next.document());
        if (next != null) {
            checks.request();
            next.document().addDocumentListener(documentListener);
            // focus in the text, not the outline: GTK selects a tree's first row when it takes the focus
            editor.focus();
        }
        lastSelection = selection();
        refreshNow();
        fireEditionChanged();
    }

    /** Asks for a file and opens it. */
    public void openChosen() {
        editions.openChosen();
    }

    /** Closes the edition (asking about unsaved changes). */
    public void closeEdition() {
        editions.close();
    }

    /** True when there is nothing unsaved, the person saved it, or chose to discard it. */
    boolean mayDiscard() {
        return editions.mayDiscard();
    }

    /** Saves the edition; false (after telling the person) if it could not. */
    public boolean save() {
        return editions.save();
    }

    /** Asks for a file and saves the edition there; it becomes the edition's file. */
    public void saveAs() {
        editions.saveAs();
    }

    public void undo() {
        revealingChange(editions::undo);
    }

    public void redo() {
        revealingChange(editions::redo);
    }

    /**
     * Runs an undo or redo and then shows what it changed: the caret goes to the end of the last text it put back,
     * scrolled into view, as in Eclipse's editors (inside a long wrapped line too).
     */
    private void revealingChange(Runnable change) {
        Edition shown = edition();
        if (shown == null) {
            change.run();
            return;
        }
        IDocument document = shown.document();
        int[] last = {-1};
        IDocumentListener listener = new IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(DocumentEvent event) {
            }

            @Override
            public void documentChanged(DocumentEvent event) {
                int length = event.getText() == null ? 0 : event.getText().length();
                last[0] = event.getOffset() + length;
            }
        };
        document.addDocumentListener(listener);
        try {
            change.run();
        } finally {
            document.removeDocumentListener(listener);
        }
        if (last[0] >= 0 && edition() == shown) {
            select(last[0], 0);
        }
    }

    /**
     * Whether a clipboard action applies to the text with the keyboard focus in this window (the editor when nothing
     * in the window has it).
     */
    public boolean canEditText(TextAction action) {
        return action.appliesTo(textInFocus());
    }

    /** Does a clipboard action to the text with the keyboard focus (Edit › Cut, Copy, Paste, Select All). */
    public void editText(TextAction action) {
        Control control = textInFocus();
        if (action.appliesTo(control)) {
            action.apply(control);
            updateState();
        }
    }

    private Control textInFocus() {
        Control focus = display.getFocusControl();
        if (focus != null && !focus.isDisposed() && focus.getShell() == shell) {
            return focus;
        }
        return edition() == null ? null : editor.viewer().getTextWidget();
    }

    /** Closes the window (asking about unsaved changes). */
    public void quit() {
        shell.close();
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    /** The files opened last, most recent first. */
    public List<Path> recentFiles() {
        return editions.recentFiles();
    }

    /** Keeps a recovery journal of the editions shown (decision 0030); set before the first edition is opened. */
    public void setRecovery(WindowRecovery recovery) {
        editions.setRecovery(recovery);
    }

    // --- keeping the status line and the title up to date --------------------------------------------------------

    /** Brings the status line and the title up to date with the text now (normally done after a pause). */
    public void refreshNow() {
        if (shell.isDisposed()) {
            return;
        }
        status.showEdition(edition());
        updatePosition(editor.viewer().getTextWidget().getCaretOffset());
        updateState();
    }

    private void updatePosition(int offset) {
        status.showPosition(edition(), offset);
    }

    private void updateTitle() {
        Edition edition = edition();
        String title = edition == null ? WindowState.title(null, false) : WindowState.title(edition.path(), edition.isDirty());
        if (!title.equals(shell.getText())) {
            shell.setText(title);
        }
    }

    private void updateState() {
        if (shell.isDisposed()) {
            return;
        }
        updateTitle();
        menus.refreshEnablement();
    }

    // --- what the contributions see -----------------------------------------------------------------------------

    /** The window as the contributed views and handlers see it. */
    public Workbench workbench() {
        return workbench;
    }

    /** The editor's selection; (0, 0) when no edition is open. */
    EditorSelection selection() {
        if (edition() == null) {
            return new EditorSelection(0, 0);
        }
        Point range = editor.selectedRange();
        return new EditorSelection(Math.max(0, range.x), Math.max(0, range.y));
    }

    /** Selects a range of the text (clamped to it) and scrolls it into view. */
    void select(int offset, int length) {
        if (edition() == null) {
            return;
        }
        editor.select(offset, length);
        selectionMoved();
    }

    void showMessage(String message) {
        status.showMessage(message);
    }

    /** The last check's result shown, or null. */
    public CheckResult lastCheck() {
        return checks.last();
    }

    // --- for the application, the workbench's own contributions and tests ------------------------------------------

    public Shell shell() {
        return shell;
    }

    /** The source editor: find/replace and content assistance among what it does. */
    public SourceEditor editorFeatures() {
        return editor;
    }

    /** The editor's viewer. Code inside this bundle reaches the text widget and the document through it. */
    public ISourceViewer viewer() {
        return editor.viewer();
    }

    /** The open edition, or null. */
    public Edition edition() {
        return editions.edition();
    }

    /** The status line's texts: position, problem count, message, validation and suspects. */
    public String[] statusLine() {
        return status.texts();
    }

    /** The annotations in the editor now: validation findings and suspects. */
    public IAnnotationModel annotations() {
        return editor.annotations();
    }
}
