package org.siglum.ui.workbench.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.bindings.keys.SWTKeySupport;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IUndoManager;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.siglum.suspects.Suspect;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandHandler;
import org.siglum.ui.api.EditorSelection;
import org.siglum.ui.api.ViewContribution;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.ViewPlacement;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.api.WorkbenchListener;
import org.siglum.ui.workbench.internal.checks.BackgroundChecks;
import org.siglum.ui.workbench.internal.checks.CheckResult;
import org.siglum.ui.workbench.internal.checks.Services;
import org.siglum.ui.workbench.internal.edition.CoreEdition;
import org.siglum.ui.workbench.internal.edition.Edition;
import org.siglum.ui.workbench.internal.edition.EditionOpenException;
import org.siglum.ui.workbench.internal.edition.SourceProblem;
import org.siglum.ui.workbench.internal.editor.EditorFeatures; // [editor features, decision 0028]
import org.siglum.ui.workbench.internal.host.CommandRegistry;
import org.siglum.ui.workbench.internal.host.Keys;
import org.siglum.ui.workbench.internal.host.MenuLayout;
import org.siglum.ui.workbench.internal.views.ProblemRows;
import org.siglum.validation.Finding;

/**
 * The main window: the XML source editor in the middle, tab folders of contributed views left of it, under it and
 * right of it, a menu bar and a toolbar built from contributed commands, and a status line. Views, commands and
 * handlers come and go while the window is open ({@link #addView}, {@link #addCommand}, {@link #addHandler}); what
 * they see of the window is {@link #workbench()}. The editor itself ({@link #viewer()}) and the checks as you type
 * stay here.
 */
public final class WorkbenchWindow {

    /** How long after the last keystroke the views hear of the change (coalesced) and the status line is updated. */
    static final int REFRESH_DELAY_MS = 250;

    /** How long after the last keystroke validation and the suspects search start, on their own thread. */
    static final int CHECK_DELAY_MS = 500;

    /** Annotation types: a validation error or warning (squiggly underline), an OCR suspect (dotted box). */
    static final String ERROR_TYPE = "siglum.error";
    static final String WARNING_TYPE = "siglum.warning";
    static final String SUSPECT_TYPE = "siglum.suspect";

    /** The command after whose menu item the window puts its Open Recent submenu. */
    public static final String OPEN_COMMAND = "siglum.file.open";

    /**
     * Pango takes this as a list of families: markup in a monospaced font, Thai from Loma (fonts-thai-tlwg), which
     * places vowels and tone marks right; a monospaced Thai font gives each mark a cell of its own.
     */
    private static final String EDITOR_FONT = "DejaVu Sans Mono,Loma,Monospace";

    /** A view shown in a tab. */
    private record Placed(ViewContribution view, CTabFolder folder, CTabItem tab, Composite parent, ViewPart part) {
    }

