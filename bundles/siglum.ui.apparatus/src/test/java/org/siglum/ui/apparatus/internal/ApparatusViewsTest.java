package org.siglum.ui.apparatus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.apparatus.ApparatusEntry;
import org.siglum.apparatus.ReadingSpec;
import org.siglum.apparatus.internal.DocumentApparatus;
import org.siglum.apparatus.internal.SeriesCorrections;
import org.siglum.core.EditionDocument;
import org.siglum.suspects.internal.ThaiSuspectFinder;
import org.siglum.ui.api.CommandBar;
import org.siglum.ui.api.CommandHandler;
import org.siglum.ui.api.testing.TestWorkbench;
import org.siglum.ui.api.testing.Ui;

/**
 * The Apparatus and Suspects views and their commands over the sample edition (samples/chapter-3.xml), with the
 * real apparatus and suspects components, in the API's test host under a real display.
 */
class ApparatusViewsTest {

    private static Display display;
    private static final DocumentApparatus APPARATUS = new DocumentApparatus();
    private static final ThaiSuspectFinder FINDER = new ThaiSuspectFinder();
    private static final SeriesCorrections CORRECTIONS = new SeriesCorrections();

    @TempDir
    Path dir;

    private TestWorkbench workbench;
    private EditionDocument edition;
    private String sample;
    private ReadingSpec answer;
    private List<String> offered = List.of();
    private ApparatusView apparatusUi;
    private SuspectsView suspectsUi;
    private int entries;

