package org.siglum.ui.export.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.siglum.export.ExportOption;
import org.siglum.export.Exporter;
import org.siglum.ui.api.Workbench;

/**
 * The Export… dialog: the installed formats (one check box each, following the Exporter services), the output folder,
 * the options the chosen formats take (witness, citation style, locale…), and, once Export is pressed, the progress
 * of each format, Cancel, and the summary with Open folder / Open web edition. It does not block the window: the
 * export runs on its own thread, and the dialog is modeless.
 */
final class ExportDialog extends TitleAreaDialog {

    static final int EXPORT_ID = IDialogConstants.CLIENT_ID + 1;
    static final int OPEN_FOLDER_ID = IDialogConstants.CLIENT_ID + 2;
    static final int OPEN_WEB_ID = IDialogConstants.CLIENT_ID + 3;

    /** Option names with a label of their own; others show their name. */
    private static final Map<String, String> OPTION_LABELS = Map.of("wit", "Witness (text):", "style",
            "Citation style:", "locale", "Citation locale:", "page", "Page size (print):", "font", "Thai font:");

    private final Workbench workbench;
    private final EditionDocument edition;
    private final Path editionFile;
    private final Supplier<List<Exporter>> exporters;
    private final EditionCheck check;
    private final Set<String> styles;
    private final Set<String> locales;
    private final ExportPreferences preferences;
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
        this.edition = edition;
        this.editionFile = editionFile;
        this.exporters = exporters;
        this.check = check;
        this.styles = styles;
        this.locales = locales;
        this.preferences = preferences;
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
        setTitle("Export " + editionFile.getFileName());
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
        folderText.setText(preferences.folderFor(editionFile).toString());
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

