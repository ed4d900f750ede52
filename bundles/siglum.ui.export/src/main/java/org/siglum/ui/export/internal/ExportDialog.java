package org.siglum.ui.export.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.siglum.core.EditionDocument;
import org.siglum.export.EditionCheck;
import org.siglum.export.Exporter;
import org.siglum.ui.api.Workbench;

/**
 * The Export… dialog: the installed formats (one check box each, following the Exporter services), the output folder,
 * the options the chosen formats take (witness, citation style, locale…), and, once Export is pressed, the progress
 * of each format, Cancel, and the summary with Open folder / Open web edition. It does not block the window: the
 * export runs on its own thread, and the dialog is modeless. What it offers and the plan the choices make are
 * {@link ExportDialogModel}'s, which has no widgets; this class shows the model and the run's progress.
 */
final class ExportDialog extends TitleAreaDialog {

    static final int EXPORT_ID = IDialogConstants.CLIENT_ID + 1;
    static final int OPEN_FOLDER_ID = IDialogConstants.CLIENT_ID + 2;
    static final int OPEN_WEB_ID = IDialogConstants.CLIENT_ID + 3;

    private final Workbench workbench;
    private final ExportDialogModel model;
    private final EditionCheck check;
    private final SystemOpener opener;

    private final Map<String, Button> formatButtons = new LinkedHashMap<>();
    private final Map<String, Combo> optionCombos = new LinkedHashMap<>();
    private final Map<String, Label> optionLabels = new LinkedHashMap<>();
    private Composite formatsBox;
    private Composite optionsBox;
    private Text folderText;
    private Button browseButton;
    private Label progressLabel;
    private ProgressBar progressBar;
    private Text summaryText;

    private ExportRun running;
    private ExportSummary lastSummary;
    private int messageType = IMessageProvider.NONE;

    ExportDialog(Workbench workbench, EditionDocument edition, Path editionFile, Supplier<List<Exporter>> exporters,
            EditionCheck check, Set<String> styles, Set<String> locales, ExportPreferences preferences,
            SystemOpener opener) {
        super(workbench.shell());
        this.workbench = workbench;
        this.model = new ExportDialogModel(edition, editionFile, exporters, check, styles, locales, preferences);
        this.check = check;
        this.opener = opener;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Export");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(model.title());
        showEditionState();

        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);

        Group formats = new Group(body, SWT.NONE);
        formats.setText("Formats");
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(formats);
        GridLayoutFactory.swtDefaults().applyTo(formats);
        formatsBox = formats;

        new Label(body, SWT.NONE).setText("Output folder:");
        folderText = new Text(body, SWT.BORDER | SWT.SINGLE);
        folderText.setText(model.folder());
        folderText.addListener(SWT.Modify, e -> model.setFolder(folderText.getText()));
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(folderText);
        browseButton = new Button(body, SWT.PUSH);
        browseButton.setText("Browse\u2026");
        browseButton.addListener(SWT.Selection, e -> browse());

        Group options = new Group(body, SWT.NONE);
        options.setText("Options (empty: each format's default)");
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(options);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(options);
        optionsBox = options;

        progressLabel = new Label(body, SWT.NONE);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(progressLabel);
        progressBar = new ProgressBar(body, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(progressBar);

        summaryText = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 120).applyTo(summaryText);

