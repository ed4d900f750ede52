package org.siglum.ui.notes.internal;

import java.util.List;
import java.util.Optional;

import org.siglum.citations.NoteFinding;
import org.siglum.citations.NoteService;
import org.siglum.core.EditionDocument;
import org.siglum.core.Xml;
import org.siglum.core.XmlElement;
import org.siglum.ui.api.Workbench;

/**
 * What the Notes commands do, on the note at the editor's caret (selecting a row in the Notes view puts the caret on
 * its anchor). Each change is one undoable edit made by the note service; a refusal is shown with its reason.
 */
final class NoteActions {

    private final NoteService notes;
    private final NotesDialogs dialogs;

    NoteActions(NoteService notes, NotesDialogs dialogs) {
        this.notes = notes;
        this.dialogs = dialogs;
    }

    static boolean hasEdition(Workbench workbench) {
        return workbench.edition().isPresent();
    }

    /** The note whose element or anchor holds the caret, if any. */
    Optional<NoteRow> noteAtCaret(Workbench workbench, EditionDocument document) {
        List<NoteRow> rows = NoteRow.of(document, notes.footnotes(document));
        return Optional.ofNullable(NoteRow.at(rows, workbench.selection().offset()));
    }

    void add(Workbench workbench) {
        EditionDocument d = workbench.edition().orElseThrow();
        int offset = workbench.selection().offset();
        String text = dialogs.askText(workbench.shell(), "Add note",
                "Text of the note at line " + d.locate(offset).line() + ":", "");
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            String id = notes.add(d, offset, escape(text.strip()));
            NoteRow row = NoteRow.of(d, notes.footnotes(d)).stream().filter(r -> id.equals(r.note().id()))
                    .findFirst().orElse(null);
            if (row != null) {
                workbench.select(row.anchorStart(), row.anchorEnd() - row.anchorStart());
                workbench.showMessage("Added note " + row.note().number() + " (" + id + ")");
            }
        } catch (IllegalArgumentException e) {
            workbench.showError("Add note", e.getMessage());
        }
    }

    void edit(Workbench workbench) {
        EditionDocument d = workbench.edition().orElseThrow();
        NoteRow row = requireNote(workbench, d, "Edit note");
        if (row == null) {
            return;
        }
        String content = innerSource(d, row);
        String edited = dialogs.askText(workbench.shell(), "Edit note " + number(row),
                "Content of note " + number(row) + " (XML: escape < and & as &lt; and &amp;):", content);
        if (edited == null || edited.equals(content)) {
            return;
        }
        try {
            notes.edit(d, row.note().id(), edited);
            workbench.showMessage("Edited note " + number(row));
        } catch (IllegalArgumentException e) {
            workbench.showError("Edit note", e.getMessage());
        }
    }

    void delete(Workbench workbench) {
        EditionDocument d = workbench.edition().orElseThrow();
        NoteRow row = requireNote(workbench, d, "Delete note");
        if (row == null) {
            return;
        }
        try {
            notes.delete(d, row.note().id());
            workbench.showMessage("Deleted note " + number(row) + " (Undo brings it back)");
        } catch (IllegalArgumentException e) {
            workbench.showError("Delete note", e.getMessage());
        }
    }

    void renumber(Workbench workbench) {
        EditionDocument d = workbench.edition().orElseThrow();
        int changed = notes.renumber(d);
        workbench.showMessage(changed == 0 ? "The notes are numbered in sequence: nothing changed"
                : "Renumbered the notes: " + changed + (changed == 1 ? " number" : " numbers") + " changed");
    }

    void check(Workbench workbench) {
        EditionDocument d = workbench.edition().orElseThrow();
        List<NoteFinding> findings = notes.check(d);
        dialogs.showReport(workbench.shell(), "Check notes", report(d.name(), findings));
        workbench.showMessage(findings.isEmpty() ? "Notes: no problems"
                : "Notes: " + findings.size() + (findings.size() == 1 ? " problem" : " problems"));
    }

    /** The findings, one a line: {@code FILE:LINE:COL: kind: message}, as the command line prints them. */
    static String report(String name, List<NoteFinding> findings) {
        if (findings.isEmpty()) {
            return "No problems with the notes of " + name + ".";
        }
        StringBuilder out = new StringBuilder();
        for (NoteFinding f : findings) {
            out.append(name).append(':').append(f.line()).append(':').append(f.column()).append(": ")
                    .append(f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).append(": ")
                    .append(f.message());
            if (!f.fix().isEmpty() && isNumbering(f.kind())) {
                out.append(" (Renumber notes fixes it)");
            }
            out.append('\n');
        }
        return out.toString().strip();
    }

    private static boolean isNumbering(NoteFinding.Kind kind) {
        return kind == NoteFinding.Kind.DUPLICATE_NUMBER || kind == NoteFinding.Kind.GAP
                || kind == NoteFinding.Kind.ORDER || kind == NoteFinding.Kind.NOT_A_NUMBER;
    }

    /** The note at the caret, or null after telling the person why there is none. */
    NoteRow requireNote(Workbench workbench, EditionDocument d, String action) {
        Optional<NoteRow> row = noteAtCaret(workbench, d);
        if (row.isEmpty()) {
            workbench.showError(action, "The caret is not in a note or on its anchor: put the caret in the note's"
                    + " text, or select the note in the Notes view, and try again.");
            return null;
        }
        if (row.get().note().id() == null) {
            workbench.showError(action, "Note " + number(row.get()) + " at line " + row.get().line()
                    + " has no xml:id, so it cannot be edited here: give it one in the editor.");
            return null;
        }
        return row.get();
    }

    /** The note's content as written in the source (between its tags). */
    static String innerSource(EditionDocument d, NoteRow row) {
        for (XmlElement e : d.tree().elementList()) {
            if (e.start() == row.noteStart()) {
                return e.selfClosing() ? "" : d.text().substring(e.startTagEnd(), e.endTagStart());
            }
        }
        return "";
    }

    static String number(NoteRow row) {
        return row.note().number() == null ? "(unnumbered)" : row.note().number();
    }

    /** Plain text as an XML fragment. */
    static String escape(String text) {
        return Xml.escapeText(text);
    }
}
