package org.siglum.ui.notes.internal;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.swt.widgets.Shell;
import org.siglum.citations.BibEntry;
import org.siglum.citations.BibliographyService;
import org.siglum.citations.CitationFormatter;
import org.siglum.citations.NoteService;
import org.siglum.citations.internal.TeiBibliographyService;
import org.siglum.citations.internal.CiteprocCitationFormatter;
import org.siglum.citations.internal.TeiNoteService;
import org.siglum.core.EditionDocument;
import org.siglum.ui.api.testing.TestWorkbench;

/**
 * The real citations components wired by hand as SCR wires them, the sample edition copied to a temporary folder, a
 * TestWorkbench with every Notes and Sources handler registered, and dialogs that answer from a script.
 */
final class Fixture implements AutoCloseable {

    static final NoteService NOTES = new TeiNoteService();
    static final BibliographyService BIB = new TeiBibliographyService();
    static final CitationFormatter FORMATTER = new CiteprocCitationFormatter(NOTES, BIB);

    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final SelectedSource selected = new SelectedSource();
    final TestWorkbench workbench;
    final Path file;
    final EditionDocument edition;
    final String sample;

    Fixture(Path dir) throws Exception {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isEmpty()) {
            fail("These tests drive real widgets and need an X display: run them as `xvfb-run -a mvn verify`.");
        }
        System.setProperty("org.eclipse.swt.internal.SessionManagerDBus.disable", "true");
        String root = System.getProperty("siglum.root");
        assertTrue(root != null, "siglum.root is not set (run through Maven)");
        Path source = Path.of(root, "samples", "chapter-3.xml");
        assertTrue(Files.isRegularFile(source), "no samples/chapter-3.xml under " + root);
        sample = Files.readString(source);
        file = Files.writeString(dir.resolve("chapter-3.xml"), sample);
        edition = EditionDocument.read(file);
        workbench = new TestWorkbench();
        NoteCommands.carriedOutBy(new NoteActions(NOTES, dialogs)).forEach(workbench::handle);
        SourceCommands.carriedOutBy(new SourceActions(BIB, NOTES, dialogs, selected)).forEach(workbench::handle);
    }

    NotesPart showNotes() {
        NotesPart part = (NotesPart) workbench.show(new NotesView(NOTES));
        workbench.open(edition);
        return part;
    }

    SourcesPart showSources() {
        SourcesPart part = (SourcesPart) workbench.show(new SourcesView(BIB, FORMATTER, selected));
        workbench.open(edition);
        return part;
    }

    /** Where a string first occurs in the edition's text (fails when it does not). */
    int offsetOf(String s) {
        int at = edition.text().indexOf(s);
        if (at < 0) {
            fail("not in the edition: " + s);
        }
        return at;
    }

    @Override
    public void close() {
        workbench.close();
        edition.close();
    }

    /** Answers the questions in the order scripted, and keeps what it was shown. */
    static final class ScriptedDialogs implements NotesDialogs {
        final Deque<String> texts = new ArrayDeque<>();
        final List<String> prompts = new ArrayList<>();
        final List<String> reports = new ArrayList<>();
        Path file;
        UnaryOperator<BibEntry> entryEdit;

        @Override
        public String askText(Shell parent, String title, String prompt, String initial) {
            prompts.add(title + " | " + prompt + " | " + initial);
            return texts.poll();
        }

        @Override
        public void showReport(Shell parent, String title, String text) {
            reports.add(title + "\n" + text);
        }

        @Override
        public Path chooseBibliographyFile(Shell parent) {
            return file;
        }

        @Override
        public BibEntry editEntry(Shell parent, BibEntry entry) {
            return entryEdit == null ? null : entryEdit.apply(entry);
        }
    }
}
