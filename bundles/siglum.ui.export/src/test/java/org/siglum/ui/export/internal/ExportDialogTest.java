package org.siglum.ui.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siglum.ui.api.testing.Ui.press;
import static org.siglum.ui.api.testing.Ui.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Button;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.core.EditionDocument;
import org.siglum.export.ExportOption;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.Exporter;
import org.siglum.export.ProgressMonitor;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.testing.TestWorkbench;

/** The Export… command in a real (test) window, its dialog driven through its real widgets, the real exporters. */
class ExportDialogTest {

    private static final String TITLE = "บทที่ 3 นโยบายเศรษฐกิจใหม่";

    @TempDir
    Path dir;

    private Path edition;
    private Path out;
    private TestWorkbench workbench;
    private EditionDocument document;
    private ExportHandler handler;
    private final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void openTheSampleInAWindow() throws Exception {
        edition = Files.copy(Services.sample(), dir.resolve("chapter-3.xml"));
        out = dir.resolve("out");
        workbench = new TestWorkbench();
        document = EditionDocument.read(edition);
        workbench.open(document);
        handler = new ExportHandler();
        handler.apparatus = Services.APPARATUS;
        handler.notes = Services.NOTES;
        handler.citations = Services.CITATIONS;
        handler.preferences = new ExportPreferences(dir.resolve("config/siglum/export.properties"));
        handler.opener = path -> opened.add(path);
        handler.addExporter(Services.TEXT);
        handler.addExporter(Services.HTML);
        handler.addExporter(Services.PDF);
        workbench.handle(ExportHandler.ID, handler);
    }

    @AfterEach
    void close() {
        ExportDialog dialog = handler.dialog();
        if (dialog != null) {
            if (dialog.isRunning()) {
                press(dialog.button(IDialogConstants.CANCEL_ID));
                waitUntil(workbench.display(), () -> !dialog.isRunning(), "the cancelled export to end");
            }
            dialog.close();
        }
        workbench.close();
    }

    private ExportDialog openDialog() {
        assertThat(workbench.execute(ExportHandler.ID)).isTrue();
        workbench.flush();
        ExportDialog dialog = handler.dialog();
        assertThat(dialog).as("the export dialog is open").isNotNull();
        return dialog;
    }

    private static void choose(ExportDialog dialog, String... formats) {
        Set<String> wanted = Set.of(formats);
        dialog.formatButtons().forEach((id, box) -> {
            box.setSelection(wanted.contains(id));
            press(box);
        });
    }

