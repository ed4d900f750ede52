package org.siglum.ui.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.eclipse.jface.viewers.TreeViewer;
import org.siglum.ui.editor.internal.XmlHighlighter;
import org.siglum.ui.editor.xml.XmlTokenType;
import org.siglum.ui.workbench.internal.views.OutlineView;
import org.siglum.ui.api.testing.Ui;

/**
 * Drives the real window under a real display (Xvfb in the build: {@code xvfb-run -a mvn verify}). SWT allows one
 * display per JVM thread here, so all tests share it.
 */
class WorkbenchWindowTest {

    private static Display display;

    @TempDir
    Path dir;

    private WorkbenchWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void createDisplay() {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isEmpty()) {
            fail("These tests drive a real window and need an X display: run them as `xvfb-run -a mvn verify`.");
        }
        System.setProperty("org.eclipse.swt.internal.SessionManagerDBus.disable", "true");
        display = Display.getDefault();
    }

    @BeforeEach
    void openWindow() {
        window = TestWindows.open(display, dialogs, dir.resolve("config"));
    }

    @AfterEach
    void closeWindow() {
        window.shell().dispose();
        Ui.flush(display);
    }

    @Test
    void typingChangesTheDocumentMarksTheTitleUpdatesTheOutlineAndUndoRestoresIt() throws Exception {
        Path file = Files.writeString(dir.resolve("chapter.xml"), Samples.CHAPTER);
        assertThat(window.open(file)).isTrue();
        assertThat(window.shell().getText()).isEqualTo("chapter.xml \u2014 Siglum");
        assertThat(outlineLabels()).containsExactly("บทที่ ๑ กำเนิดกรุงศรีอยุธยา", "การค้า", "บทที่ ๒");

        StyledText text = window.viewer().getTextWidget();
        int offset = Samples.CHAPTER.indexOf("บทที่ ๒") + "บทที่ ๒".length();
        text.setFocus();
        text.setCaretOffset(offset);
        type(text, " ก");

        assertThat(window.edition().document().get()).contains("<head>บทที่ ๒ ก</head>");
        assertThat(window.shell().getText()).isEqualTo("*chapter.xml \u2014 Siglum");
        Ui.waitUntil(display, () -> outlineLabels().contains("บทที่ ๒ ก"), "the outline shows the edited head");

        menuItem("Edit", "Undo").notifyListeners(SWT.Selection, new Event());
        menuItem("Edit", "Undo").notifyListeners(SWT.Selection, new Event());
        assertThat(window.edition().document().get()).isEqualTo(Samples.CHAPTER);
        assertThat(window.shell().getText()).isEqualTo("chapter.xml \u2014 Siglum");
        Ui.waitUntil(display, () -> outlineLabels().contains("บทที่ ๒"), "the outline follows the undo");
    }

    @Test
    void theEditorColoursMarkupAndTheStatusLineFollowsTheCaret() throws Exception {
        window.open(Files.writeString(dir.resolve("chapter.xml"), Samples.CHAPTER));
        Ui.flush(display);
        StyledText text = window.viewer().getTextWidget();
        int elementName = Samples.CHAPTER.indexOf("<head>") + 1;
        StyleRange style = text.getStyleRangeAtOffset(elementName);
        assertThat(style).isNotNull();
        assertThat(style.foreground.getRGB()).isEqualTo(new XmlHighlighter().styleOf(XmlTokenType.ELEMENT_NAME).foreground.getRGB());
        StyleRange inText = text.getStyleRangeAtOffset(Samples.CHAPTER.indexOf("ประทัด"));
        assertThat(inText).isNull();

        text.setFocus();
        text.setCaretOffset(Samples.CHAPTER.indexOf("<TEI"));
        Ui.flush(display);
        assertThat(window.statusLine()[0]).isEqualTo("Line 3, column 1");
        assertThat(window.statusLine()[1]).isEqualTo("Well-formed");
    }

    @Test
    void selectingADivisionInTheOutlineSelectsItsHeadInTheEditor() throws Exception {
        window.open(Files.writeString(dir.resolve("chapter.xml"), Samples.CHAPTER));
        Ui.flush(display);
        TreeItem second = outline().getTree().getItem(1);
        outline().getTree().setSelection(second);
        outline().getTree().notifyListeners(SWT.Selection, selectionEvent(second));
        Ui.flush(display);
        assertThat(window.viewer().getTextWidget().getSelectionText()).isEqualTo("<head>บทที่ ๒</head>");
    }

    @Test
    void aFileThatIsNotWellFormedOpensAsTextWithItsProblemShown() throws Exception {
        window.open(Files.writeString(dir.resolve("broken.xml"), "<TEI>\n<div><head>หนึ่ง</head>\n<p>ก</div></TEI>"));
        Ui.flush(display);
        assertThat(window.edition()).isNotNull();
        assertThat(window.statusLine()[1]).isEqualTo("1 problem");
        assertThat(window.statusLine()[2]).startsWith("3:");
        assertThat(outlineLabels()).containsExactly("หนึ่ง");
    }

    @Test
    void aFileThatCannotBeDecodedShowsAnErrorAndOpensNothing() throws Exception {
        Path file = Files.write(dir.resolve("tis620.xml"), "<p>\u0e01\u0e02</p>".getBytes("TIS-620"));
        assertThat(window.open(file)).isFalse();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains("UTF-8");
        assertThat(window.edition()).isNull();
    }

    @Test
    void quittingWithUnsavedChangesAsksAndCancelKeepsTheWindow() throws Exception {
        Path file = Files.writeString(dir.resolve("chapter.xml"), Samples.CHAPTER);
        window.open(file);
        window.edition().document().replace(0, 0, "\n");
        dialogs.answer = Dialogs.SaveChoice.CANCEL;
        window.shell().close();
        assertThat(dialogs.asked).isEqualTo(1);
        assertThat(window.shell().isDisposed()).isFalse();

        dialogs.answer = Dialogs.SaveChoice.SAVE;
        Shell shell = window.shell();
        shell.close();
        assertThat(shell.isDisposed()).isTrue();
        assertThat(Files.readString(file)).isEqualTo("\n" + Samples.CHAPTER);
        window = TestWindows.open(display, dialogs, null);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static void type(StyledText text, String characters) {
        for (char c : characters.toCharArray()) {
            Event down = new Event();
            down.character = c;
            down.keyCode = c;
            text.notifyListeners(SWT.KeyDown, down);
            Event up = new Event();
            up.character = c;
            up.keyCode = c;
            text.notifyListeners(SWT.KeyUp, up);
        }
        Ui.flush(display);
    }

    private static Event selectionEvent(TreeItem item) {
        Event event = new Event();
        event.item = item;
        return event;
    }

    private TreeViewer outline() {
        return window.part(OutlineView.ID, OutlineView.Part.class).orElseThrow().viewer();
    }

    private List<String> outlineLabels() {
        List<String> labels = new ArrayList<>();
        for (TreeItem item : outline().getTree().getItems()) {
            collect(item, labels);
        }
        return labels;
    }

    private static void collect(TreeItem item, List<String> labels) {
        labels.add(item.getText());
        for (TreeItem child : item.getItems()) {
            collect(child, labels);
        }
    }

    private MenuItem menuItem(String menu, String item) {
        return Ui.item(window.shell().getMenuBar(), menu, item);
    }

    /** Answers the window's questions as a test says. */
    static final class ScriptedDialogs implements Dialogs {
        SaveChoice answer = SaveChoice.CANCEL;
        int asked;
        final List<String> errors = new ArrayList<>();
        final List<String> guides = new ArrayList<>();

        @Override
        public SaveChoice askToSaveChanges(String fileName) {
            asked++;
            return answer;
        }

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public Path chooseFileToOpen(Path near) {
            return null;
        }

        @Override
        public Path chooseFileToSave(Path near) {
            return null;
        }

        @Override
        public void showAbout() {
        }

        @Override
        public void showGuide(String title, String text) {
            guides.add(title + "\n" + text);
        }
    }
}