    @BeforeAll
    static void createDisplay() {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isEmpty()) {
            fail("These tests drive real widgets and need an X display: run them as `xvfb-run -a mvn verify`.");
        }
        System.setProperty("org.eclipse.swt.internal.SessionManagerDBus.disable", "true");
        display = Display.getDefault();
    }

    @BeforeEach
    void openSample() throws Exception {
        String root = System.getProperty("siglum.root");
        assertTrue(root != null, "siglum.root is not set (run through Maven)");
        Path source = Path.of(root, "samples", "chapter-3.xml");
        assertTrue(Files.isRegularFile(source), "no samples/chapter-3.xml under " + root);
        sample = Files.readString(source);
        edition = EditionDocument.read(Files.writeString(dir.resolve("chapter-3.xml"), sample));
        entries = APPARATUS.entries(edition).size();

        workbench = new TestWorkbench();
        apparatusUi = new ApparatusView(APPARATUS, new ApparatusDialogs() {
            @Override
            public ReadingSpec askForReading(Shell shell, String lemma, List<String> witnesses) {
                return answer;
            }

            @Override
            public ReadingSpec askForAddedReading(Shell shell, String entryId, String lemma, List<String> witnesses) {
                offered = List.copyOf(witnesses);
                return answer;
            }

            @Override
            public String chooseWitness(Shell shell, String question, List<String> witnesses) {
                return witnesses.get(0);
            }
        });
        suspectsUi = new SuspectsView(FINDER, APPARATUS, CORRECTIONS, drivenDialogs());
        apparatusUi.commands().forEach(workbench::handle);
        suspectsUi.commands().forEach(workbench::handle);
        workbench.show(apparatusUi);
        workbench.show(suspectsUi);
        workbench.open(edition);
    }

    @AfterEach
    void close() {
        if (workbench != null) {
            workbench.close();
        }
    }

    private ApparatusWidgets view() {
        return apparatusUi.part(workbench).orElseThrow().view();
    }

    @Test
    void theViewListsTheSamplesEntriesAndSelectingOneSelectsItsLemmaInTheEditor() {
        List<ApparatusEntry> shown = view().visible();
        assertThat(shown).hasSize(entries).hasSizeGreaterThan(100);
        ApparatusEntry e1 = shown.stream().filter(e -> e.id().equals("e1")).findFirst().orElseThrow();
        assertThat(List.of(0, 1, 2, 3, 4).stream().map(c -> ApparatusRows.cell(e1, c)))
                .containsExactly("e1", "247", "ประหัตประหาร ED", "ประทัดประหาร OCR", "ocr-error / ocr");

        view().viewer().setSelection(new StructuredSelection(e1), true);
        workbench.flush();

        // the lemma's text, between its tags: typing over the selection corrects the lemma and keeps the markup
        int lemStart = e1.lemma().orElseThrow().start();
        int lemEnd = e1.lemma().orElseThrow().end();
        assertThat(sample.substring(lemStart, lemEnd)).isEqualTo("<lem wit=\"#ED\">ประหัตประหาร</lem>");
        int textStart = lemStart + "<lem wit=\"#ED\">".length();
        assertThat(workbench.selection().offset()).isEqualTo(textStart);
        assertThat(workbench.selection().length()).isEqualTo("ประหัตประหาร".length());
    }

    @Test
    void movingTheCaretIntoAnEntrySelectsItInTheView() {
        workbench.select(sample.indexOf("กรรมกร</rdg>"), 0);
        assertThat(view().selection()).isNotNull();
        assertThat(view().selection().id()).isEqualTo("e2");
        workbench.select(0, 0);
        assertThat(view().selection()).isNull();
    }

    @Test
    void theViewsCommandBarHasEveryApparatusCommandEnabledAsItsHandlerSays() {
        CommandBar bar = view().commands();
        assertThat(bar.control().getItems()).extracting(ToolItem::getText)
                .containsExactly("Record OCR reading", "Add reading", "Promote reading", "Delete entry");
        assertThat(bar.button(ApparatusView.ADD_READING).orElseThrow().getToolTipText())
                .isEqualTo("Add another witness's reading to the entry");
        ToolItem record = bar.button(ApparatusView.RECORD).orElseThrow();
        ToolItem add = bar.button(ApparatusView.ADD_READING).orElseThrow();

        workbench.select(sample.indexOf("<p>"), 0);
        workbench.flush();
        assertThat(view().selection()).as("the caret in no entry").isNull();
        assertThat(record.getEnabled()).as("nothing selected to record").isFalse();
        assertThat(add.getEnabled()).as("no entry to add to").isFalse();

        workbench.select(sample.indexOf("กรรมกร</rdg>"), 0);
        workbench.flush();
        assertThat(add.getEnabled()).as("the caret in entry e2").isTrue();
        answer = ReadingSpec.of("OCR", "กรรมการ", "ocr-error");
        Ui.press(add);
        assertThat(offered).as("the Add reading dialog was asked").isNotEmpty();
        assertThat(Ui.texts(view().viewer().getTable().getMenu())).containsExactly("Record OCR reading\u2026",
                "Add reading\u2026", "Promote reading\u2026", "Delete entry");
    }

    @Test
    void recordingAnOcrReadingChangesOnlyTheSelectedRangeAndUndoRestoresTheText() {
        String lemma = "พังพินาศ";
        int start = sample.indexOf(lemma);
        int end = start + lemma.length();
        workbench.select(start, lemma.length());
        answer = ReadingSpec.of("OCR", "พังพินาด", "ocr-error");

        assertThat(workbench.execute(ApparatusView.RECORD)).isTrue();
        workbench.flush();

        String after = edition.document().get();
        assertThat(workbench.errors()).isEmpty();
        assertThat(after).startsWith(sample.substring(0, start)).endsWith(sample.substring(end));
        String inserted = after.substring(start, after.length() - (sample.length() - end));
        assertThat(inserted).matches("<app xml:id=\"app-\\d+\"><lem>พังพินาศ</lem>"
                + "<rdg wit=\"#OCR\" cause=\"ocr-error\">พังพินาด</rdg></app>");
        assertThat(view().visible()).hasSize(entries + 1);
        ApparatusEntry made = view().selection();
        assertThat(made).isNotNull();
        assertThat(made.lemmaText()).isEqualTo(lemma);
        assertThat(ApparatusRows.cell(made, 3)).isEqualTo("พังพินาด OCR");
        assertThat(workbench.messages()).last().asString().contains(made.id());

        edition.undo();
        workbench.flush();
        assertThat(edition.document().get()).isEqualTo(sample);
        assertThat(view().visible()).hasSize(entries);
    }

    @Test
    void recordingNeedsASelectionAndARefusalOfTheServiceIsShownWithItsReasonAndChangesNothing() {
        workbench.select(sample.indexOf("<p>"), 0);
        CommandHandler record = apparatusUi.commands().get(0).handler();
        assertThat(record.isEnabled(workbench)).as("nothing selected").isFalse();

        workbench.select(sample.indexOf("<p>"), 10); // crosses the start tag
        assertThat(record.isEnabled(workbench)).isTrue();
        answer = ReadingSpec.of("OCR", "x", "ocr-error");
        workbench.execute(ApparatusView.RECORD);
        assertThat(workbench.errors()).hasSize(1);
        assertThat(workbench.errors().get(0)).startsWith("Cannot record the reading: ");
        assertThat(edition.document().get()).isEqualTo(sample);
    }

    @Test
    void addingAReadingPutsItInTheEntryAtTheCaretOfferingTheWitnessesItLacksFirst() throws Exception {
        APPARATUS.addWitness(edition, "B", "A second scan");
        String declared = edition.document().get();
        int caret = declared.indexOf("กรรมกร</rdg>");
        workbench.select(caret, 0);
        answer = ReadingSpec.of("B", "กรรมการ", "ocr-error");

        assertThat(workbench.execute(ApparatusView.ADD_READING)).isTrue();
        workbench.flush();

        assertThat(workbench.errors()).isEmpty();
        assertThat(offered).containsExactly("B", "OCR", "ED");
        String after = edition.document().get();
        String reading = "<rdg wit=\"#B\" cause=\"ocr-error\">กรรมการ</rdg>";
        int at = after.indexOf(reading);
        assertThat(at).as("the new reading, in entry e2 after its OCR reading").isGreaterThan(caret)
                .isLessThan(declared.indexOf("</app>", caret) + 1);
        assertThat(after.substring(0, at) + after.substring(at + reading.length())).isEqualTo(declared);
        ApparatusEntry e2 = view().visible().stream().filter(e -> e.id().equals("e2")).findFirst().orElseThrow();
        assertThat(e2.readings()).anySatisfy(r -> {
            assertThat(r.witnesses()).containsExactly("B");
            assertThat(r.text()).isEqualTo("กรรมการ");
        });
        edition.undo();
        assertThat(edition.document().get()).isEqualTo(declared);
    }

    @Test
    void promotingAndDeletingActOnTheEntryAtTheCaret() {
        workbench.select(sample.indexOf("กรรมกร</rdg>"), 0);
        assertThat(workbench.execute(ApparatusView.PROMOTE)).isTrue();
        assertThat(workbench.errors()).isEmpty();
        ApparatusEntry e2 = view().visible().stream().filter(e -> e.id().equals("e2")).findFirst().orElseThrow();
        assertThat(e2.lemmaText()).isEqualTo("กรรมกร");
        edition.undo();

        workbench.select(sample.indexOf("กรรมกร</rdg>"), 0);
        assertThat(workbench.execute(ApparatusView.DELETE)).isTrue();
        assertThat(view().visible()).hasSize(entries - 1).noneMatch(e -> e.id().equals("e2"));
        edition.undo();
        assertThat(edition.document().get()).isEqualTo(sample);
    }

    @Test
    void theFilterByWitnessAndCauseNarrowsTheEntries() {
        var causes = view().causeFilter();
        int layout = List.of(causes.getItems()).indexOf("layout");
        assertThat(layout).isPositive();
        causes.select(layout);
        causes.notifyListeners(SWT.Selection, new Event());
        workbench.flush();
        assertThat(view().visible()).isNotEmpty()
                .allSatisfy(e -> assertThat(ApparatusRows.cell(e, 4)).contains("layout"));
        assertThat(view().visible().size()).isLessThan(entries);
    }

    @Test
    void theSuspectsViewListsTheSuspectsAndOpeningOneSelectsItInTheEditor() {
        SuspectsPart part = suspectsUi.part(workbench).orElseThrow();
        waitUntil(() -> part.rows().isPresent(), "the suspects search answers");
        List<SuspectRows.Row> rows = part.rows().orElseThrow();
        assertThat(rows).isNotEmpty();
        assertThat(rows).extracting(r -> r.suspect().offset())
                .isEqualTo(FINDER.find(edition).stream().map(s -> s.offset()).toList());
        SuspectRows.Row first = rows.get(0);
        assertThat(SuspectRows.cell(first, 0)).isEqualTo(first.suspect().form());
        assertThat(SuspectRows.cell(first, 3))
                .isEqualTo(Integer.toString(edition.locate(first.suspect().offset()).line()));

        part.viewer().setSelection(new StructuredSelection(first), true);
        part.viewer().getTable().notifyListeners(SWT.DefaultSelection, new Event());
        workbench.flush();
        assertThat(workbench.selection().offset()).isEqualTo(first.suspect().offset());
        assertThat(workbench.selection().length()).isEqualTo(first.suspect().length());
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        Ui.waitUntil(display, Duration.ofSeconds(10), condition, what);
    }

    // --- the suspects' commands drive the real dialogs: each test says what to do once its dialog is open ---------

    private java.util.function.Consumer<RecordSuspectDialog> onRecordDialog = d -> fail("no record dialog expected");
    private java.util.function.Consumer<SeriesDialog> onSeriesDialog = d -> fail("no series dialog expected");

    private SuspectDialogs drivenDialogs() {
        return new SuspectDialogs() {
            @Override
            public org.siglum.apparatus.Correction askForCorrection(Shell shell,
                    org.siglum.apparatus.Correction proposed, List<String> witnesses, List<String> types) {
                RecordSuspectDialog dialog = new RecordSuspectDialog(shell, proposed, witnesses, types);
                whenOpen(() -> dialog.getShell(), () -> onRecordDialog.accept(dialog));
                return dialog.open() == org.eclipse.jface.window.Window.OK ? dialog.result() : null;
            }

            @Override
            public SeriesModel askForSeries(Shell shell, SeriesModel model, List<String> witnesses,
                    List<String> types) {
                SeriesDialog dialog = new SeriesDialog(shell, model, witnesses, types);
                whenOpen(() -> dialog.getShell(), () -> onSeriesDialog.accept(dialog));
                return dialog.open() == org.eclipse.jface.window.Window.OK ? dialog.result() : null;
            }
        };
    }

    /** Runs the action inside the dialog's own event loop, once its shell is shown. */
    private static void whenOpen(java.util.function.Supplier<Shell> shell, Runnable action) {
        display.asyncExec(new Runnable() {
            @Override
            public void run() {
                if (shell.get() == null || !shell.get().isVisible()) {
                    display.timerExec(20, this);
                    return;
                }
                Ui.flush(display);
                try {
                    action.run();
                } catch (Throwable t) {
                    // JFace's event loop only prints what a dialog throws: keep it for the test, and close the dialog
                    dialogFailure = t;
                    shell.get().close();
                }
            }
        });
    }

    private static Throwable dialogFailure;

    /** Runs a command whose dialog a test drives; what failed inside the dialog fails the test. */
    private boolean executeWithDialog(String command) {
        dialogFailure = null;
        boolean ran = workbench.execute(command);
        if (dialogFailure != null) {
            throw new AssertionError("in the dialog: " + dialogFailure.getMessage(), dialogFailure);
        }
        return ran;
    }

    /** A suspect of the sample with a suggestion, standing in the base text outside every entry. */
    private SuspectRows.Row recordableSuspect(SuspectsPart part) {
        waitUntil(() -> part.rows().isPresent(), "the suspects search answers");
        String text = edition.document().get();
        return part.rows().orElseThrow().stream()
                .filter(r -> r.suspect().suggestion().isPresent())
                .filter(r -> text.startsWith(r.suspect().form(), r.suspect().offset()))
                .filter(r -> APPARATUS.entries(edition).stream()
                        .noneMatch(e -> e.start() < r.suspect().end() && r.suspect().offset() < e.end()))
                .findFirst().orElseThrow(() -> new AssertionError("the sample has no recordable suspect with a "
                        + "suggestion"));
    }

    @Test
    void recordingASuspectMakesItsCorrectionTheLemmaAndItsTextTheOcrReadingAndTheSuspectLeavesTheList() {
        SuspectsPart part = suspectsUi.part(workbench).orElseThrow();
        SuspectRows.Row row = recordableSuspect(part);
        String form = row.suspect().form();
        String correction = row.suspect().suggestion().orElseThrow();
        int start = row.suspect().offset();
        int end = row.suspect().end();
        assertThat(suspectsUi.handler().isEnabled(workbench)).as("nothing selected").isFalse();
        part.viewer().setSelection(new StructuredSelection(row), true);
        assertThat(suspectsUi.handler().isEnabled(workbench)).isTrue();

        List<String> seen = new java.util.ArrayList<>();
        onRecordDialog = dialog -> {
            CorrectionFields fields = dialog.fields();
            assertThat(fields.lemma().getText()).as("the suggestion is proposed").isEqualTo(correction);
            seen.add(fields.summary().getText());
            fields.type().setText("misrecognised-letter");
            seen.add(fields.summary().getText());
            screenshot(dialog.getShell(), "suspects-record-dialog.png");
            fields.lemma().setText(form);
            seen.add(fields.summary().getText() + " / Record enabled: " + dialog.recordButton().getEnabled());
            fields.lemma().setText(correction);
            dialog.pressRecord();
        };
        assertThat(executeWithDialog(SuspectsView.RECORD)).isTrue();
        assertThat(workbench.errors()).isEmpty();
        assertThat(seen).containsExactly(
                "The text will read \"" + correction + "\" (ED); \"" + form + "\" is kept as the reading of OCR "
                        + "(ocr-error).",
                "The text will read \"" + correction + "\" (ED); \"" + form + "\" is kept as the reading of OCR "
                        + "(ocr-error, misrecognised-letter).",
                "Nothing will change: type the correction: it is the same as the text (\"" + form + "\"). / Record "
                        + "enabled: false");

        String after = edition.document().get();
        assertThat(after).startsWith(sample.substring(0, start)).endsWith(sample.substring(end));
        assertThat(after.substring(start, after.length() - (sample.length() - end)))
                .matches("<app xml:id=\"app-\\d+\" type=\"ocr\"><lem wit=\"#ED\">\\Q" + correction + "\\E</lem>"
                        + "<rdg wit=\"#OCR\" cause=\"ocr-error\" type=\"misrecognised-letter\">\\Q" + form
                        + "\\E</rdg></app>");
        assertThat(view().visible()).hasSize(entries + 1);
        assertThat(part.viewer().getInput()).as("the suspect leaves the list at once")
                .asList().doesNotContain(row);
        int entryEnd = after.length() - (sample.length() - end);
        waitUntil(() -> part.rows().isPresent(), "the suspects of the new text");
        assertThat(part.rows().orElseThrow()).as("and stays out once the text is searched again")
                .noneMatch(r -> r.suspect().offset() < entryEnd && start < r.suspect().end());

        edition.undo();
        assertThat(edition.document().get()).as("one undo takes it back").isEqualTo(sample);
    }

    @Test
    void thisCorrectionEverywhereListsEveryPlaceAndRecordsTheTickedOnesAsOneUndoStep() throws Exception {
        SuspectsPart part = suspectsUi.part(workbench).orElseThrow();
        SuspectRows.Row first = recordableSuspect(part);
        String form = first.suspect().form();
        String correction = first.suspect().suggestion().orElseThrow();
        // the same form in two more paragraphs after it, across the end of a <hi>, and in a note (no base text)
        String text = edition.document().get();
        int later = text.indexOf("<p>", first.suspect().end()) + 3;
        int further = text.indexOf("<p>", later + 10) + 3;
        edition.apply("more of the form", List.of(org.siglum.core.TextReplacement.insert(later, form + " "),
                org.siglum.core.TextReplacement.insert(further, "ต้น" + form + "ท้าย<note>" + form + "</note> <hi>"
                        + form.substring(0, 1) + "</hi>" + form.substring(1) + " ")));
        String before = edition.document().get();
        int count = CORRECTIONS.occurrences(edition, form, org.siglum.apparatus.Scope.everywhere()).size();
        assertThat(count).isGreaterThanOrEqualTo(4);
        SuspectRows.Row row = recordableSuspect(part);
        part.viewer().setSelection(new StructuredSelection(part.rows().orElseThrow().stream()
                .filter(r -> r.suspect().offset() == first.suspect().offset()).findFirst().orElseThrow()), true);
        workbench.flush();
        assertThat(part.seriesButton().orElseThrow().getText())
                .isEqualTo("This correction everywhere (" + count + " places)");

        List<org.siglum.apparatus.Occurrence> recorded = new java.util.ArrayList<>();
        onSeriesDialog = dialog -> {
            org.eclipse.swt.widgets.Table table = dialog.viewer().getTable();
            assertThat(table.getItemCount()).isEqualTo(count);
            assertThat(table.getItem(0).getText(2)).contains("[" + form + "]");
            assertThat(dialog.fields().lemma().getText()).isEqualTo(correction);
            long recordable = dialog.model().occurrences().stream().filter(o -> o.recordable()).count();
            assertThat(dialog.recordButton().getText()).isEqualTo("Record " + recordable);
            assertThat(table.getItem(count - 1).getChecked()).as("the one across <hi> cannot be ticked").isFalse();
            assertThat(table.getItem(count - 1).getText(3)).startsWith("it crosses the end of <hi>");
            // untick the last that can be recorded, as a person does, by its check box
            org.eclipse.swt.widgets.TableItem last = table.getItem(count - 2);
            last.setChecked(false);
            Event click = new Event();
            click.detail = SWT.CHECK;
            click.item = last;
            table.notifyListeners(SWT.Selection, click);
            dialog.fields().type().setText("misrecognised-letter");
            assertThat(dialog.recordButton().getText()).isEqualTo("Record " + (recordable - 1));
            assertThat(dialog.fields().summary().getText()).isEqualTo("In each of " + (recordable - 1) + " places: "
                    + "The text will read \"" + correction + "\" (ED); \"" + form + "\" is kept as the reading of OCR "
                    + "(ocr-error, misrecognised-letter).");
            assertThat(dialog.recordButton().getEnabled()).as("Record enabled; " + dialog.model().problem()).isTrue();
            screenshot(dialog.getShell(), "suspects-series-dialog.png");
            recorded.addAll(dialog.model().chosen());
            dialog.pressRecord();
        };
        assertThat(executeWithDialog(SuspectsView.SERIES)).isTrue();
        assertThat(workbench.errors()).isEmpty();
        assertThat(recorded).isNotEmpty();

        String after = edition.document().get();
        assertThat(APPARATUS.entries(edition)).hasSize(entries + recorded.size());
        assertThat(CORRECTIONS.occurrences(edition, form, org.siglum.apparatus.Scope.everywhere()))
                .hasSize(count - recorded.size()).anySatisfy(o -> assertThat(o.recordable()).isFalse());
        assertThat(after).contains("<lem wit=\"#ED\">" + correction + "</lem><rdg wit=\"#OCR\" cause=\"ocr-error\" "
                + "type=\"misrecognised-letter\">" + form + "</rdg>");
        assertThat(part.viewer().getInput()).asList().doesNotContain(row);

        edition.undo();
        assertThat(edition.document().get()).as("the whole series is one undo step").isEqualTo(before);
        edition.undo();
        assertThat(edition.document().get()).isEqualTo(sample);
    }

    /**
     * Saves a picture of the screen with the dialog where -Dsiglum.screenshots names a folder (to look at, and for the
     * docs), with ImageMagick's import as a person would.
     */
    private static void screenshot(Shell shell, String name) {
        String folder = System.getProperty("siglum.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        shell.setLocation(0, 0);
        shell.forceActive();
        Ui.flush(display);
        try {
            Process p = new ProcessBuilder("import", "-window", "root", "-crop",
                    shell.getClientArea().width + "x" + shell.getClientArea().height + "+0+0", Path.of(folder, name).toString())
                    .inheritIO().start();
            assertThat(p.waitFor()).as("import's exit code").isZero();
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError("cannot take the screenshot: " + e, e);
        }
    }
}
