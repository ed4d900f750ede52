package org.siglum.ui.notes.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.siglum.citations.BibEntry;
import org.siglum.citations.BibliographyException;
import org.siglum.citations.BibliographyService;
import org.siglum.citations.ImportReport;
import org.siglum.citations.NoteService;
import org.siglum.core.EditionDocument;
import org.siglum.ui.api.Workbench;

/** What the Sources commands do. Each change is one undoable edit made by the services; nothing is saved here. */
final class SourceActions {

    private final BibliographyService bibliography;
    private final NoteService notes;
    private final NotesDialogs dialogs;
    private final SelectedSource selected;

    SourceActions(BibliographyService bibliography, NoteService notes, NotesDialogs dialogs, SelectedSource selected) {
        this.bibliography = bibliography;
        this.notes = notes;
        this.dialogs = dialogs;
        this.selected = selected;
    }

    /** Asks for a BibTeX or CSL-JSON file and imports its works; a file that cannot be read changes nothing. */
    void importFile(Workbench workbench) {
        EditionDocument d = workbench.edition().orElseThrow();
        Path file = dialogs.chooseBibliographyFile(workbench.shell());
        if (file == null) {
            return;
        }
        List<BibEntry> records;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            records = isCslJson(file, text) ? bibliography.parseCslJson(text, file.toString())
                    : bibliography.parseBibTeX(text, file.toString());
        } catch (BibliographyException e) {
            workbench.showError("Import failed", e.getMessage() + " Nothing was imported.");
            return;
        } catch (IOException e) {
            workbench.showError("Import failed", file + ": cannot be read (" + e.getMessage()
                    + "). Nothing was imported.");
            return;
        }
        ImportReport report = bibliography.importEntries(d, records);
        dialogs.showReport(workbench.shell(), "Import " + file.getFileName(), report(file, records.size(), report));
        workbench.showMessage("Imported " + report.added().size() + " of " + records.size() + " works from "
                + file.getFileName());
    }

    /** CSL-JSON by its extension, or by its first character when the extension says nothing. */
    static boolean isCslJson(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".bib") || name.endsWith(".bibtex")) {
            return false;
        }
        String t = text.stripLeading();
        return t.startsWith("[") || t.startsWith("{");
    }

    /** What an import did, as the person reads it. */
    static String report(Path file, int works, ImportReport report) {
        StringBuilder out = new StringBuilder();
        out.append(file.getFileName()).append(": ").append(works).append(works == 1 ? " work, " : " works, ")
                .append(report.added().size()).append(" added, ").append(report.merged().size())
                .append(" merged with entries already there.\n");
        for (BibEntry e : report.added()) {
            out.append("\nadded ").append(e.id()).append(": ").append(SourceRows.title(e));
        }
        for (ImportReport.Merge m : report.merged()) {
            out.append("\nmerged ").append(m.incomingKey()).append(" into ").append(m.entryId()).append(" (")
                    .append(m.reason()).append(')');
        }
        return out.toString().strip();
    }

    void editEntry(Workbench workbench) {
        EditionDocument d = workbench.edition().orElseThrow();
        BibEntry entry = requireEntry(workbench, d, "Edit entry");
        if (entry == null) {
            return;
        }
        BibEntry edited = dialogs.editEntry(workbench.shell(), entry);
        if (edited == null || edited.equals(entry)) {
            return;
        }
        try {
            bibliography.update(d, edited);
            workbench.showMessage("Saved entry " + entry.id());
        } catch (IllegalArgumentException e) {
            workbench.showError("Edit entry", e.getMessage());
        }
    }

    /** Cites the selected entry in the note whose text (or anchor) holds the caret, with the pages asked for. */
    void cite(Workbench workbench) {
        EditionDocument d = workbench.edition().orElseThrow();
        BibEntry entry = requireEntry(workbench, d, "Cite in note");
        if (entry == null) {
            return;
        }
        NoteRow row = new NoteActions(notes, dialogs).requireNote(workbench, d, "Cite in note");
        if (row == null) {
            return;
        }
        String pages = dialogs.askText(workbench.shell(), "Cite in note " + NoteActions.number(row),
                "Pages of " + entry.id() + " cited (empty for none):", "");
        if (pages == null) {
            return;
        }
        String range = pages.isBlank() ? null : pages.strip();
        try {
            notes.cite(d, row.note().id(), entry.id(), range == null ? null : "page", range);
            workbench.showMessage("Cited " + entry.id() + " in note " + NoteActions.number(row));
        } catch (IllegalArgumentException e) {
            workbench.showError("Cite in note", e.getMessage());
        }
    }

    private BibEntry requireEntry(Workbench workbench, EditionDocument d, String action) {
        String id = selected.entryId();
        if (id != null) {
            for (BibEntry e : bibliography.entries(d)) {
                if (id.equals(e.id())) {
                    return e;
                }
            }
        }
        workbench.showError(action, "No bibliography entry is selected: select one in the Sources view and try"
                + " again.");
        return null;
    }
}
