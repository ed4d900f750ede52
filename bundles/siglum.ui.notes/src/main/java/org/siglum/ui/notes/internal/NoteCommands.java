package org.siglum.ui.notes.internal;

import java.util.List;
import java.util.Optional;

import org.siglum.ui.api.CommandContribution;

/** The ids and the names of the Notes and Sources commands. */
final class NoteCommands {

    static final String ADD = "siglum.notes.add";
    static final String EDIT = "siglum.notes.edit";
    static final String DELETE = "siglum.notes.delete";
    static final String RENUMBER = "siglum.notes.renumber";
    static final String CHECK = "siglum.notes.check";
    static final String IMPORT = "siglum.sources.import";
    static final String EDIT_ENTRY = "siglum.sources.edit";
    static final String CITE = "siglum.sources.cite";

    /** The menu of the Sources commands. */
    static final String MENU_SOURCES = "Sources";

    /** A command's name and place; the services below each register one. */
    record Command(String id, String label, String menuName, int order, String description)
            implements CommandContribution {

        @Override
        public Optional<String> menu() {
            return Optional.of(menuName);
        }
    }

    static final Command ADD_NOTE = new Command(ADD, "&Add note at cursor\u2026", CommandContribution.MENU_NOTES, 100,
            "Adds a footnote whose anchor is at the caret; asks for its text");
    static final Command EDIT_NOTE = new Command(EDIT, "&Edit note\u2026", CommandContribution.MENU_NOTES, 110,
            "Edits the content of the note at the caret (or selected in the Notes view)");
    static final Command DELETE_NOTE = new Command(DELETE, "&Delete note", CommandContribution.MENU_NOTES, 120,
            "Deletes the note at the caret and its anchor, and renumbers the notes after it");
    static final Command RENUMBER_NOTES = new Command(RENUMBER, "&Renumber notes", CommandContribution.MENU_NOTES,
            300, "Numbers the notes in document order, changing only the numbers that differ");
    static final Command CHECK_NOTES = new Command(CHECK, "&Check notes", CommandContribution.MENU_NOTES, 310,
            "Lists duplicate, missing and out-of-order numbers and broken anchors");
    static final Command IMPORT_SOURCES = new Command(IMPORT, "&Import BibTeX or CSL-JSON\u2026", MENU_SOURCES, 100,
            "Adds the works of a BibTeX or CSL-JSON file to the bibliography, merging those already there");
    static final Command EDIT_SOURCE = new Command(EDIT_ENTRY, "&Edit entry\u2026", MENU_SOURCES, 200,
            "Edits the main fields of the entry selected in the Sources view");
    static final Command CITE_SOURCE = new Command(CITE, "&Cite in note at cursor\u2026", MENU_SOURCES, 210,
            "Cites the entry selected in the Sources view in the note at the caret, with the pages");

    static final List<Command> NOTES = List.of(ADD_NOTE, EDIT_NOTE, DELETE_NOTE, RENUMBER_NOTES, CHECK_NOTES);
    static final List<Command> SOURCES = List.of(IMPORT_SOURCES, EDIT_SOURCE, CITE_SOURCE);

    private NoteCommands() {
    }
}
