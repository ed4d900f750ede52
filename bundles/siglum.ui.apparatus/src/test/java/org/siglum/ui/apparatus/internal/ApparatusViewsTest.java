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
        suspectsUi = new SuspectsView(FINDER, APPARATUS);
        apparatusUi.commands().forEach(workbench::handle);
        workbench.handle(SuspectsView.RECORD, suspectsUi.handler());
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

    @Test
    void recordingASuspectAsAReadingMakesOneUndoableEntryWithItsTextAsTheOcrReading() {
        SuspectsPart part = suspectsUi.part(workbench).orElseThrow();
        waitUntil(() -> part.rows().isPresent(), "the suspects search answers");
        SuspectRows.Row row = part.rows().orElseThrow().stream()
                .filter(r -> sample.startsWith(r.suspect().form(), r.suspect().offset()))
                .filter(r -> APPARATUS.entries(edition).stream()
                        .noneMatch(e -> e.start() <= r.suspect().offset() && r.suspect().offset() < e.end()))
                .findFirst().orElseThrow();
        assertThat(suspectsUi.handler().isEnabled(workbench)).as("nothing selected").isFalse();
        part.viewer().setSelection(new StructuredSelection(row), true);
        assertThat(suspectsUi.handler().isEnabled(workbench)).isTrue();

        assertThat(workbench.execute(SuspectsView.RECORD)).isTrue();
        assertThat(workbench.errors()).isEmpty();
        String form = row.suspect().form();
        int start = row.suspect().offset();
        String after = edition.document().get();
        assertThat(after).startsWith(sample.substring(0, start)).endsWith(sample.substring(row.suspect().end()));
        assertThat(after.substring(start, after.length() - (sample.length() - row.suspect().end())))
                .matches("<app xml:id=\"app-\\d+\"><lem>\\Q" + form + "\\E</lem>"
                        + "<rdg wit=\"#OCR\" cause=\"ocr-error\">\\Q" + form + "\\E</rdg></app>");
        assertThat(view().visible()).hasSize(entries + 1);

        edition.undo();
        assertThat(edition.document().get()).as("one undo takes it back").isEqualTo(sample);
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        Ui.waitUntil(display, Duration.ofSeconds(10), condition, what);
    }
}