    private ExportSummary exportAndWait(ExportDialog dialog) {
        press(dialog.button(ExportDialog.EXPORT_ID));
        waitUntil(workbench.display(), () -> !dialog.isRunning(), "the export to finish");
        return dialog.lastSummary();
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

    @Test
    void exportsTheTextInTheEditorAsHtmlAndTextInTheBackgroundWhileTheWindowStaysResponsive() throws Exception {
        // an unsaved edit: the export is of the editor's text, not of the file
        int at = document.text().indexOf("นโยบายเศรษฐกิจใหม่</head>");
        document.replace(at, 0, "ร่าง ");
        ExportDialog dialog = openDialog();
        assertThat(dialog.getMessage()).contains("unsaved changes");
        assertThat(dialog.formatButtons()).containsOnlyKeys("html", "pdf", "text");
        assertThat(dialog.folderText().getText()).isEqualTo(dir.resolve("export").toString());
        choose(dialog, "html", "text");
        dialog.folderText().setText(out.toString());
        assertThat(dialog.optionCombo("wit").isEnabled()).isTrue();
        assertThat(dialog.optionCombo("wit").getItems()).contains("OCR", "ED");
        assertThat(dialog.optionCombo("page").isEnabled()).as("only pdf takes a page size").isFalse();
        dialog.optionCombo("wit").setText("OCR");

        press(dialog.button(ExportDialog.EXPORT_ID));
        assertThat(dialog.isRunning()).isTrue();
        AtomicReference<Boolean> ranWhileExporting = new AtomicReference<>();
        workbench.display().asyncExec(() -> ranWhileExporting.set(dialog.isRunning()));
        waitUntil(workbench.display(), () -> !dialog.isRunning(), "the export to finish");
        assertThat(ranWhileExporting.get()).as("the window ran an event while the export ran").isTrue();

        ExportSummary summary = dialog.lastSummary();
        assertThat(summary.refused()).isEmpty();
        assertThat(summary.formats()).extracting(FormatOutcome::status)
                .containsExactly(FormatOutcome.Status.WRITTEN, FormatOutcome.Status.WRITTEN);
        assertThat(filesIn(out)).contains(Path.of("chapter-3", "index.html"), Path.of("chapter-3.OCR.txt"));
        assertThat(dialog.summaryText().getText()).contains(out.resolve("chapter-3.OCR.txt").toString())
                .contains(out.resolve("chapter-3").resolve("index.html").toString());
        assertThat(workbench.messages()).last().asString().contains("files written to " + out);

        Document page = Jsoup.parse(out.resolve("chapter-3/index.html").toFile(), "UTF-8");
        assertThat(page.title()).contains(TITLE);
        assertThat(page.body().text()).contains("ร่าง นโยบายเศรษฐกิจใหม่");

        String witness = Services.WITNESS.text(EditionDocument.ofText(document.text(), "x.xml").tree(), "OCR")
                .strip() + "\n";
        assertThat(Files.readString(out.resolve("chapter-3.OCR.txt"), StandardCharsets.UTF_8)).isEqualTo(witness)
                .contains("ร่าง ");
        assertThat(Files.readString(edition, StandardCharsets.UTF_8)).doesNotContain("ร่าง ");

        screenshot(dialog);
        assertThat(dialog.folderText().isEnabled()).isTrue();
        assertThat(Stream.of(dialog.folderText().getParent().getChildren())
                .filter(c -> c instanceof Button b && b.getText().startsWith("Browse")).findFirst())
                .hasValueSatisfying(browse -> assertThat(browse.isEnabled()).isTrue());
        assertThat(dialog.button(ExportDialog.OPEN_WEB_ID).isEnabled()).isTrue();
        press(dialog.button(ExportDialog.OPEN_WEB_ID));
        press(dialog.button(ExportDialog.OPEN_FOLDER_ID));
        assertThat(opened).containsExactly(out.resolve("chapter-3/index.html"), out);

        // the folder and formats are remembered for the next time
        press(dialog.button(IDialogConstants.CANCEL_ID));
        workbench.flush();
        ExportDialog again = openDialog();
        assertThat(again).isNotSameAs(dialog);
        assertThat(again.folderText().getText()).isEqualTo(out.toString());
        assertThat(again.formatButtons().get("html").getSelection()).isTrue();
        assertThat(again.formatButtons().get("text").getSelection()).isTrue();
        assertThat(again.formatButtons().get("pdf").getSelection()).isFalse();
    }

    /** The docs' picture of the dialog, refreshed on request: mvn verify ... -Dsiglum.screenshots=true */
    private void screenshot(ExportDialog dialog) {
        if (!Boolean.getBoolean("siglum.screenshots")) {
            return;
        }
        org.eclipse.swt.widgets.Shell shell = dialog.getShell();
        shell.setSize(760, 640);
        shell.forceActive();
        for (int i = 0; i < 20; i++) {
            workbench.flush();
        }
        org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(workbench.display(), bounds.width,
                bounds.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(workbench.display());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            Path docs = Path.of(System.getProperty("siglum.root", "../..")).resolve("docs/screenshots");
            loader.save(docs.resolve("export-dialog.png").toString(), org.eclipse.swt.SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    @Test
    void cancellingAPrintExportStopsItAndLeavesNoPdfNorTemporaryFile() throws Exception {
        ExportDialog dialog = openDialog();
        assertThat(dialog.messageType()).isEqualTo(IMessageProvider.NONE);
        choose(dialog, "pdf");
        dialog.folderText().setText(out.toString());
        press(dialog.button(ExportDialog.EXPORT_ID));
        waitUntil(workbench.display(), () -> dialog.progressLabel().getText().startsWith("[1/1] Print edition (PDF): "),
                "the print edition's first step");
        Button cancel = dialog.button(IDialogConstants.CANCEL_ID);
        assertThat(cancel.getText()).isEqualTo(IDialogConstants.CANCEL_LABEL);
        press(cancel);
        waitUntil(workbench.display(), () -> !dialog.isRunning(), "the cancelled export to end");

        assertThat(dialog.lastSummary().formats()).extracting(FormatOutcome::status)
                .containsExactly(FormatOutcome.Status.CANCELLED);
        assertThat(dialog.summaryText().getText()).contains("pdf: cancelled; nothing left half-written");
        assertThat(filesIn(out)).isEmpty();
        assertThat(cancel.getText()).isEqualTo("Close");
        assertThat(handler.dialog()).as("Cancel stopped the export, not the dialog").isSameAs(dialog);
    }

    @Test
    void aFormatThatThrowsIsReportedAndTheOthersAreWritten() throws Exception {
        handler.addExporter(new Exporter() {
            @Override public String id() { return "broken"; }
            @Override public String name() { return "A broken format"; }
            @Override public List<ExportOption> options() { return List.of(); }
            @Override public ExportResult export(ExportRequest request, ProgressMonitor monitor) {
                throw new IllegalStateException("boom");
            }
        });
        ExportDialog dialog = openDialog();
        choose(dialog, "broken", "text");
        dialog.folderText().setText(out.toString());
        ExportSummary summary = exportAndWait(dialog);

        assertThat(summary.formats()).extracting(FormatOutcome::format, FormatOutcome::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("broken", FormatOutcome.Status.FAILED),
                org.assertj.core.groups.Tuple.tuple("text", FormatOutcome.Status.WRITTEN));
        assertThat(dialog.summaryText().getText()).contains("broken: failed: IllegalStateException: boom");
        assertThat(dialog.messageType()).isEqualTo(IMessageProvider.WARNING);
        assertThat(filesIn(out)).containsExactly(Path.of("chapter-3.ED.txt"));
    }

    @Test
    void anUndeclaredWitnessIsAWarningWithItsPlaceAndTheFormatsAreWritten() throws Exception {
        int at = document.text().indexOf("wit=\"#OCR\"");
        document.replace(at, "wit=\"#OCR\"".length(), "wit=\"#XYZ\"");
        int line = document.locate(at).line();
        ExportDialog dialog = openDialog();
        choose(dialog, "text", "html");
        dialog.folderText().setText(out.toString());
        ExportSummary summary = exportAndWait(dialog);

        assertThat(summary.refused()).isEmpty();
        assertThat(summary.warnings()).hasSize(1);
        assertThat(dialog.summaryText().getText()).containsPattern("chapter-3\\.xml:" + line
                + ":\\d+: warning: @wit names witness XYZ, which no <witness> of a listWit declares");
        assertThat(filesIn(out)).contains(Path.of("chapter-3.ED.txt"), Path.of("chapter-3/index.html"));
    }

    @Test
    void anEditionThatIsNotWellFormedIsReportedWithItsPlaceAndNothingIsWritten() throws Exception {
        int at = document.text().indexOf("</p>");
        document.replace(at, "</p>".length(), "</q>");
        int line = document.locate(at).line();
        ExportDialog dialog = openDialog();
        choose(dialog, "text", "html");
        dialog.folderText().setText(out.toString());
        ExportSummary summary = exportAndWait(dialog);

        assertThat(summary.refused()).isNotEmpty();
        assertThat(dialog.summaryText().getText()).containsPattern("chapter-3\\.xml:" + line + ":\\d+: ");
        assertThat(dialog.getErrorMessage()).contains("nothing was written");
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void theListOfFormatsFollowsTheExporterServices() {
        ExportDialog dialog = openDialog();
        dialog.formatButtons().get("pdf").setSelection(true);
        handler.removeExporter(Services.PDF);
        workbench.flush();
        assertThat(dialog.formatButtons()).containsOnlyKeys("html", "text");
        assertThat(dialog.optionCombo("page")).as("no format left takes a page size").isNull();
        handler.addExporter(Services.PDF);
        workbench.flush();
        assertThat(dialog.formatButtons()).containsOnlyKeys("html", "pdf", "text");
        assertThat(dialog.formatButtons().get("pdf").getSelection()).isFalse();
    }

    @Test
    void theCommandIsFileExportOnCtrlEWithAToolbarButton() {
        CommandContribution command = ExportHandler.COMMAND;
        assertThat(command.menu()).contains("File");
        assertThat(command.keys()).contains("M1+E");
        assertThat(command.toolbar()).isTrue();
        assertThat(command.toolbarText()).isEqualTo("Export");
        assertThat(handler.isEnabled(workbench)).isTrue();
        workbench.open(null);
        assertThat(handler.isEnabled(workbench)).isFalse();
    }
}