        fillFormats(preferences.formats());
        return area;
    }

    private void showEditionState() {
        if (edition.isDirty()) {
            setMessage("The edition has unsaved changes: the export is of the text in the editor, not of the file.",
                    IMessageProvider.WARNING);
        } else {
            setMessage("Choose the formats and the folder; the edition is checked before anything is written.");
        }
    }

    /** (Re)makes the check boxes and option rows from the Exporter services present now, keeping the choices. */
    private void fillFormats(Set<String> checked) {
        Map<String, String> typed = new LinkedHashMap<>();
        optionCombos.forEach((name, combo) -> typed.put(name, combo.getText()));
        for (Control child : formatsBox.getChildren()) {
            child.dispose();
        }
        for (Control child : optionsBox.getChildren()) {
            child.dispose();
        }
        formatButtons.clear();
        optionCombos.clear();
        optionLabels.clear();

        List<Exporter> present = new ArrayList<>(exporters.get());
        present.sort(Comparator.comparing(Exporter::id));
        Map<String, List<ExportOption>> byName = new TreeMap<>(Comparator.comparingInt(ExportDialog::rank)
                .thenComparing(Comparator.naturalOrder()));
        for (Exporter exporter : present) {
            if (formatButtons.containsKey(exporter.id())) {
                continue;
            }
            Button box = new Button(formatsBox, SWT.CHECK);
            boolean named = exporter.name().toLowerCase(java.util.Locale.ROOT).contains(exporter.id());
            box.setText(named ? exporter.name() : exporter.name() + " (" + exporter.id() + ")");
            box.setData(exporter.id());
            box.setSelection(checked.contains(exporter.id()));
            box.addListener(SWT.Selection, e -> updateEnablement());
            formatButtons.put(exporter.id(), box);
            for (ExportOption option : exporter.options()) {
                byName.computeIfAbsent(option.name(), n -> new ArrayList<>()).add(option);
            }
        }
        if (present.isEmpty()) {
            new Label(formatsBox, SWT.NONE).setText("No format is installed.");
        }
        for (Map.Entry<String, List<ExportOption>> option : byName.entrySet()) {
            String name = option.getKey();
            Label label = new Label(optionsBox, SWT.NONE);
            label.setText(OPTION_LABELS.getOrDefault(name, name + ":"));
            label.setToolTipText(option.getValue().get(0).description());
            Combo combo = new Combo(optionsBox, SWT.DROP_DOWN);
            combo.setItems(choices(name, option.getValue()).toArray(String[]::new));
            combo.setToolTipText(option.getValue().get(0).description());
            combo.setText(typed.getOrDefault(name, sharedDefault(option.getValue())));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
            optionLabels.put(name, label);
            optionCombos.put(name, combo);
        }
        updateEnablement();
        Shell shell = getShell();
        if (shell != null) {
            shell.layout(true, true);
        }
    }

    /** Options in the order a person thinks of them: the witness, then how citations look, then the rest. */
    private static int rank(String option) {
        int index = List.of("wit", "style", "locale", "page", "font").indexOf(option);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** The values offered for an option: the declared witnesses, the installed styles and locales, the defaults. */
    private List<String> choices(String name, List<ExportOption> declared) {
        Set<String> values = new LinkedHashSet<>();
        values.add("");
        switch (name) {
            case "wit" -> values.addAll(check.witnesses(edition));
            case "style" -> values.addAll(styles);
            case "locale" -> values.addAll(locales);
            default -> {
            }
        }
        for (ExportOption option : declared) {
            if (option.defaultValue() != null) {
                values.add(option.defaultValue());
            }
        }
        return new ArrayList<>(values);
    }

    /** The default all the formats taking an option agree on, else empty (each format uses its own). */
    private static String sharedDefault(List<ExportOption> declared) {
        Set<String> defaults = new LinkedHashSet<>();
        declared.forEach(o -> defaults.add(o.defaultValue() == null ? "" : o.defaultValue()));
        return defaults.size() == 1 ? defaults.iterator().next() : "";
    }

    private Set<String> chosenIds() {
        Set<String> ids = new LinkedHashSet<>();
        formatButtons.forEach((id, box) -> {
            if (box.getSelection()) {
                ids.add(id);
            }
        });
        return ids;
    }

    private List<Exporter> chosen() {
        Set<String> ids = chosenIds();
        List<Exporter> chosen = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Exporter> present = new ArrayList<>(exporters.get());
        present.sort(Comparator.comparing(Exporter::id));
        for (Exporter exporter : present) {
            if (ids.contains(exporter.id()) && seen.add(exporter.id())) {
                chosen.add(exporter);
            }
        }
        return chosen;
    }

    private void updateEnablement() {
        boolean idle = running == null;
        Set<String> taken = new LinkedHashSet<>();
        for (Exporter exporter : chosen()) {
            exporter.options().forEach(o -> taken.add(o.name()));
        }
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
            export.setEnabled(idle && !chosenIds().isEmpty());
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
        List<Exporter> chosen = chosen();
        if (chosen.isEmpty()) {
            setErrorMessage("Choose at least one format.");
            return;
        }
        String folderName = folderText.getText().strip();
        if (folderName.isEmpty()) {
            setErrorMessage("Give the folder to write into.");
            return;
        }
        Path folder = editionFile.toAbsolutePath().getParent().resolve(folderName).normalize();
        setErrorMessage(null);
        showEditionState();
        preferences.remember(editionFile, folder, chosenIds());

        List<ExportPlan.Format> formats = new ArrayList<>();
        for (Exporter exporter : chosen) {
            Map<String, String> options = new LinkedHashMap<>();
            for (ExportOption option : exporter.options()) {
                Combo combo = optionCombos.get(option.name());
                if (combo != null && !combo.getText().isBlank()) {
                    options.put(option.name(), combo.getText().strip());
                }
            }
            formats.add(new ExportPlan.Format(exporter, options));
        }
        // the text in the editor now, unsaved edits included; a copy, so typing on cannot change it mid-export
        EditionDocument snapshot = EditionDocument.ofText(edition.text(), edition.name());
        ExportPlan plan = new ExportPlan(snapshot, editionFile, folder, formats);
        lastSummary = null;
        summaryText.setText("");
        progressBar.setSelection(0);
        progressLabel.setText("Checking the edition\u2026");
        running = new ExportRun(plan, check, new Progress(getShell().getDisplay()));
        updateEnablement();
        running.start();
        workbench.showMessage("Exporting " + editionFile.getFileName() + "\u2026");
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
                fillFormats(chosenIds());
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