    private final Display display;
    private final Shell shell;
    private final Dialogs dialogs;
    private final SourceViewer viewer;
    private final Label positionLabel;
    private final Label problemsLabel;
    private final Label messageLabel;
    private final Label checkLabel;
    private final Font editorFont;
    private final BackgroundChecks checks;
    private final EditorFeatures editorFeatures; // [editor features, decision 0028]
    private final LayoutStore layout;
    private final RecentFiles recent;
    private final AnnotationModel annotations = new AnnotationModel();
    private final WindowWorkbench workbench = new WindowWorkbench(this);
    private final List<WorkbenchListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<CheckResult>> checkListeners = new CopyOnWriteArrayList<>();
    private final CommandRegistry commands = new CommandRegistry();
    private final Map<ViewContribution, Placed> views = new IdentityHashMap<>();
    private final Map<String, MenuItem> commandItems = new HashMap<>();
    private final Map<String, ToolItem> toolItems = new HashMap<>();
    private final Map<Integer, String> keyOnlyCommands = new HashMap<>();
    private final List<String> reports = new ArrayList<>();
    private final Map<ViewPlacement, CTabFolder> folders = new LinkedHashMap<>();
    private final SashForm main;
    private final SashForm centre;
    private final ToolBar toolBar;
    private final Listener keyFilter = this::keyPressed;
    private List<Annotation> shownAnnotations = new ArrayList<>();
    private CheckResult lastCheck;
    private EditorSelection lastSelection = new EditorSelection(0, 0);
    private final IDocumentListener documentListener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            updateTitle();
            display.timerExec(REFRESH_DELAY_MS, refresh);
            requestCheck();
        }
    };
    private final Runnable refresh = () -> {
        refreshNow();
        fireDocumentChanged();
    };

    private Edition edition;
    private String notice = "";
    private org.siglum.ui.workbench.internal.recovery.WindowRecovery recovery = // recovery journal (0030)
            org.siglum.ui.workbench.internal.recovery.WindowRecovery.none();

    public WorkbenchWindow(Display display, Function<Shell, Dialogs> dialogs, Services services, Path settings) {
        this.display = display;
        this.checks = new BackgroundChecks(services, CHECK_DELAY_MS);
        this.layout = new LayoutStore(settings);
        this.recent = new RecentFiles(settings);
        this.shell = new Shell(display, SWT.SHELL_TRIM);
        this.dialogs = dialogs.apply(shell);
        shell.setText(WindowState.title(null, false));
        shell.setLayout(grid(1, 0));
        shell.setMenuBar(new Menu(shell, SWT.BAR));

        toolBar = new ToolBar(shell, SWT.FLAT | SWT.RIGHT | SWT.HORIZONTAL);
        toolBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        // left | (editor over bottom) | right; a folder without views is hidden and the sash gives its room away
        main = new SashForm(shell, SWT.HORIZONTAL | SWT.SMOOTH);
        main.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        folders.put(ViewPlacement.LEFT, folder(main));
        centre = new SashForm(main, SWT.VERTICAL | SWT.SMOOTH);
        folders.put(ViewPlacement.RIGHT, folder(main));

        viewer = new SourceViewer(centre, null, null, false, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
        viewer.configure(new Configuration());
        StyledText text = viewer.getTextWidget();
        editorFont = new Font(display, new FontData(EDITOR_FONT, 11, SWT.NORMAL));
        text.setFont(editorFont);
        text.setWordWrap(true);
        // Thai stacks vowels and tone marks above and below the line: give them room
        text.setLineSpacing(4);
        text.setLeftMargin(6);
        text.addCaretListener(event -> {
            updatePosition(event.caretOffset);
            selectionMoved();
        });
        text.addListener(SWT.Selection, event -> selectionMoved());
        installAnnotationPainter();
        // [editor features, decision 0028] schema content assist, Thai clusters for the caret, find/replace
        editorFeatures = new EditorFeatures(viewer, services.guide(), () -> edition == null ? null : edition.model());
        folders.put(ViewPlacement.BOTTOM, folder(centre));

        main.setWeights(layout.weights("sash.main", 2, 7, 3));
        centre.setWeights(layout.weights("sash.editor", 3, 2));
        updateFolders();

        Composite status = new Composite(shell, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
        status.setLayout(grid(4, 4));
        positionLabel = statusLabel(status, 150, false);
        problemsLabel = statusLabel(status, 110, false);
        checkLabel = statusLabel(status, 220, false);
        messageLabel = statusLabel(status, SWT.DEFAULT, true);

        display.addFilter(SWT.KeyDown, keyFilter);
        shell.addListener(SWT.Close, event -> event.doit = mayDiscard());
        shell.addDisposeListener(event -> {
            layout.setWeights("sash.main", main.getWeights());
            layout.setWeights("sash.editor", centre.getWeights());
            layout.save();
            recovery.closed(); // recovery journal (0030): a clean close deletes it
            display.removeFilter(SWT.KeyDown, keyFilter);
            for (ViewContribution view : new ArrayList<>(views.keySet())) {
                disposePart(views.remove(view));
            }
            checks.close();
            editorFont.dispose();
        });
        // room for views on three sides, within the screen
        org.eclipse.swt.graphics.Rectangle screen = display.getPrimaryMonitor().getClientArea();
        shell.setSize(Math.min(1400, screen.width * 9 / 10), Math.min(900, screen.height * 9 / 10));
        rebuildCommands();
        updateState();
    }

    /** A window with no kept layout: for tests. */
    public WorkbenchWindow(Display display, Function<Shell, Dialogs> dialogs, Services services) {
        this(display, dialogs, services, null);
    }

    /** The window behind a workbench, when it is this window's. */
    public static Optional<WorkbenchWindow> of(Workbench workbench) {
        return workbench instanceof WindowWorkbench w ? Optional.of(w.window()) : Optional.empty();
    }

    /** A tab folder whose first tab stays in front as views arrive, until the person picks one. */
    private static CTabFolder folder(Composite parent) {
        CTabFolder folder = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        folder.addListener(SWT.Selection, event -> folder.setData(CHOSEN, Boolean.TRUE));
        return folder;
    }

    /** Marks a folder whose tab the person picked. */
    private static final String CHOSEN = "siglum.chosen";

    private void installAnnotationPainter() {
        AnnotationPainter painter = new AnnotationPainter(viewer, new IAnnotationAccess() {
            @Override
            public Object getType(Annotation annotation) {
                return annotation.getType();
            }

            @Override
            public boolean isMultiLine(Annotation annotation) {
                return true;
            }

            @Override
            public boolean isTemporary(Annotation annotation) {
                return true;
            }
        });
        painter.addTextStyleStrategy("squiggle", new AnnotationPainter.UnderlineStrategy(SWT.UNDERLINE_SQUIGGLE));
        painter.addTextStyleStrategy("box", new AnnotationPainter.BoxStrategy(SWT.BORDER_DOT));
        painter.addAnnotationType(ERROR_TYPE, "squiggle");
        painter.addAnnotationType(WARNING_TYPE, "squiggle");
        painter.addAnnotationType(SUSPECT_TYPE, "box");
        painter.setAnnotationTypeColor(ERROR_TYPE, display.getSystemColor(SWT.COLOR_RED));
        painter.setAnnotationTypeColor(WARNING_TYPE, new Color(0xd0, 0x90, 0x00));
        painter.setAnnotationTypeColor(SUSPECT_TYPE, new Color(0x80, 0x30, 0xc0));
        viewer.addPainter(painter);
        viewer.addTextPresentationListener(painter);
    }


    private static GridLayout grid(int columns, int margin) {
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = margin;
        layout.marginHeight = margin;
        layout.horizontalSpacing = 12;
        layout.verticalSpacing = 2;
        return layout;
    }

    private static Label statusLabel(Composite parent, int width, boolean grab) {
        Label label = new Label(parent, SWT.NONE);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, grab, false);
        data.widthHint = width;
        label.setLayoutData(data);
        return label;
    }

    // --- contributed views ---------------------------------------------------------------------------------------

    /**
     * Shows a view in a tab at its place, among the others by order. A view that throws while making its part is
     * reported in the status line and left out.
     */
    public void addView(ViewContribution view) {
        if (shell.isDisposed() || views.containsKey(view)) {
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
        CTabItem tab = new CTabItem(folder, SWT.NONE, index);
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
            report("The view " + view.title() + " could not be shown: " + describe(e));
            updateFolders();
            return;
        }
        views.put(view, new Placed(view, folder, tab, parent, part));
        if (folder.getSelection() == null || (index == 0 && folder.getData(CHOSEN) == null)) {
            folder.setSelection(tab);
        }
        updateFolders();
    }

    /** Disposes the view's part and removes its tab. */
    public void removeView(ViewContribution view) {
        Placed placed = views.remove(view);
        if (placed != null && !shell.isDisposed()) {
            disposePart(placed);
            updateFolders();
        }
    }

    private void disposePart(Placed placed) {
        try {
            placed.part().dispose();
        } catch (RuntimeException | LinkageError e) {
            report("The view " + placed.view().title() + " failed while closing: " + describe(e));
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

    /** The part of a view shown now, by the view's id, if it is of that type. */
    public <T extends ViewPart> Optional<T> part(String viewId, Class<T> type) {
        return views.values().stream()
                .filter(p -> p.view().id().equals(viewId))
                .map(Placed::part)
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst();
    }

    /** The titles of the tabs at a place, in order. */
    public List<String> tabs(ViewPlacement placement) {
        List<String> titles = new ArrayList<>();
        for (CTabItem item : folders.get(placement).getItems()) {
            titles.add(item.getText());
        }
        return titles;
    }

    /** Brings the view's tab to the front. */
    public void showView(String viewId) {
        views.values().stream().filter(p -> p.view().id().equals(viewId)).findFirst()
                .ifPresent(p -> p.folder().setSelection(p.tab()));
    }

    // --- contributed commands ------------------------------------------------------------------------------------

    /** Adds a command's menu item, key and toolbar button; a second command with an id is reported and left out. */
    public void addCommand(CommandContribution command) {
        if (shell.isDisposed()) {
            return;
        }
        if (!commands.addCommand(command)) {
            report("The command " + command.id() + " is registered twice; the second is left out.");
            return;
        }
        rebuildCommands();
    }

    public void removeCommand(CommandContribution command) {
        if (!shell.isDisposed() && commands.removeCommand(command)) {
            rebuildCommands();
        }
    }

    /** Adds a handler for a command; among several, the highest ranking carries it out. */
    public void addHandler(String commandId, CommandHandler handler, int ranking) {
        commands.addHandler(commandId, handler, ranking);
        if (!shell.isDisposed()) {
            refreshEnablement();
        }
    }

    public void removeHandler(String commandId, CommandHandler handler) {
        commands.removeHandler(commandId, handler);
        if (!shell.isDisposed()) {
            refreshEnablement();
        }
    }

    /**
     * Runs a command's handler if it has one and it is enabled. What the handler throws is shown to the person as an
     * error naming the command; the window goes on.
     */
    public boolean execute(String commandId) {
        Optional<CommandHandler> handler = commands.handler(commandId);
        if (handler.isEmpty() || !enabled(handler.get())) {
            return false;
        }
        try {
            handler.get().execute(workbench);
        } catch (Exception | LinkageError e) {
            String name = commands.command(commandId).map(CommandContribution::label).orElse(commandId)
                    .replace("&", "").replace("\u2026", "");
            report(name + " failed: " + describe(e));
            dialogs.showError(name + " failed", describe(e));
        }
        if (!shell.isDisposed()) {
            updateState();
        }
        return true;
    }

    private boolean enabled(CommandHandler handler) {
        try {
            return handler.isEnabled(workbench);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private boolean enabled(String commandId) {
        return commands.handler(commandId).map(this::enabled).orElse(false);
    }

    /** Builds the menu bar, the toolbar and the key bindings again from the commands registered now. */
    private void rebuildCommands() {
        List<CommandContribution> all = commands.commands();
        Map<String, Keys> bound = new HashMap<>();
        Map<Integer, String> byAccelerator = new HashMap<>();
        for (CommandContribution command : all) {
            Optional<String> sequence = command.keys();
            if (sequence.isEmpty() || sequence.get().isBlank()) {
                continue;
            }
            try {
                Keys keys = Keys.parse(sequence.get());
                String owner = byAccelerator.putIfAbsent(keys.accelerator(), command.id());
                if (owner != null) {
                    report(keys.text() + " is bound to " + owner + " already; " + command.id() + " gets no key.");
                } else {
                    bound.put(command.id(), keys);
                }
            } catch (IllegalArgumentException e) {
                report("The command " + command.id() + " has a key binding that cannot be read: " + e.getMessage());
            }
        }

        Menu old = shell.getMenuBar();
        Menu bar = new Menu(shell, SWT.BAR);
        commandItems.clear();
        keyOnlyCommands.clear();
        for (MenuLayout.Menu menu : MenuLayout.menus(all)) {
            MenuItem header = new MenuItem(bar, SWT.CASCADE);
            header.setText("&" + menu.name());
            Menu dropDown = new Menu(shell, SWT.DROP_DOWN);
            header.setMenu(dropDown);
            dropDown.addListener(SWT.Show, event -> updateState());
            for (CommandContribution command : menu.items()) {
                if (command == null) {
                    new MenuItem(dropDown, SWT.SEPARATOR);
                    continue;
                }
                MenuItem item = new MenuItem(dropDown, SWT.PUSH);
                Keys keys = bound.get(command.id());
                item.setText(keys == null ? command.label() : command.label() + "\t" + keys.text());
                if (keys != null) {
                    item.setAccelerator(keys.accelerator());
                }
                String id = command.id();
                item.addListener(SWT.Selection, event -> execute(id));
                commandItems.put(id, item);
                if (id.equals(OPEN_COMMAND)) {
                    recentMenu(dropDown);
                }
            }
        }
        for (CommandContribution command : all) {
            Keys keys = bound.get(command.id());
            if (keys != null && !commandItems.containsKey(command.id())) {
                keyOnlyCommands.put(keys.accelerator(), command.id());
            }
        }
        shell.setMenuBar(bar);
        if (old != null) {
            old.dispose();
        }

        for (ToolItem item : toolBar.getItems()) {
            item.dispose();
        }
        toolItems.clear();
        for (CommandContribution command : MenuLayout.toolbar(all)) {
            ToolItem item = new ToolItem(toolBar, SWT.PUSH);
            item.setText(command.toolbarText());
            item.setToolTipText(command.description());
            String id = command.id();
            item.addListener(SWT.Selection, event -> execute(id));
            toolItems.put(id, item);
        }
        boolean buttons = toolBar.getItemCount() > 0;
        ((GridData) toolBar.getLayoutData()).exclude = !buttons;
        toolBar.setVisible(buttons);
        shell.layout(true);
        refreshEnablement();
    }

    private void recentMenu(Menu file) {
        MenuItem cascade = new MenuItem(file, SWT.CASCADE);
        cascade.setText("Open &Recent");
        Menu files = new Menu(shell, SWT.DROP_DOWN);
        cascade.setMenu(files);
        files.addListener(SWT.Show, event -> {
            for (MenuItem item : files.getItems()) {
                item.dispose();
            }
            List<Path> paths = recent.files();
            if (paths.isEmpty()) {
                MenuItem none = new MenuItem(files, SWT.PUSH);
                none.setText("(none)");
                none.setEnabled(false);
            }
            for (Path path : paths) {
                MenuItem item = new MenuItem(files, SWT.PUSH);
                item.setText(path.getFileName() + "  \u2014  " + path.getParent());
                item.addListener(SWT.Selection, e -> open(path));
            }
        });
    }

    /** Keys of commands that have no menu item (menu items' accelerators handle the others). */
    private void keyPressed(Event event) {
        if (keyOnlyCommands.isEmpty() || !(event.widget instanceof Control control) || control.isDisposed()
                || control.getShell() != shell) {
            return;
        }
        int accelerator = SWTKeySupport.convertEventToUnmodifiedAccelerator(event);
        String id = keyOnlyCommands.get(accelerator);
        if (id != null && execute(id)) {
            event.doit = false;
            event.type = SWT.None;
        }
    }

    private void refreshEnablement() {
        for (Map.Entry<String, MenuItem> entry : commandItems.entrySet()) {
            boolean enabled = enabled(entry.getKey());
            if (!entry.getValue().isDisposed() && entry.getValue().getEnabled() != enabled) {
                entry.getValue().setEnabled(enabled);
            }
        }
        for (Map.Entry<String, ToolItem> entry : toolItems.entrySet()) {
            boolean enabled = enabled(entry.getKey());
            if (!entry.getValue().isDisposed() && entry.getValue().getEnabled() != enabled) {
                entry.getValue().setEnabled(enabled);
            }
        }
    }

    /** The commands registered now, in registration order. */
    public List<CommandContribution> commands() {
        return commands.commands();
    }

    /** What went wrong with contributions (views that did not open, handlers that threw, key clashes), in order. */
    public List<String> reports() {
        return List.copyOf(reports);
    }

    private void report(String message) {
        reports.add(message);
        notice = message;
        if (!messageLabel().isDisposed()) {
            messageLabel().setText(message);
            messageLabel().setToolTipText(message);
        }
    }

    private Label messageLabel() {
        return messageLabel;
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    // --- listeners -------------------------------------------------------------------------------------------------

    void addListener(WorkbenchListener listener) {
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    void removeListener(WorkbenchListener listener) {
        listeners.remove(listener);
    }

    /** Hears each check's result shown (findings and suspects of the text as it is). */
    public void addCheckListener(Consumer<CheckResult> listener) {
        checkListeners.add(listener);
    }

    public void removeCheckListener(Consumer<CheckResult> listener) {
        checkListeners.remove(listener);
    }

    private void guard(String who, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException | LinkageError e) {
            report(who + " failed: " + describe(e));
        }
    }

    private void fireEditionChanged() {
        Optional<org.siglum.core.EditionDocument> model =
                edition == null ? Optional.empty() : Optional.of(edition.model());
        for (WorkbenchListener listener : listeners) {
            guard("A view", () -> listener.editionChanged(model));
        }
    }

    private void fireDocumentChanged() {
        if (edition == null || shell.isDisposed()) {
            return;
        }
        org.siglum.core.EditionDocument model = edition.model();
        for (WorkbenchListener listener : listeners) {
            guard("A view", () -> listener.documentChanged(model));
        }
    }

    private void selectionMoved() {
        EditorSelection now = selection();
        if (now.equals(lastSelection)) {
            return;
        }
        lastSelection = now;
        refreshEnablement();
        for (WorkbenchListener listener : listeners) {
            guard("A view", () -> listener.selectionChanged(now));
        }
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
        recent.add(file);
        show(opened, "");
        return true;
    }

    /** Shows no edition, with a notice in the status line (for example why nothing was opened). */
    public void showEmpty(String message) {
        show(null, message);
    }

    private void show(Edition next, String message) {
        message = recovery.showing(next == null ? null : next.model(), message); // recovery journal (0030)
        if (edition != null) {
            edition.document().removeDocumentListener(documentListener);
        }
        display.timerExec(-1, refresh);
        checks.cancel();
        edition = next;
        notice = message;
        lastCheck = null;
        clearAnnotations();
        if (next == null) {
            viewer.setDocument(null);
            viewer.setEditable(false);
        } else {
            viewer.setDocument(next.document(), annotations);
            requestCheck();
            viewer.setEditable(true);
            next.document().addDocumentListener(documentListener);
            // focus in the text, not the outline: GTK selects a tree's first row when it takes the focus
            viewer.getTextWidget().setFocus();
        }
        lastSelection = selection();
        refreshNow();
        fireEditionChanged();
    }

    /** Asks for a file and opens it. */
    public void openChosen() {
        Path chosen = dialogs.chooseFileToOpen(edition == null ? null : edition.path());
        if (chosen != null) {
            open(chosen);
        }
    }

    /** Closes the edition (asking about unsaved changes). */
    public void closeEdition() {
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

    /** Saves the edition; false (after telling the person) if it could not. */
    public boolean save() {
        if (edition == null) {
            return false;
        }
        try {
            edition.save();
            recovery.saved(); // recovery journal (0030)
            updateState();
            return true;
        } catch (IOException e) {
            dialogs.showError("Cannot save " + edition.path().getFileName(), e.getMessage());
            return false;
        }
    }

    /** Asks for a file and saves the edition there; it becomes the edition's file. */
    public void saveAs() {
        if (edition == null) {
            return;
        }
        Path target = dialogs.chooseFileToSave(edition.path());
        if (target == null) {
            return;
        }
        try {
            edition.saveAs(target);
            recovery.saved(); // recovery journal (0030)
            recent.add(target);
        } catch (IOException e) {
            dialogs.showError("Cannot save " + target.getFileName(), e.getMessage());
        }
        updateState();
        fireEditionChanged();
    }

    public void undo() {
        if (edition != null && edition.canUndo()) {
            edition.undo();
        }
    }

    public void redo() {
        if (edition != null && edition.canRedo()) {
            edition.redo();
        }
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
        return recent.files();
    }

    // --- keeping the status line up to date ----------------------------------------------------------------------

    /** Brings the status line and the title up to date with the text now (normally done after a pause). */
    public void refreshNow() {
        if (shell.isDisposed()) {
            return;
        }
        if (edition == null) {
            problemsLabel.setText("");
            checkLabel.setText("");
            messageLabel.setText(notice);
        } else {
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
        if (shell.isDisposed()) {
            return;
        }
        updateTitle();
        refreshEnablement();
    }

    // --- what the contributions see -----------------------------------------------------------------------------

    /** The window as the contributed views and handlers see it. */
    public Workbench workbench() {
        return workbench;
    }

    /** The editor's selection; (0, 0) when no edition is open. */
    EditorSelection selection() {
        if (edition == null) {
            return new EditorSelection(0, 0);
        }
        Point range = viewer.getSelectedRange();
        return new EditorSelection(Math.max(0, range.x), Math.max(0, range.y));
    }

    /** Selects a range of the text (clamped to it) and scrolls it into view. */
    void select(int offset, int length) {
        if (edition == null) {
            return;
        }
        int size = edition.document().getLength();
        int start = Math.max(0, Math.min(offset, size));
        int extent = Math.max(0, Math.min(length, size - start));
        viewer.setSelectedRange(start, extent);
        viewer.revealRange(start, extent);
        selectionMoved();
    }

    void showMessage(String message) {
        notice = message == null ? "" : message;
        if (!messageLabel.isDisposed()) {
            messageLabel.setText(notice);
            messageLabel.setToolTipText(notice);
        }
    }

    // --- validation as you type and the suspects ------------------------------------------------------------------

    private void requestCheck() {
        if (edition == null) {
            return;
        }
        Edition checked = edition;
        checks.request(checked.document().get(), checked.path().getFileName().toString(),
                result -> display.asyncExec(() -> {
                    if (!shell.isDisposed() && edition == checked) {
                        showCheck(result);
                    }
                }));
    }

    /** Shows a check's findings and suspects, if the text is still the one checked (else a newer check is due). */
    private void showCheck(CheckResult result) {
        String text = edition.document().get();
        if (!text.equals(result.text())) {
            return;
        }
        lastCheck = result;
        Map<Annotation, Position> added = new HashMap<>();
        for (Finding finding : result.findings()) {
            int offset = Math.max(0, Math.min(finding.offset(), text.length() - 1));
            Annotation annotation = new Annotation(finding.isError() ? ERROR_TYPE : WARNING_TYPE, false,
                    "[" + finding.rule() + "] " + finding.message());
            added.put(annotation, new Position(offset, extent(text, offset)));
        }
        for (Suspect suspect : result.suspects()) {
            Annotation annotation = new Annotation(SUSPECT_TYPE, false, "OCR suspect: " + suspect.form());
            added.put(annotation, new Position(suspect.offset(), suspect.length()));
        }
        annotations.replaceAnnotations(shownAnnotations.toArray(Annotation[]::new), added);
        shownAnnotations = new ArrayList<>(added.keySet());
        String words = result.failure() != null ? "Validation failed: " + result.failure()
                : ProblemRows.count(result.findings());
        checkLabel.setText(words + " \u00b7 " + result.suspects().size() + " suspects");
        checkLabel.setToolTipText("Validated against the Siglum schema in " + result.millis() + " ms");
        for (Consumer<CheckResult> listener : checkListeners) {
            guard("A view", () -> listener.accept(result));
        }
    }

    private void clearAnnotations() {
        annotations.replaceAnnotations(shownAnnotations.toArray(Annotation[]::new), Map.of());
        shownAnnotations = new ArrayList<>();
    }

    /** How much to underline from an offset: a whole tag, else a word, at least one character. */
    public static int extent(String text, int offset) {
        if (text.isEmpty() || offset >= text.length()) {
            return 0;
        }
        int end = offset;
        if (text.charAt(offset) == '<') {
            int close = text.indexOf('>', offset);
            end = close < 0 ? text.length() : close + 1;
        } else {
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '<'
                    && end - offset < 80) {
                end++;
            }
        }
        return Math.max(1, end - offset);
    }


    /** The last check's result shown, or null. */
    public CheckResult lastCheck() {
        return lastCheck;
    }

    // --- for the application, the workbench's own contributions and tests ------------------------------------------

    /** Keeps a recovery journal of the editions shown (decision 0030); set before the first edition is opened. */
    public void setRecovery(org.siglum.ui.workbench.internal.recovery.WindowRecovery recovery) { // (0030)
        this.recovery = recovery;
    }

    public Shell shell() {
        return shell;
    }

    /** The editor. Code inside this bundle reaches the text widget, the document and the selection through it. */
    /** [editor features, decision 0028] content assist and find/replace. */
    public EditorFeatures editorFeatures() {
        return editorFeatures;
    }

    public SourceViewer viewer() {
        return viewer;
    }

    /** The open edition, or null. */
    public Edition edition() {
        return edition;
    }

    /** The status line's texts: position, problem count, message, validation and suspects. */
    public String[] statusLine() {
        return new String[] {positionLabel.getText(), problemsLabel.getText(), messageLabel.getText(),
                checkLabel.getText()};
    }

    /** The annotations in the editor now: validation findings and suspects. */
    public AnnotationModel annotations() {
        return annotations;
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
