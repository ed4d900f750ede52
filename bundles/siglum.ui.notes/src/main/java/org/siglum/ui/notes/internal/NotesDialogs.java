package org.siglum.ui.notes.internal;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;
import org.siglum.citations.BibEntry;

/**
 * The questions the Notes and Sources commands ask a person. Behind an interface so the tests answer them without
 * modal dialogs; {@link SwtNotesDialogs} opens the real ones.
 */
public interface NotesDialogs {

    /** Asks for a text; {@code initial} is shown selected. Null if the person cancelled. */
    String askText(Shell parent, String title, String prompt, String initial);

    /** Shows a report (the findings of a check, what an import did) until the person closes it. */
    void showReport(Shell parent, String title, String text);

    /** A BibTeX or CSL-JSON file to import, or null if the person cancelled. */
    Path chooseBibliographyFile(Shell parent);

    /** Lets the person edit the main fields of an entry; the edited entry, or null if they cancelled. */
    BibEntry editEntry(Shell parent, BibEntry entry);
}
