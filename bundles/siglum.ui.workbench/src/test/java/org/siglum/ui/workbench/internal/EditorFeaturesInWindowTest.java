package org.siglum.ui.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.thai.find.Clusters;
import org.siglum.ui.api.testing.Ui;

/** The editor features as the window installs them: content assist from its services, find in the Edit menu, Thai clusters. */
class EditorFeaturesInWindowTest {

    private static Display display;

    @TempDir
    Path dir;

    private WorkbenchWindow window;
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
    void openWindow() throws Exception {
        window = TestWindows.open(display, new WorkbenchWindowTest.ScriptedDialogs(), dir.resolve("config"));
        String root = System.getProperty("siglum.root");
        Path repo = root != null ? Path.of(root) : Path.of("../..").toAbsolutePath().normalize();
        sample = Files.readString(repo.resolve("samples/chapter-3.xml"));
        assertThat(window.open(Files.writeString(dir.resolve("chapter-3.xml"), sample))).isTrue();
        Ui.flush(display);
    }

    @AfterEach
    void closeWindow() {
        window.shell().dispose();
        Ui.flush(display);
    }

    @Test
    void theEditorProposesWhatTheSchemaAllowsHere() {
        int offset = sample.indexOf("</lem>", sample.indexOf("xml:id=\"e3\"")) + "</lem>".length();
        ICompletionProposal[] proposals = window.editorFeatures().assistant().orElseThrow()
                .getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE)
                .computeCompletionProposals(window.viewer(), offset);
        assertThat(Arrays.stream(proposals).map(ICompletionProposal::getDisplayString)).contains("<rdg>", "<note>");
    }

    @Test
    void editFindOpensTheFindDialog() {
        int shells = display.getShells().length;
        MenuItem find = menuItem("Edit", "Find/Replace");
        assertThat(find.getText()).endsWith("\tCtrl+F");
        assertThat(Character.toLowerCase(find.getAccelerator() & ~org.eclipse.swt.SWT.MODIFIER_MASK)).isEqualTo('f');
        assertThat(find.getAccelerator() & org.eclipse.swt.SWT.MODIFIER_MASK).isEqualTo(org.eclipse.swt.SWT.MOD1);
        find.notifyListeners(org.eclipse.swt.SWT.Selection, new Event());
        Ui.flush(display);
        assertThat(display.getShells()).hasSize(shells + 1)
                .anySatisfy(s -> assertThat(s.getText()).isEqualTo("Find/Replace"));
        for (Shell s : display.getShells()) {
            if ("Find/Replace".equals(s.getText())) {
                s.close();
            }
        }
    }

    @Test
    void aSelectionMadeByTheProgramInsideAClusterIsWidenedToIt() {
        int water = sample.indexOf("น้ำ");
        window.viewer().setSelectedRange(water + 1, 1);
        Point selection = window.viewer().getTextWidget().getSelection();
        assertThat(selection).isEqualTo(new Point(water, water + 3));
        window.viewer().setSelectedRange(water + 2, 0);
        assertThat(Clusters.isBoundary(sample, window.viewer().getTextWidget().getCaretOffset())).isTrue();
    }

    private MenuItem menuItem(String menu, String item) {
        return Ui.item(window.shell().getMenuBar(), menu, item);
    }

}
