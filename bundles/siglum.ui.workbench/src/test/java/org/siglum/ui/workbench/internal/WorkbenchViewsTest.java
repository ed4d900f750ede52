package org.siglum.ui.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.ui.editor.Mark;
import org.siglum.ui.workbench.internal.views.ProblemsView;
import org.siglum.validation.Finding;
import org.siglum.ui.api.testing.Ui;

/**
 * The problems view and the marks in the editor over the sample edition (samples/chapter-3.xml), with the real
 * validation and suspects components, under a real display. (The apparatus view is siglum.ui.apparatus's.)
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
        assertTrue(root != null, "siglum.root is not set (run through Maven)");
        Path source = Path.of(root, "samples", "chapter-3.xml");
        assertTrue(Files.isRegularFile(source), "no samples/chapter-3.xml under " + root);
        sample = Files.readString(source);
        Path file = Files.writeString(dir.resolve("chapter-3.xml"), sample);
        window = TestWindows.open(display, dialogs, dir.resolve("config"));
        assertThat(window.open(file)).isTrue();
        Ui.flush(display);
    }

    @AfterEach
    void closeWindow() {
        if (window != null) {
            window.edition().document().set(window.edition().document().get()); // keep the close prompt quiet
            dialogs.answer = Dialogs.SaveChoice.DISCARD;
            window.shell().dispose();
            Ui.flush(display);
        }
    }

    @Test
    void anUnclosedTagIsListedInTheProblemsViewAndUnderlinedAndFixingItClearsIt() {
        Ui.waitUntil(display, () -> window.lastCheck() != null, "the first check");
        assertThat(wellFormedness()).isEmpty();
        assertThat(annotationsOf(Mark.Kind.SUSPECT.annotationType())).as("OCR suspects marked").isNotEmpty();
        Annotation suspect = annotationsOf(Mark.Kind.SUSPECT.annotationType()).get(0);
        int suspectAt = window.annotations().getPosition(suspect).getOffset();
        Ui.waitUntil(display, () -> styleAt(suspectAt) != null && styleAt(suspectAt).borderStyle == SWT.BORDER_DOT,
                "the suspect is boxed in the editor");

        StyledText text = window.viewer().getTextWidget();
        int offset = sample.indexOf("เมื่อสงครามกลางเมือง");
        text.setFocus();
        text.setCaretOffset(offset);
        type(text, "<p>");
        assertThat(window.edition().document().get()).contains("<p><p>เมื่อสงคราม");

        Ui.waitUntil(display, () -> !wellFormedness().isEmpty(), "the problems view lists the unclosed tag");
        assertThat(annotationsOf(Mark.Kind.ERROR.annotationType())).isNotEmpty();
        int errorAt = window.annotations().getPosition(annotationsOf(Mark.Kind.ERROR.annotationType()).get(0))
                .getOffset();
        Ui.waitUntil(display, () -> styleAt(errorAt) != null && styleAt(errorAt).underline
                && styleAt(errorAt).underlineStyle == SWT.UNDERLINE_SQUIGGLE, "the problem is underlined");
        assertThat(window.statusLine()[3]).contains("error");

        window.edition().document().set(sample);
        Ui.waitUntil(display, () -> window.lastCheck().text().equals(sample) && wellFormedness().isEmpty(),
                "the problem goes when the tag goes");
        assertThat(annotationsOf(Mark.Kind.ERROR.annotationType())).isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private List<Finding> wellFormedness() {
        List<Finding> shown = new ArrayList<>();
        var table = window.part(ProblemsView.ID, ProblemsView.Part.class).orElseThrow().view().viewer();
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

    private static void type(StyledText text, String characters) {
        for (char c : characters.toCharArray()) {
            Event down = new Event();
            down.character = c;
            down.keyCode = c;
            text.notifyListeners(SWT.KeyDown, down);
        }
        Ui.flush(display);
    }

}
