package org.siglum.ui.notes.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.siglum.citations.BibliographyService;
import org.siglum.citations.NoteService;
import org.siglum.ui.api.CommandSpec;
import org.siglum.ui.api.Commands;

/**
 * The Sources menu, declared as data (decision 0037) and carried out by {@link SourceActions} on the entry selected in
 * the Sources view; registered while the citations services and the dialogs are there.
 */
@Component(immediate = true)
public final class SourceCommands {

    static final String IMPORT = "siglum.sources.import";
    static final String EDIT_ENTRY = "siglum.sources.edit";
    static final String CITE = "siglum.sources.cite";

    /** The menu of the Sources commands. */
    static final String MENU = "Sources";

    /** The commands as the view's bar and the menu show them; {@link #carriedOutBy} gives them their actions. */
    static final List<CommandSpec> SOURCES = List.of(
            CommandSpec.of(IMPORT, "&Import BibTeX or CSL-JSON\u2026").inMenu(MENU, 100).withDescription(
                    "Adds the works of a BibTeX or CSL-JSON file to the bibliography, merging those already there"),
            CommandSpec.of(EDIT_ENTRY, "&Edit entry\u2026").inMenu(MENU, 200)
                    .withDescription("Edits the main fields of the entry selected in the Sources view"),
            CommandSpec.of(CITE, "&Cite in note at cursor\u2026").inMenu(MENU, 210).withDescription(
                    "Cites the entry selected in the Sources view in the note at the caret, with the pages"));

    @Reference
    BibliographyService bibliography;

    @Reference
    NoteService notes;

    @Reference
    NotesDialogs dialogs;

    @Reference
    SelectedSource selected;

    private Commands registered;

    /** The commands, each enabled while an edition is open and carried out by the action of the same name. */
    static List<CommandSpec> carriedOutBy(SourceActions actions) {
        return SOURCES.stream().map(c -> c.enabledWhen(NoteActions::hasEdition).does(switch (c.id()) {
            case IMPORT -> actions::importFile;
            case EDIT_ENTRY -> actions::editEntry;
            case CITE -> actions::cite;
            default -> throw new IllegalStateException("no action for " + c.id());
        })).toList();
    }

    @Activate
    void activate(BundleContext context) {
        registered = Commands.register(context,
                carriedOutBy(new SourceActions(bibliography, notes, dialogs, selected)));
    }

    @Deactivate
    void deactivate() {
        registered.unregister();
    }
}