        fillFormats();
        return area;
    }

    private void showEditionState() {
        setMessage(model.editionMessage(), model.unsaved() ? IMessageProvider.WARNING : IMessageProvider.NONE);
    }

    /** Passes what the widgets show now to the model (a test may set a check box without its event). */
    private void readWidgets() {
        formatButtons.forEach((id, box) -> model.choose(id, box.getSelection()));
        optionCombos.forEach((name, combo) -> model.setOption(name, combo.getText()));
        if (folderText != null && !folderText.isDisposed()) {
            model.setFolder(folderText.getText());
        }
    }

    /** (Re)makes the check boxes and option rows from the model's formats and options. */
    private void fillFormats() {
        for (Control child : formatsBox.getChildren()) {
            child.dispose();
        }
        for (Control child : optionsBox.getChildren()) {
            child.dispose();
        }
        formatButtons.clear();
        optionCombos.clear();
        optionLabels.clear();

        List<ExportDialogModel.Format> formats = model.formats();
        for (ExportDialogModel.Format format : formats) {
            Button box = new Button(formatsBox, SWT.CHECK);
            box.setText(format.label());
            box.setData(format.id());
            box.setSelection(model.isChosen(format.id()));
            box.addListener(SWT.Selection, e -> {
                model.choose(format.id(), box.getSelection());
                updateEnablement();
            });
            formatButtons.put(format.id(), box);
        }
        if (formats.isEmpty()) {
            new Label(formatsBox, SWT.NONE).setText("No format is installed.");
        }
        for (ExportDialogModel.Option option : model.options()) {
            Label label = new Label(optionsBox, SWT.NONE);
            label.setText(option.label());
            label.setToolTipText(option.description());
            Combo combo = new Combo(optionsBox, SWT.DROP_DOWN);
            combo.setItems(option.choices().toArray(String[]::new));
            combo.setToolTipText(option.description());
            combo.setText(option.value());
            combo.addListener(SWT.Modify, e -> model.setOption(option.name(), combo.getText()));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
            optionLabels.put(option.name(), label);
            optionCombos.put(option.name(), combo);
        }
        updateEnablement();
        Shell shell = getShell();
        if (shell != null) {
            shell.layout(true, true);
        }
    }

    private void updateEnablement() {
        boolean idle = running == null;
        readWidgets();
        Set<String> taken = model.takenOptions();
        optionCombos.forEach((name, combo) -> {
            combo.setEnabled(idle && taken.contains(name));
            optionLabels.get(name).setEnabled(idle && taken.contains(name));
        });
        formatButtons.values().forEach(b -> b.setEnabled(idle));
        if (folderText != null) {
            folderText.setEnabled(idle);
            browseButton.setEnabled(idle);
        }
        Button export = getButton(EXPORT_ID);
        if (export != null) {
            export.setEnabled(idle && model.canExport());
            getButton(IDialogConstants.CANCEL_ID).setText(idle ? "Close" : IDialogConstants.CANCEL_LABEL);
            getButton(OPEN_FOLDER_ID).setEnabled(idle && lastSummary != null && lastSummary.refused().isEmpty());
            getButton(OPEN_WEB_ID).setEnabled(idle && lastSummary != null && lastSummary.webEdition().isPresent());
            export.getParent().layout(true);
        }
    }

    private void browse() {
        DirectoryDialog chooser = new DirectoryDialog(getShell(), SWT.NONE);
        chooser.setText("Output folder");
        chooser.setFilterPath(folderText.getText());
        String folder = chooser.open();
        if (folder != null) {
            folderText.setText(folder);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, OPEN_FOLDER_ID, "Open folder", false);
        createButton(parent, OPEN_WEB_ID, "Open web edition", false);
        createButton(parent, EXPORT_ID, "Export", true);
        createButton(parent, IDialogConstants.CANCEL_ID, "Close", false);
        updateEnablement();
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == EXPORT_ID) {
            startExport();
        } else if (buttonId == OPEN_FOLDER_ID && lastSummary != null) {
            open(lastSummary.outputFolder());
        } else if (buttonId == OPEN_WEB_ID && lastSummary != null) {
            lastSummary.webEdition().ifPresent(this::open);
        } else if (buttonId == IDialogConstants.CANCEL_ID) {
            if (running != null) {
                running.cancel();
                progressLabel.setText("Cancelling\u2026");
            } else {
                close();
            }
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private void open(Path path) {
        if (!opener.open(path)) {
            workbench.showMessage("No program here opens " + path);
        }
    }

    @Override
    protected void handleShellCloseEvent() {
        if (running != null) {
            running.cancel();
        }
        super.handleShellCloseEvent();
    }

    /** Checks the choices, remembers them and starts the export on its own thread. */
    void startExport() {
        if (running != null) {
            return;
        }
        readWidgets();
        Optional<String> problem = model.problem();
        if (problem.isPresent()) {
            setErrorMessage(problem.get());
            return;
        }
        setErrorMessage(null);
        showEditionState();
        model.remember();
        ExportPlan plan = model.plan();
        lastSummary = null;
        summaryText.setText("");
        progressBar.setSelection(0);
        progressLabel.setText("Checking the edition\u2026");
        running = new ExportRun(plan, check, new Progress(getShell().getDisplay()));
        updateEnablement();
        running.start();
        workbench.showMessage("Exporting " + plan.edition().getFileName() + "\u2026");
    }

    private void finished(ExportSummary summary) {
        running = null;
        lastSummary = summary;
        progressLabel.setText(summary.refused().isEmpty() ? "Done." : "Not exported.");
        progressBar.setSelection(progressBar.getMaximum());
        summaryText.setText(summary.report());
        if (!summary.refused().isEmpty()) {
            setErrorMessage("The edition has problems to fix before export; nothing was written.");
        } else if (summary.failures() > 0) {
            setMessage(summary.headline(), IMessageProvider.WARNING);
        } else {
            setMessage(summary.headline(), IMessageProvider.INFORMATION);
        }
        workbench.showMessage(summary.headline());
        updateEnablement();
    }

    /** The Exporter services changed (a format bundle started or stopped): the list follows. */
    void exportersChanged() {
        Shell shell = getShell();
        if (shell == null || shell.isDisposed()) {
            return;
        }
        Display display = shell.getDisplay();
        Runnable refresh = () -> {
            if (!formatsBox.isDisposed()) {
                readWidgets();
                model.exportersChanged();
                fillFormats();
            }
        };
        if (Display.getCurrent() == display) {
            refresh.run();
        } else {
            display.asyncExec(refresh);
        }
    }

    /** The run's progress, posted to the display; dropped once the dialog is gone. */
    private final class Progress implements ExportRun.Listener {
        private final Display display;
        private String format = "";

        Progress(Display display) {
            this.display = display;
        }

        private void post(Runnable runnable) {
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (summaryText != null && !summaryText.isDisposed()) {
                        runnable.run();
                    }
                });
            }
        }

        @Override
        public void formatStarted(int index, int count, String name) {
            String label = "[" + index + "/" + count + "] " + name;
            post(() -> {
                format = label;
                progressLabel.setText(label);
                progressBar.setSelection(0);
            });
        }

        @Override
        public void begin(String task, int totalWork) {
            post(() -> {
                progressBar.setMaximum(Math.max(1, totalWork));
                progressBar.setSelection(0);
            });
        }

        @Override
        public void worked(int work) {
            post(() -> progressBar.setSelection(progressBar.getSelection() + work));
        }

        @Override
        public void subTask(String name) {
            post(() -> {
                if (running != null && !running.isCanceled()) {
                    progressLabel.setText(format + ": " + name);
                }
            });
        }

        @Override
        public void formatFinished(FormatOutcome outcome) {
            post(() -> summaryText.append(outcome.headline() + "\n"));
        }

        @Override
        public void finished(ExportSummary summary) {
            if (display.isDisposed()) {
                return;
            }
            display.asyncExec(() -> {
                if (summaryText != null && !summaryText.isDisposed()) {
                    ExportDialog.this.finished(summary);
                } else {
                    running = null;
                    workbench.showMessage(summary.headline());
                }
            });
        }
    }

    @Override
    public void setMessage(String newMessage, int newType) {
        super.setMessage(newMessage, newType);
        messageType = newType;
    }

    // for the tests, which drive the real widgets

    /** The kind of the title area's message ({@link IMessageProvider}'s constants). */
    int messageType() {
        return messageType;
    }

    Map<String, Button> formatButtons() {
        return formatButtons;
    }

    Text folderText() {
        return folderText;
    }

    Combo optionCombo(String name) {
        return optionCombos.get(name);
    }

    Button button(int id) {
        return getButton(id);
    }

    Label progressLabel() {
        return progressLabel;
    }

    Text summaryText() {
        return summaryText;
    }

    boolean isRunning() {
        return running != null;
    }

    ExportSummary lastSummary() {
        return lastSummary;
    }
}
