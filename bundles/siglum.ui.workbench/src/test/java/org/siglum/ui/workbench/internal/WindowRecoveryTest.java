package org.siglum.ui.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.recovery.internal.FileRecoveryJournals;
import org.siglum.ui.workbench.internal.recovery.RecoveryDialogs;
import org.siglum.ui.workbench.internal.recovery.RecoveryOffer;
import org.siglum.ui.workbench.internal.recovery.WindowRecovery;
import org.siglum.ui.api.testing.Ui;

/**
 * The window's recovery of unsaved changes, with the real journals: a first window types and its journal is flushed;
 * the journal folder is copied as a crash would leave it (the copy is held by no running journal); a second window
 * over the copy opens the same file and is asked.
 */
class WindowRecoveryTest {

    private static Display display;

    @TempDir
    Path dir;

    private final List<WorkbenchWindow> windows = new ArrayList<>();
    private final List<FileRecoveryJournals> journals = new ArrayList<>();
    private final Answers answers = new Answers();

    @BeforeAll
    static void createDisplay() {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isEmpty()) {
            fail("These tests drive a real window and need an X display: run them as `xvfb-run -a mvn verify`.");
        }
        System.setProperty("org.eclipse.swt.internal.SessionManagerDBus.disable", "true");
        display = Display.getDefault();
    }

    @AfterEach
    void close() {
        windows.forEach(w -> w.shell().dispose());
        journals.forEach(FileRecoveryJournals::close);
        Ui.flush(display);
    }

    private WorkbenchWindow window(Path folder) {
        // the window with its own commands (File, Edit) as the application gets them
        WorkbenchWindow window = TestWindows.open(display, new NoDialogs(), null);
        FileRecoveryJournals j = new FileRecoveryJournals(folder);
        journals.add(j);
        window.setRecovery(new WindowRecovery(j, answers));
        windows.add(window);
        return window;
    }

    /** Types in a first window, flushes its journal and leaves a copy of the journals as a crash would. */
    private String crashAfterTyping(Path file, Path leftBehind) throws Exception {
        Path folder = dir.resolve("recovery");
        WorkbenchWindow first = window(folder);
        WindowRecovery recovery = new WindowRecovery(journals.get(journals.size() - 1), answers);
        first.setRecovery(recovery);
        assertThat(first.open(file)).isTrue();
        StyledText text = first.viewer().getTextWidget();
        text.setCaretOffset(Samples.CHAPTER.indexOf("ประทัดประหาร"));
        text.insert("ประหัตประหาร 𝔄 ");
        text.setCaretOffset(text.getCharCount());
        text.insert("<!-- end -->\n");
        Ui.flush(display);
        recovery.flush();
        copy(folder, leftBehind);
        return first.edition().document().get();
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void recoverAppliesTheEditsAsOneUndoableChangeAndLeavesTheFileAlone() throws Exception {
        Path file = Files.writeString(dir.resolve("chapter.xml"), Samples.CHAPTER);
        String typed = crashAfterTyping(file, dir.resolve("after-crash"));

        answers.add(RecoveryDialogs.Choice.RECOVER);
        WorkbenchWindow second = window(dir.resolve("after-crash"));
        assertThat(second.open(file)).isTrue();
        assertThat(answers.asked).hasSize(1);
        RecoveryOffer offer = answers.asked.get(0);
        assertThat(offer.edits()).isEqualTo(2);
        assertThat(offer.fileUnchanged()).isTrue();
        assertThat(offer.question()).startsWith("Recover unsaved changes to chapter.xml from ").contains("(2 edits)?");
        assertThat(second.edition().document().get()).isEqualTo(typed);
        assertThat(second.shell().getText()).isEqualTo("*chapter.xml \u2014 Siglum");
        assertThat(Files.readString(file)).isEqualTo(Samples.CHAPTER);
        assertThat(second.statusLine()[2]).startsWith("Recovered 2 edits not saved before Siglum closed");

        Ui.item(second.shell().getMenuBar(), "Edit", "Undo").notifyListeners(SWT.Selection, new Event());
        assertThat(second.edition().document().get()).isEqualTo(Samples.CHAPTER);
        assertThat(journalsIn(dir.resolve("after-crash"))).as("the old journal went once the new one held the edits")
                .hasSize(1);
    }

    @Test
    void discardDeletesTheJournalAndKeepForLaterOffersItAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("chapter.xml"), Samples.CHAPTER);
        crashAfterTyping(file, dir.resolve("after-crash"));

        answers.add(RecoveryDialogs.Choice.KEEP_FOR_LATER);
        WorkbenchWindow second = window(dir.resolve("after-crash"));
        second.open(file);
        assertThat(second.edition().document().get()).isEqualTo(Samples.CHAPTER);
        second.showEmpty("closed");

        answers.add(RecoveryDialogs.Choice.DISCARD);
        second.open(file);
        assertThat(answers.asked).hasSize(2);
        assertThat(second.edition().document().get()).isEqualTo(Samples.CHAPTER);
        second.showEmpty("closed");
        assertThat(journalsIn(dir.resolve("after-crash"))).isEmpty();

        second.open(file);
        assertThat(answers.asked).as("nothing left to offer").hasSize(2);
    }

    @Test
    void whenTheFileChangedRecoverWritesASeparateFile() throws Exception {
        Path file = Files.writeString(dir.resolve("chapter.xml"), Samples.CHAPTER);
        String typed = crashAfterTyping(file, dir.resolve("after-crash"));
        String changed = Samples.CHAPTER.replace("บทที่ ๒", "บทที่ ๒ (แก้)");
        Files.writeString(file, changed);

        answers.add(RecoveryDialogs.Choice.RECOVER);
        WorkbenchWindow second = window(dir.resolve("after-crash"));
        second.open(file);
        assertThat(answers.asked.get(0).fileUnchanged()).isFalse();
        assertThat(answers.asked.get(0).question()).contains("has changed since");
        assertThat(second.edition().document().get()).isEqualTo(changed);
        assertThat(answers.copies).hasSize(1);
        assertThat(Files.readString(answers.copies.get(0))).isEqualTo(typed);
        assertThat(second.statusLine()[2])
                .isEqualTo("Recovered 2 edits to " + answers.copies.get(0).getFileName() + ".");
        assertThat(Files.readString(file)).isEqualTo(changed);
    }

    @Test
    void saveClearsTheJournalAndClosingDeletesIt() throws Exception {
        Path file = Files.writeString(dir.resolve("chapter.xml"), Samples.CHAPTER);
        Path folder = dir.resolve("recovery");
        WorkbenchWindow window = window(folder);
        WindowRecovery recovery = new WindowRecovery(journals.get(0), answers);
        window.setRecovery(recovery);
        window.open(file);
        window.viewer().getTextWidget().insert("<!-- 1 -->");
        recovery.flush();
        assertThat(journalsIn(folder)).hasSize(1);
        Ui.item(window.shell().getMenuBar(), "File", "Save").notifyListeners(SWT.Selection, new Event());
        recovery.flush();
        assertThat(journalsIn(folder)).isEmpty();
        window.viewer().getTextWidget().insert("<!-- 2 -->");
        recovery.flush();
        assertThat(journalsIn(folder)).hasSize(1);
        window.shell().dispose();
        assertThat(journalsIn(folder)).as("a clean close").isEmpty();
    }

    private static List<Path> journalsIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".journal")).toList();
        }
    }

    /** The person's answers, in order; what was asked and which copies were shown. */
    private static final class Answers implements RecoveryDialogs {
        final Deque<Choice> choices = new ArrayDeque<>();
        final List<RecoveryOffer> asked = new ArrayList<>();
        final List<Path> copies = new ArrayList<>();

        void add(Choice choice) {
            choices.add(choice);
        }

        @Override
        public Choice askToRecover(RecoveryOffer offer) {
            asked.add(offer);
            if (choices.isEmpty()) {
                throw new AssertionError("not expected to be asked: " + offer);
            }
            return choices.poll();
        }

        @Override
        public void showRecoveredCopy(RecoveryOffer offer, Path copy) {
            copies.add(copy);
        }

        @Override
        public void showError(String title, String message) {
            throw new AssertionError(title + ": " + message);
        }
    }

    /** The window's other questions: none expected. */
    private static final class NoDialogs implements Dialogs {
        @Override
        public SaveChoice askToSaveChanges(String fileName) {
            return SaveChoice.DISCARD;
        }

        @Override
        public void showError(String title, String message) {
            throw new AssertionError(title + ": " + message);
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
        }
    }
}
