package org.siglum.ui.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.apparatus.ApparatusEntry;
import org.siglum.apparatus.ReadingSpec;
import org.siglum.validation.Finding;

/**
 * The apparatus and problems views over the sample edition (samples/chapter-3.xml), with the real validation,
 * apparatus and suspects components, under a real display.
 */
class WorkbenchViewsTest {

    private static Display display;

    @TempDir
    Path dir;

    private WorkbenchWindow window;
    private final WorkbenchWindowTest.ScriptedDialogs dialogs = new WorkbenchWindowTest.ScriptedDialogs();
    private String sample;

    @BeforeAll
    static void createDisplay() {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isEmpty()) {
            fail("These tests drive a real window and need an X display: run them as `xvfb-run -a mvn verify`.");
        }
        System.setProperty("org.eclipse.swt.internal.SessionManagerDBus.disable", "true");
        display = Display.getDefault();
    }

    @BeforeEach
    void openSample() throws Exception {
        String root = System.getProperty("siglum.root");
        assumeTrue(root != null, "siglum.root is not set (run through Maven)");
        Path source = Path.of(root, "samples", "chapter-3.xml");
        assumeTrue(Files.isRegularFile(source), "no samples/chapter-3.xml under " + root);
        sample = Files.readString(source);
        Path file = Files.writeString(dir.resolve("chapter-3.xml"), sample);
        window = new WorkbenchWindow(display, shell -> dialogs, TestServices.get(), dir.resolve("config"));
        window.shell().open();
        assertThat(window.open(file)).isTrue();
        pump();
    }

    @AfterEach
    void closeWindow() {
        if (window != null) {
            window.edition().document().set(window.edition().document().get()); // keep the close prompt quiet
            dialogs.answer = Dialogs.SaveChoice.DISCARD;
            window.shell().dispose();
            pump();
        }
    }

    @Test
    void selectingAnEntryInTheApparatusViewSelectsItsLemmaInTheEditor() {
        List<ApparatusEntry> shown = window.apparatusView().visible();
        assertThat(shown).hasSize(136);
        ApparatusEntry e1 = shown.stream().filter(e -> e.id().equals("e1")).findFirst().orElseThrow();
        assertThat(WorkbenchViewsTestSupport.cells(e1)).containsExactly("e1", "247", "ประหัตประหาร ED",
                "ประทัดประหาร OCR", "ocr-error / ocr");

        window.apparatusView().viewer().setSelection(new StructuredSelection(e1), true);
        pump();

        StyledText text = window.viewer().getTextWidget();
        int lemStart = e1.lemma().orElseThrow().start();
        int lemEnd = e1.lemma().orElseThrow().end();
        assertThat(text.getSelectionRange().x).isEqualTo(lemStart);
        assertThat(text.getSelectionRange().y).isEqualTo(lemEnd - lemStart);
        assertThat(text.getSelectionText()).isEqualTo("<lem wit=\"#ED\">ประหัตประหาร</lem>");
    }

    @Test
    void movingTheCaretIntoAnEntrySelectsItInTheView() {
        StyledText text = window.viewer().getTextWidget();
        text.setFocus();
        text.setCaretOffset(sample.indexOf("กรรมกร</rdg>"));
        pump();
        assertThat(window.apparatusView().selection()).isNotNull();
        assertThat(window.apparatusView().selection().id()).isEqualTo("e2");
    }

    @Test
    void recordingAnOcrReadingChangesOnlyTheSelectedRangeAndUndoRestoresTheText() {
        String lemma = "พังพินาศ";
        int start = sample.indexOf(lemma);
        int end = start + lemma.length();
        window.viewer().setSelectedRange(start, lemma.length());
        dialogs.reading = ReadingSpec.of("OCR", "พังพินาด", "ocr-error");

        menuItem("Apparatus", "Record OCR reading").notifyListeners(SWT.Selection, new Event());
        pump();

        String after = window.edition().document().get();
        assertThat(dialogs.errors).isEmpty();
        assertThat(after).startsWith(sample.substring(0, start)).endsWith(sample.substring(end));
        String inserted = after.substring(start, after.length() - (sample.length() - end));
        assertThat(inserted).matches("<app xml:id=\"app-\\d+\"><lem>พังพินาศ</lem>"
                + "<rdg wit=\"#OCR\" cause=\"ocr-error\">พังพินาด</rdg></app>");
        assertThat(window.apparatusView().visible()).hasSize(137);
        ApparatusEntry made = window.apparatusView().selection();
        assertThat(made).isNotNull();
        assertThat(made.lemmaText()).isEqualTo(lemma);
        assertThat(WorkbenchViewsTestSupport.cells(made)[3]).isEqualTo("พังพินาด OCR");

        menuItem("Edit", "Undo").notifyListeners(SWT.Selection, new Event());
        pump();
        assertThat(window.edition().document().get()).isEqualTo(sample);
        waitUntil(() -> window.apparatusView().visible().size() == 136, "the view drops the undone entry");
    }

    @Test
    void aRefusalOfTheServiceIsShownWithItsReasonAndChangesNothing() {
        int start = sample.indexOf("<p>");
        window.viewer().setSelectedRange(start, 10); // crosses the start tag
        dialogs.reading = ReadingSpec.of("OCR", "x", "ocr-error");
        menuItem("Apparatus", "Record OCR reading").notifyListeners(SWT.Selection, new Event());
        pump();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(window.edition().document().get()).isEqualTo(sample);
    }

    @Test
    void anUnclosedTagIsListedInTheProblemsViewAndUnderlinedAndFixingItClearsIt() {
        waitUntil(() -> window.lastCheck() != null, "the first check");
        assertThat(wellFormedness()).isEmpty();
        assertThat(annotationsOf(WorkbenchWindow.SUSPECT_TYPE)).as("OCR suspects marked").isNotEmpty();
        Annotation suspect = annotationsOf(WorkbenchWindow.SUSPECT_TYPE).get(0);
        int suspectAt = window.annotations().getPosition(suspect).getOffset();
        waitUntil(() -> styleAt(suspectAt) != null && styleAt(suspectAt).borderStyle == SWT.BORDER_DOT,
                "the suspect is boxed in the editor");

        StyledText text = window.viewer().getTextWidget();
        int offset = sample.indexOf("เมื่อสงครามกลางเมือง");
        text.setFocus();
        text.setCaretOffset(offset);
        type(text, "<p>");
        assertThat(window.edition().document().get()).contains("<p><p>เมื่อสงคราม");

        waitUntil(() -> !wellFormedness().isEmpty(), "the problems view lists the unclosed tag");
        assertThat(annotationsOf(WorkbenchWindow.ERROR_TYPE)).isNotEmpty();
        int errorAt = window.annotations().getPosition(annotationsOf(WorkbenchWindow.ERROR_TYPE).get(0)).getOffset();
        waitUntil(() -> styleAt(errorAt) != null && styleAt(errorAt).underline
                && styleAt(errorAt).underlineStyle == SWT.UNDERLINE_SQUIGGLE, "the problem is underlined");
        assertThat(window.statusLine()[3]).contains("error");

        window.edition().document().set(sample);
        waitUntil(() -> window.lastCheck().text().equals(sample) && wellFormedness().isEmpty(),
                "the problem goes when the tag goes");
        assertThat(annotationsOf(WorkbenchWindow.ERROR_TYPE)).isEmpty();
    }

    @Test
    void theFilterByWitnessAndCauseNarrowsTheEntries() {
        var causes = window.apparatusView().causeFilter();
        int layout = List.of(causes.getItems()).indexOf("layout");
        assertThat(layout).isPositive();
        causes.select(layout);
        causes.notifyListeners(SWT.Selection, new Event());
        pump();
        assertThat(window.apparatusView().visible()).isNotEmpty()
                .allSatisfy(e -> assertThat(WorkbenchViewsTestSupport.cells(e)[4]).contains("layout"));
        assertThat(window.apparatusView().visible().size()).isLessThan(136);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private List<Finding> wellFormedness() {
        List<Finding> shown = new ArrayList<>();
        var table = window.problemsView().viewer();
        for (int i = 0; i < table.getTable().getItemCount(); i++) {
            Finding f = (Finding) table.getElementAt(i);
            if (f.rule().equals("well-formedness")) {
                shown.add(f);
            }
        }
        return shown;
    }

    private org.eclipse.swt.custom.StyleRange styleAt(int offset) {
        return window.viewer().getTextWidget().getStyleRangeAtOffset(offset);
    }

    private List<Annotation> annotationsOf(String type) {
        List<Annotation> found = new ArrayList<>();
        for (Iterator<Annotation> it = window.annotations().getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (a.getType().equals(type)) {
                found.add(a);
            }
        }
        return found;
    }

    private MenuItem menuItem(String menu, String item) {
        for (MenuItem header : window.shell().getMenuBar().getItems()) {
            if (header.getText().replace("&", "").equals(menu)) {
                Menu submenu = header.getMenu();
                submenu.notifyListeners(SWT.Show, new Event());
                for (MenuItem candidate : submenu.getItems()) {
                    if (candidate.getText().replace("&", "").startsWith(item)) {
                        return candidate;
                    }
                }
            }
        }
        throw new AssertionError("no menu item " + menu + " > " + item);
    }

    private static void type(StyledText text, String characters) {
        for (char c : characters.toCharArray()) {
            Event down = new Event();
            down.character = c;
            down.keyCode = c;
            text.notifyListeners(SWT.KeyDown, down);
        }
        pump();
    }

    private static void pump() {
        while (display.readAndDispatch()) {
            // run what is queued
        }
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 8_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }
}
