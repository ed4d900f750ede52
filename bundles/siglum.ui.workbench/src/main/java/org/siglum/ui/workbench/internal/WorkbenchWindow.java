package org.siglum.ui.workbench.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.siglum.apparatus.ApparatusChange;
import org.siglum.apparatus.ApparatusEntry;
import org.siglum.apparatus.ApparatusException;
import org.siglum.apparatus.Reading;
import org.siglum.apparatus.ReadingSpec;
import org.siglum.apparatus.Witness;
import org.siglum.suspects.Suspect;
import org.siglum.ui.workbench.internal.checks.BackgroundChecks;
import org.siglum.ui.workbench.internal.checks.CheckResult;
import org.siglum.ui.workbench.internal.checks.Services;
import org.siglum.ui.workbench.internal.views.ApparatusRows;
import org.siglum.ui.workbench.internal.views.ApparatusView;
import org.siglum.ui.workbench.internal.views.ProblemRows;
import org.siglum.ui.workbench.internal.views.ProblemsView;
import org.siglum.validation.Finding;
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
import org.siglum.ui.workbench.internal.editor.EditorFeatures; // [editor features, decision 0028]
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

    /** How long after the last keystroke validation and the suspects search start, on their own thread. */
    static final int CHECK_DELAY_MS = 500;

    /** Annotation types: a validation error or warning (squiggly underline), an OCR suspect (dotted box). */
    static final String ERROR_TYPE = "siglum.error";
    static final String WARNING_TYPE = "siglum.warning";
    static final String SUSPECT_TYPE = "siglum.suspect";

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
    private final Label checkLabel;
    private final Font editorFont;
    private final Services services;
    private final BackgroundChecks checks;
    private final EditorFeatures editorFeatures; // [editor features, decision 0028]
    private final LayoutStore layout;
    private final AnnotationModel annotations = new AnnotationModel();
    private final ProblemsView problemsView;
    private final ApparatusView apparatusView;
    private final CTabFolder bottomTabs;
    private List<Annotation> shownAnnotations = new ArrayList<>();
    private List<ApparatusEntry> entries = List.of();
    private CheckResult lastCheck;
    private boolean syncing;
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
    private final Runnable refresh = this::refreshNow;

    private MenuItem saveItem;
    private MenuItem saveAsItem;
    private MenuItem closeItem;
    private MenuItem undoItem;
    private MenuItem redoItem;
    private Edition edition;
    private String notice = "";
    private org.siglum.ui.workbench.internal.recovery.WindowRecovery recovery = // recovery journal (0030)
            org.siglum.ui.workbench.internal.recovery.WindowRecovery.none();

    public WorkbenchWindow(Display display, Function<Shell, Dialogs> dialogs, Services services, Path settings) {
        this.display = display;
        this.services = services;
        this.checks = new BackgroundChecks(services, CHECK_DELAY_MS);
        this.layout = new LayoutStore(settings);
        this.shell = new Shell(display, SWT.SHELL_TRIM);
        this.dialogs = dialogs.apply(shell);
        shell.setText(WindowState.title(null, false));
        shell.setLayout(grid(1, 0));
        createMenuBar();

        // outline | (editor over the apparatus and problems tabs)
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
        SashForm centre = new SashForm(sash, SWT.VERTICAL | SWT.SMOOTH);

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
            followCaret(event.caretOffset);
        });
        installAnnotationPainter();
        // [editor features, decision 0028] schema content assist, Thai clusters for the caret, find/replace
        editorFeatures = new EditorFeatures(viewer, services.guide(), () -> edition == null ? null : edition.model());

        bottomTabs = new CTabFolder(centre, SWT.BORDER | SWT.FLAT);
        apparatusView = new ApparatusView(bottomTabs, this::selectEntryInEditor,
                new ApparatusView.Actions(this::recordReading, this::promoteReading, this::deleteEntry));
        tab(bottomTabs, "Apparatus", apparatusView.control());
        problemsView = new ProblemsView(bottomTabs, this::revealFinding);
        tab(bottomTabs, "Problems", problemsView.viewer().getControl());
        bottomTabs.setSelection(0);

        sash.setWeights(layout.weights("sash.outline", 1, 4));
        centre.setWeights(layout.weights("sash.editor", 3, 2));

        Composite status = new Composite(shell, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
        status.setLayout(grid(4, 4));
        positionLabel = statusLabel(status, 150, false);
        problemsLabel = statusLabel(status, 110, false);
        checkLabel = statusLabel(status, 220, false);
        messageLabel = statusLabel(status, SWT.DEFAULT, true);

        shell.addListener(SWT.Close, event -> event.doit = mayDiscard());
        shell.addDisposeListener(event -> {
            layout.setWeights("sash.outline", sash.getWeights());
            layout.setWeights("sash.editor", centre.getWeights());
            layout.save();
            recovery.closed(); // recovery journal (0030): a clean close deletes it
            checks.close();
            editorFont.dispose();
        });
        shell.setSize(1100, 750);
        updateState();
    }

    /** A window with the real dialogs' stand-in and no kept layout: for tests. */
    public WorkbenchWindow(Display display, Function<Shell, Dialogs> dialogs, Services services) {
        this(display, dialogs, services, null);
    }

    private static void tab(CTabFolder folder, String title, org.eclipse.swt.widgets.Control control) {
        CTabItem item = new CTabItem(folder, SWT.NONE);
        item.setText(title);
        item.setControl(control);
    }

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
        // [editor features, decision 0028]
        item(edit, "&Find/Replace\u2026\tCtrl+F", SWT.MOD1 | 'f', () -> editorFeatures.openFind());

        Menu apparatus = submenu(bar, "&Apparatus");
        item(apparatus, "&Record OCR reading\u2026\tShift+Ctrl+R", SWT.MOD1 | SWT.SHIFT | 'r', this::recordReading);
        item(apparatus, "&Promote reading\u2026\tShift+Ctrl+P", SWT.MOD1 | SWT.SHIFT | 'p', this::promoteReading);
        item(apparatus, "&Delete entry\tShift+Ctrl+D", SWT.MOD1 | SWT.SHIFT | 'd', this::deleteEntry);

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
        problemsView.show(List.of());
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
            recovery.saved(); // recovery journal (0030)
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
            recovery.saved(); // recovery journal (0030)
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
            entries = List.of();
            apparatusView.show(entries, List.of());
            problemsLabel.setText("");
            checkLabel.setText("");
            messageLabel.setText(notice);
        } else {
            refreshApparatus();
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
        problemsView.show(result.findings());
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
    }

    private void clearAnnotations() {
        annotations.replaceAnnotations(shownAnnotations.toArray(Annotation[]::new), Map.of());
        shownAnnotations = new ArrayList<>();
    }

    /** How much to underline from an offset: a whole tag, else a word, at least one character. */
    static int extent(String text, int offset) {
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

    private void revealFinding(Finding finding) {
        if (edition == null) {
            return;
        }
        String text = edition.document().get();
        int offset = Math.max(0, Math.min(finding.offset(), text.length()));
        int length = extent(text, offset);
        viewer.setSelectedRange(offset, length);
        viewer.revealRange(offset, length);
        viewer.getTextWidget().setFocus();
    }

    /** The last check's result shown, or null. */
    public CheckResult lastCheck() {
        return lastCheck;
    }

    // --- the apparatus --------------------------------------------------------------------------------------------

    private void refreshApparatus() {
        entries = services.apparatus().entries(edition.model());
        List<Witness> witnesses = services.apparatus().witnesses(edition.model());
        ApparatusEntry selected = apparatusView.selection();
        syncing = true;
        try {
            apparatusView.show(entries, witnesses);
            if (selected != null) {
                ApparatusEntry now = ApparatusRows.at(entries, viewer.getTextWidget().getCaretOffset());
                apparatusView.reveal(now == null ? null : now.id());
            }
        } finally {
            syncing = false;
        }
    }

    /** The editor selects the lemma of the entry selected in the view (the whole entry when it has no lemma). */
    private void selectEntryInEditor(ApparatusEntry entry) {
        if (syncing || edition == null) {
            return;
        }
        int start = entry.lemma().map(Reading::start).orElse(entry.start());
        int end = entry.lemma().map(Reading::end).orElse(entry.end());
        syncing = true;
        try {
            viewer.setSelectedRange(start, end - start);
            viewer.revealRange(start, end - start);
        } finally {
            syncing = false;
        }
    }

    /** The view selects the entry the caret is in. */
    private void followCaret(int offset) {
        if (syncing || edition == null) {
            return;
        }
        ApparatusEntry entry = ApparatusRows.at(entries, offset);
        ApparatusEntry selected = apparatusView.selection();
        String id = entry == null ? null : entry.id();
        if (selected == null ? id == null : selected.id().equals(id)) {
            return;
        }
        syncing = true;
        try {
            apparatusView.reveal(id);
        } finally {
            syncing = false;
        }
    }

    /** Makes an entry of the editor's selection with a reading (of OCR, cause ocr-error unless the person changes them). */
    void recordReading() {
        if (edition == null) {
            return;
        }
        Point range = viewer.getSelectedRange();
        if (range.y == 0) {
            dialogs.showError("Record OCR reading", "Select the text of the lemma in the editor first.");
            return;
        }
        String lemma = edition.document().get().substring(range.x, range.x + range.y);
        List<String> witnesses = services.apparatus().witnesses(edition.model()).stream().map(Witness::id).toList();
        ReadingSpec reading = dialogs.askForReading(lemma, witnesses);
        if (reading == null) {
            return;
        }
        change("Cannot record the reading", () -> services.apparatus().createEntry(edition.model(), range.x,
                range.x + range.y, List.of(), reading));
    }

    /** Promotes a reading of the selected entry to lemma (asking which, when there are several). */
    void promoteReading() {
        ApparatusEntry entry = selectedEntry("Promote reading");
        if (entry == null) {
            return;
        }
        List<String> witnesses = entry.readings().stream().flatMap(r -> r.witnesses().stream()).toList();
        if (witnesses.isEmpty()) {
            dialogs.showError("Promote reading", "Entry " + entry.id() + " has no reading with a witness to promote.");
            return;
        }
        String witness = dialogs.chooseWitness("Promote the reading of which witness in entry " + entry.id() + "?",
                witnesses);
        if (witness != null) {
            change("Cannot promote the reading", () -> services.apparatus().promote(edition.model(), entry.id(), witness));
        }
    }

    /** Deletes the selected entry: its lemma stays in the text. */
    void deleteEntry() {
        ApparatusEntry entry = selectedEntry("Delete entry");
        if (entry != null) {
            change("Cannot delete the entry", () -> services.apparatus().deleteEntry(edition.model(), entry.id()));
        }
    }

    private ApparatusEntry selectedEntry(String action) {
        if (edition == null) {
            return null;
        }
        ApparatusEntry entry = apparatusView.selection();
        if (entry == null) {
            entry = ApparatusRows.at(entries, viewer.getTextWidget().getCaretOffset());
        }
        if (entry == null) {
            dialogs.showError(action, "Select an entry in the apparatus view, or put the cursor in one.");
        }
        return entry;
    }

    private interface Operation {
        ApparatusChange run() throws ApparatusException;
    }

    /** Runs a service operation (one undoable edit); a refusal is shown with its reason and changes nothing. */
    private void change(String failure, Operation operation) {
        ApparatusChange change;
        try {
            change = operation.run();
        } catch (ApparatusException e) {
            dialogs.showError(failure, e.getMessage());
            return;
        }
        notice = change.description();
        refreshNow();
        if (change.entryId() != null) {
            syncing = true;
            try {
                apparatusView.reveal(change.entryId());
            } finally {
                syncing = false;
            }
        }
        viewer.setSelectedRange(change.start(), 0);
        viewer.revealRange(change.start(), change.end() - change.start());
    }

    // --- for the application and for tests -----------------------------------------------------------------------

    /** Keeps a recovery journal of the editions shown (decision 0030); set before the first edition is opened. */
    public void setRecovery(org.siglum.ui.workbench.internal.recovery.WindowRecovery recovery) { // (0030)
        this.recovery = recovery;
    }

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

    /** The status line's texts: position, problem count, message, validation and suspects. */
    public String[] statusLine() {
        return new String[] {positionLabel.getText(), problemsLabel.getText(), messageLabel.getText(),
                checkLabel.getText()};
    }

    public ApparatusView apparatusView() {
        return apparatusView;
    }

    /** [editor features, decision 0028] content assist and find/replace. */
    public EditorFeatures editorFeatures() {
        return editorFeatures;
    }

    public ProblemsView problemsView() {
        return problemsView;
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
