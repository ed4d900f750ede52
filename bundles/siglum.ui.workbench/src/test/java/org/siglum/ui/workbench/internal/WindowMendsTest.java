package org.siglum.ui.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.ViewPlacement;
import org.siglum.ui.api.testing.Ui;
import org.siglum.ui.workbench.internal.views.ProblemsView;

/**
 * What a scholar tripped over in the window (issue 15, "Mend the window"), with the real window over the sample:
 * views closed and brought back from the View menu, the clipboard commands, the guide, undo that shows what it
 * changed inside a long wrapped line, toolbar icons.
 */
class WindowMendsTest {

    private static Display display;

    @TempDir
    Path dir;

    private WorkbenchWindow window;
    private final WorkbenchWindowTest.ScriptedDialogs dialogs = new WorkbenchWindowTest.ScriptedDialogs();
    private String sample;
    private Path file;

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
        sample = Files.readString(Path.of(root, "samples", "chapter-3.xml"));
        file = Files.writeString(dir.resolve("chapter-3.xml"), sample);
        window = open();
    }

    private WorkbenchWindow open() {
        WorkbenchWindow opened = TestWindows.open(display, dialogs, dir.resolve("config"));
        assertThat(opened.open(file)).isTrue();
        Ui.flush(display);
        return opened;
    }

    @AfterEach
    void closeWindow() {
        if (window != null && !window.shell().isDisposed()) {
            dialogs.answer = Dialogs.SaveChoice.DISCARD;
            window.shell().dispose();
            Ui.flush(display);
        }
    }

    @Test
    void aClosedViewComesBackFromTheViewMenuAndStaysClosedInTheNextWindow() {
        String problems = titleOf(ProblemsView.ID);
        assertThat(window.tabs(ViewPlacement.BOTTOM)).contains(problems);
        assertThat(viewMenu()).as("the View menu lists every view").contains(problems);

        window.closeView(ProblemsView.ID);
        Ui.flush(display);
        assertThat(window.tabs(ViewPlacement.BOTTOM)).doesNotContain(problems);
        assertThat(window.isViewClosed(ProblemsView.ID)).isTrue();
        assertThat(viewMenu()).as("a closed view stays in the View menu").contains(problems);

        // the layout is kept when the window closes: the next window starts with the view closed
        window.shell().dispose();
        Ui.flush(display);
        window = open();
        assertThat(window.tabs(ViewPlacement.BOTTOM)).doesNotContain(problems);

        assertThat(window.execute(WorkbenchWindow.SHOW_VIEW + ProblemsView.ID)).isTrue();
        Ui.flush(display);
        assertThat(window.tabs(ViewPlacement.BOTTOM)).contains(problems);
        assertThat(window.part(ProblemsView.ID, ProblemsView.Part.class)).as("a live part again").isPresent();
        assertThat(window.isViewClosed(ProblemsView.ID)).isFalse();
    }

    @Test
    void cutCopyAndPasteWorkOnTheEditorAndCutIsOneUndoStep() {
        StyledText text = window.viewer().getTextWidget();
        text.setFocus();
        String word = "นโยบายเศรษฐกิจใหม่";
        int at = sample.indexOf(word);
        text.setSelection(at, at + word.length());
        Ui.flush(display);

        assertThat(window.execute("siglum.edit.copy")).isTrue();
        assertThat(clipboardText()).isEqualTo(word);

        int end = sample.indexOf("</title>");
        text.setSelection(end);
        assertThat(window.execute("siglum.edit.paste")).isTrue();
        assertThat(window.edition().document().get()).contains(word + word + "</title>");

        window.undo();
        assertThat(window.edition().document().get()).isEqualTo(sample);

        text.setSelection(at, at + word.length());
        assertThat(window.execute("siglum.edit.cut")).isTrue();
        assertThat(window.edition().document().get())
                .isEqualTo(sample.substring(0, at) + sample.substring(at + word.length()));
        window.undo();
        assertThat(window.edition().document().get()).as("cut is one undo step").isEqualTo(sample);
    }

    @Test
    void theGuideListsTheKeysOfTheCommandsRegistered() {
        assertThat(window.execute("siglum.help.guide")).isTrue();

        assertThat(dialogs.guides).hasSize(1);
        String guide = dialogs.guides.get(0);
        assertThat(guide).contains("Ctrl+S").contains("File › Save").contains("Ctrl+Z").contains("Edit › Undo")
                .contains("Edit › Paste").contains("CORRECTING A CHAPTER OF OCR");
    }

    @Test
    void undoShowsWhatItChangedDeepInALongWrappedLine() {
        var document = window.edition().document();
        int longest = 0;
        for (int line = 1; line < document.getNumberOfLines(); line++) {
            if (lineLength(line) > lineLength(longest)) {
                longest = line;
            }
        }
        int deep;
        try {
            deep = document.getLineOffset(longest) + lineLength(longest) * 9 / 10;
            document.replace(deep, 0, "X");
        } catch (org.eclipse.jface.text.BadLocationException e) {
            throw new AssertionError(e);
        }
        window.select(0, 0);
        Ui.flush(display);

        window.undo();
        Ui.flush(display);

        StyledText text = window.viewer().getTextWidget();
        assertThat(text.getCaretOffset()).isEqualTo(deep);
        Point location = text.getLocationAtOffset(deep);
        assertThat(location.y).as("the undone change is on screen").isBetween(0,
                text.getClientArea().height - text.getLineHeight(deep));
    }

    @Test
    void theToolbarButtonsHaveIconsFromTheDesktopTheme() {
        List<ToolItem> items = new ArrayList<>();
        for (Control child : window.shell().getChildren()) {
            if (child instanceof ToolBar bar) {
                items.addAll(List.of(bar.getItems()));
            }
        }
        assertThat(items).extracting(ToolItem::getText).contains("Open", "Save", "Undo", "Redo");
        for (ToolItem item : items) {
            if (List.of("Open", "Save", "Undo", "Redo").contains(item.getText())) {
                assertThat(item.getImage()).as(item.getText() + "'s icon (Adwaita, which GTK brings)").isNotNull();
            }
        }
    }

    private int lineLength(int line) {
        try {
            return window.edition().document().getLineLength(line);
        } catch (org.eclipse.jface.text.BadLocationException e) {
            throw new AssertionError(e);
        }
    }

    private String titleOf(String viewId) {
        return window.commands().stream().filter(c -> c.id().equals(WorkbenchWindow.SHOW_VIEW + viewId))
                .map(CommandContribution::label).findFirst().orElseThrow(() -> new AssertionError("no View item for "
                        + viewId));
    }

    private List<String> viewMenu() {
        return window.commands().stream()
                .filter(c -> c.menu().filter(CommandContribution.MENU_VIEW::equals).isPresent())
                .map(CommandContribution::label).toList();
    }

    private String clipboardText() {
        Clipboard clipboard = new Clipboard(display);
        try {
            return (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
    }
}
