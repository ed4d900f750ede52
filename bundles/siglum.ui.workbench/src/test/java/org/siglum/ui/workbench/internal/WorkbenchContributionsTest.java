package org.siglum.ui.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.core.EditionDocument;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandHandler;
import org.siglum.ui.api.CommandSpec;
import org.siglum.ui.api.EditorSelection;
import org.siglum.ui.api.ViewContribution;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.ViewPlacement;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.api.WorkbenchListener;
import org.siglum.ui.api.testing.Ui;

/**
 * Views, commands and handlers added to and removed from the real window while it is open, as the application does
 * when bundles start and stop.
 */
class WorkbenchContributionsTest {

    private static Display display;

    @TempDir
    Path dir;

    private WorkbenchWindow window;
    private final WorkbenchWindowTest.ScriptedDialogs dialogs = new WorkbenchWindowTest.ScriptedDialogs();

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
        if (!window.shell().isDisposed()) {
            dialogs.answer = Dialogs.SaveChoice.DISCARD;
            window.shell().dispose();
        }
        Ui.flush(display);
    }

    @Test
    void theWorkbenchsOwnViewsAndCommandsAreThereAsContributions() {
        assertThat(window.tabs(ViewPlacement.LEFT)).containsExactly("Outline");
        assertThat(window.tabs(ViewPlacement.BOTTOM)).containsExactly("Problems");
        assertThat(menuTexts("File")).containsExactly("Open\u2026\tCtrl+O", "Open Recent", "Save\tCtrl+S",
                "Save As\u2026\tShift+Ctrl+S", "-", "Close", "Quit\tCtrl+Q");
        assertThat(menuTexts("Edit")).containsExactly("Undo\tCtrl+Z", "Redo\tCtrl+Y", "-", "Cut\tCtrl+X",
                "Copy\tCtrl+C", "Paste\tCtrl+V", "Select All\tCtrl+A", "-", "Find/Replace\u2026\tCtrl+F");
        assertThat(menuTexts("View")).as("every view, to bring a closed one back").containsExactly("Outline",
                "Problems");
        assertThat(menuTexts("Help")).containsExactly("Keys and Workflow\tF1", "About Siglum");
        assertThat(menuBar()).containsExactly("File", "Edit", "View", "Help");
        assertThat(menuItem("File", "Save").getEnabled()).as("nothing to save").isFalse();
        assertThat(menuItem("File", "Open").getEnabled()).isTrue();
        assertThat(toolTexts()).containsExactly("Open", "Save", "Undo", "Redo");
    }

    @Test
    void aViewArrivesAsATabInOrderAndLeavesWithItsPartDisposed() {
        Probe late = new Probe("test.late", "Late", ViewPlacement.BOTTOM, 900);
        Probe early = new Probe("test.early", "Early", ViewPlacement.BOTTOM, 50);
        Probe right = new Probe("test.right", "Notes", ViewPlacement.RIGHT, 100);
        window.addView(late);
        window.addView(early);
        window.addView(right);
        Ui.flush(display);
        assertThat(window.tabs(ViewPlacement.BOTTOM)).containsExactly("Early", "Problems", "Late");
        assertThat(window.tabs(ViewPlacement.RIGHT)).containsExactly("Notes");
        assertThat(right.part.label.isVisible()).isTrue();

        window.removeView(early);
        window.removeView(right);
        Ui.flush(display);
        assertThat(window.tabs(ViewPlacement.BOTTOM)).containsExactly("Problems", "Late");
        assertThat(window.tabs(ViewPlacement.RIGHT)).isEmpty();
        assertThat(early.part.disposed).isTrue();
        assertThat(early.part.label.isDisposed()).isTrue();
        assertThat(late.part.disposed).isFalse();
    }

    @Test
    void aViewThatThrowsIsReportedAndTheOthersStillWork() throws Exception {
        ViewContribution broken = new Probe("test.broken", "Broken", ViewPlacement.BOTTOM, 10) {
            @Override
            public ViewPart createPart(Composite parent, Workbench workbench) {
                throw new IllegalStateException("no data for this view");
            }
        };
        window.addView(broken);
        Probe fine = new Probe("test.fine", "Fine", ViewPlacement.BOTTOM, 20);
        window.addView(fine);
        Ui.flush(display);
        assertThat(window.tabs(ViewPlacement.BOTTOM)).containsExactly("Fine", "Problems");
        assertThat(window.reports()).containsExactly("The view Broken could not be shown: no data for this view");
        assertThat(window.statusLine()[2]).contains("Broken");

        assertThat(window.open(Files.writeString(dir.resolve("chapter.xml"), Samples.CHAPTER))).isTrue();
        assertThat(fine.part.editions).containsExactly(true);
        window.removeView(broken); // never shown: nothing to remove, nothing breaks
    }

    @Test
    void aCommandGetsItsMenuItemKeyAndButtonItsHandlerRunsAndItGoesWhenRemoved() {
        CommandSpec record = CommandSpec.of("test.record", "&Record\u2026").inMenu("Apparatus", 100).withKeys("M1+M2+R")
                .withToolbarButton();
        CommandSpec delete = CommandSpec.of("test.delete", "&Delete entry").inMenu("Apparatus", 300);
        List<String> ran = new ArrayList<>();
        window.addCommand(record);
        window.addCommand(delete);
        Ui.flush(display);
        assertThat(menuBar()).containsExactly("File", "Edit", "View", "Apparatus", "Help");
        assertThat(menuTexts("Apparatus")).containsExactly("Record\u2026\tShift+Ctrl+R", "-", "Delete entry");
        assertThat(menuItem("Apparatus", "Record").getAccelerator()).isEqualTo(SWT.MOD1 | SWT.MOD2 | 'R');
        assertThat(menuItem("Apparatus", "Record").getEnabled()).as("no handler yet").isFalse();
        assertThat(toolTexts()).contains("Record");

        CommandHandler low = workbench -> ran.add("low");
        CommandHandler high = workbench -> ran.add("high");
        window.addHandler("test.record", low, 0);
        window.addHandler("test.record", high, 10);
        assertThat(menuItem("Apparatus", "Record").getEnabled()).isTrue();
        menuItem("Apparatus", "Record").notifyListeners(SWT.Selection, new Event());
        assertThat(window.workbench().execute("test.record")).isTrue();
        assertThat(ran).containsExactly("high", "high");
        window.removeHandler("test.record", high);
        window.workbench().execute("test.record");
        assertThat(ran).containsExactly("high", "high", "low");
        assertThat(window.workbench().execute("test.delete")).as("no handler").isFalse();

        window.removeCommand(record);
        Ui.flush(display);
        assertThat(menuTexts("Apparatus")).containsExactly("Delete entry");
        assertThat(toolTexts()).doesNotContain("Record");
        window.removeCommand(delete);
        assertThat(menuBar()).containsExactly("File", "Edit", "View", "Help");
    }

    @Test
    void aHandlerThatThrowsIsShownAsAnErrorAndTheWindowGoesOn() throws Exception {
        window.addCommand(CommandSpec.of("test.fail", "&Fail").inMenu("Tools", 100));
        window.addHandler("test.fail", workbench -> {
            throw new IllegalStateException("the service is gone");
        }, 0);
        assertThat(menuBar()).containsExactly("File", "Edit", "View", "Tools", "Help");
        menuItem("Tools", "Fail").notifyListeners(SWT.Selection, new Event());
        assertThat(dialogs.errors).containsExactly("the service is gone");
        assertThat(window.statusLine()[2]).isEqualTo("Fail failed: the service is gone");
        assertThat(window.open(Files.writeString(dir.resolve("chapter.xml"), Samples.CHAPTER))).isTrue();
    }

    @Test
    void aKeyBoundTwiceGoesToTheFirstCommandAndTheClashIsReported() {
        window.addCommand(CommandSpec.of("test.save2", "Save too").inMenu("Tools", 100).withKeys("M1+S"));
        assertThat(menuTexts("Tools")).containsExactly("Save too");
        assertThat(window.reports())
                .containsExactly("Ctrl+S is bound to siglum.file.save already; test.save2 gets no key.");
    }

    @Test
    void aKeyOfACommandWithoutAMenuItemRunsItsHandlerAndTheMenusKeysWorkToo() throws Exception {
        List<String> ran = new ArrayList<>();
        window.addCommand(CommandSpec.of("test.key", "Key only").withKeys("M1+M2+K"));
        window.addHandler("test.key", workbench -> ran.add("key"), 0);
        window.open(Files.writeString(dir.resolve("chapter.xml"), Samples.CHAPTER));
        StyledText text = window.viewer().getTextWidget();
        Event key = new Event();
        key.keyCode = 'k';
        key.character = 0x0b;
        key.stateMask = SWT.MOD1 | SWT.MOD2;
        text.notifyListeners(SWT.KeyDown, key);
        assertThat(ran).containsExactly("key");
        assertThat(key.doit).isFalse();
        assertThat(window.edition().document().get()).isEqualTo(Samples.CHAPTER);
        assertThat(menuItem("File", "Save").getAccelerator()).isEqualTo(SWT.MOD1 | 'S');
    }

    @Test
    void listenersHearOfEditionsEditsCoalescedAndSelections() throws Exception {
        List<String> heard = new ArrayList<>();
        window.workbench().addListener(new WorkbenchListener() {
            @Override
            public void editionChanged(Optional<EditionDocument> edition) {
                heard.add("edition " + edition.isPresent());
            }

            @Override
            public void documentChanged(EditionDocument edition) {
                heard.add("document");
            }

            @Override
            public void selectionChanged(EditorSelection selection) {
                heard.add("selection " + selection.offset() + "+" + selection.length());
            }
        });
        Path file = Files.writeString(dir.resolve("chapter.xml"), Samples.CHAPTER);
        window.open(file);
        assertThat(heard).containsExactly("edition true");
        assertThat(window.workbench().edition().orElseThrow().document().get()).isEqualTo(Samples.CHAPTER);

        heard.clear();
        window.workbench().select(10, 5);
        assertThat(heard).containsExactly("selection 10+5");
        assertThat(window.workbench().selection()).isEqualTo(new EditorSelection(10, 5));

        heard.clear();
        StyledText text = window.viewer().getTextWidget();
        text.setCaretOffset(Samples.CHAPTER.indexOf("บทที่ ๒"));
        window.edition().document().replace(Samples.CHAPTER.indexOf("บทที่ ๒"), 0, "ก");
        window.edition().document().replace(Samples.CHAPTER.indexOf("บทที่ ๒"), 0, "ข");
        window.edition().document().replace(Samples.CHAPTER.indexOf("บทที่ ๒"), 0, "ค");
        Ui.waitUntil(display, () -> heard.contains("document"), "the views hear of the edits");
        Ui.flush(display);
        assertThat(heard.stream().filter("document"::equals)).as("three edits, heard once").hasSize(1);

        heard.clear();
        dialogs.answer = Dialogs.SaveChoice.DISCARD;
        window.closeEdition();
        assertThat(heard).contains("edition false");
        assertThat(window.workbench().edition()).isEmpty();
    }

    @Test
    void openRecentListsTheFilesOpenedLastMostRecentFirst() throws Exception {
        Path a = Files.writeString(dir.resolve("a.xml"), Samples.CHAPTER);
        Path b = Files.writeString(dir.resolve("b.xml"), Samples.CHAPTER);
        window.open(a);
        window.open(b);
        window.open(a);
        assertThat(window.recentFiles()).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());
        Menu recent = menuItem("File", "Open Recent").getMenu();
        recent.notifyListeners(SWT.Show, new Event());
        assertThat(recent.getItems()).extracting(MenuItem::getText)
                .containsExactly("a.xml  \u2014  " + dir.toAbsolutePath(), "b.xml  \u2014  " + dir.toAbsolutePath());
        recent.getItem(1).notifyListeners(SWT.Selection, new Event());
        assertThat(window.edition().path().getFileName().toString()).isEqualTo("b.xml");
        assertThat(new RecentFiles(dir.resolve("config")).files()).as("kept for the next run")
                .containsExactly(b.toAbsolutePath(), a.toAbsolutePath());
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** A view with a label, recording what it heard. */
    static class Probe implements ViewContribution {
        final String id;
        final String title;
        final ViewPlacement placement;
        final int order;
        ProbePart part;

        Probe(String id, String title, ViewPlacement placement, int order) {
            this.id = id;
            this.title = title;
            this.placement = placement;
            this.order = order;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public ViewPlacement placement() {
            return placement;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public ViewPart createPart(Composite parent, Workbench workbench) {
            part = new ProbePart(parent, workbench);
            return part;
        }
    }

    static final class ProbePart implements ViewPart, WorkbenchListener {
        final Label label;
        final Workbench workbench;
        final List<Boolean> editions = new ArrayList<>();
        boolean disposed;

        ProbePart(Composite parent, Workbench workbench) {
            this.workbench = workbench;
            label = new Label(parent, SWT.NONE);
            label.setText("probe");
            workbench.addListener(this);
        }

        @Override
        public void editionChanged(Optional<EditionDocument> edition) {
            editions.add(edition.isPresent());
        }

        @Override
        public Control control() {
            return label;
        }

        @Override
        public void dispose() {
            disposed = true;
            workbench.removeListener(this);
        }
    }

    private List<String> menuBar() {
        List<String> names = new ArrayList<>();
        for (MenuItem header : window.shell().getMenuBar().getItems()) {
            names.add(header.getText().replace("&", ""));
        }
        return names;
    }

    private List<String> menuTexts(String menu) {
        List<String> texts = new ArrayList<>();
        for (MenuItem header : window.shell().getMenuBar().getItems()) {
            if (header.getText().replace("&", "").equals(menu)) {
                for (MenuItem item : header.getMenu().getItems()) {
                    texts.add((item.getStyle() & SWT.SEPARATOR) != 0 ? "-" : item.getText().replace("&", ""));
                }
            }
        }
        return texts;
    }

    private List<String> toolTexts() {
        List<String> texts = new ArrayList<>();
        var bar = (org.eclipse.swt.widgets.ToolBar) window.shell().getChildren()[0];
        for (ToolItem item : bar.getItems()) {
            texts.add(item.getText());
        }
        return texts;
    }

    private MenuItem menuItem(String menu, String item) {
        return Ui.item(window.shell().getMenuBar(), menu, item);
    }

}
