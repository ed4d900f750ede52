package org.siglum.ui.notes.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.siglum.citations.NoteService;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandSpec;
import org.siglum.ui.api.Commands;

/**
 * The Notes menu, declared as data (decision 0037): each command with its name, place and condition, carried out by
 * {@link NoteActions}. The component registers the commands and their handlers while the note service and the dialogs
 * are there; the Notes view shows the same declarations in its command bar.
 */
@Component(immediate = true)
public final class NoteCommands {

    static final String ADD = "siglum.notes.add";
    static final String EDIT = "siglum.notes.edit";
    static final String DELETE = "siglum.notes.delete";
    static final String RENUMBER = "siglum.notes.renumber";
    static final String CHECK = "siglum.notes.check";

    private static final String MENU = CommandContribution.MENU_NOTES;

    /** The commands as the view's bar and the menu show them; {@link #carriedOutBy} gives them their actions. */
    static final List<CommandSpec> NOTES = List.of(
            CommandSpec.of(ADD, "&Add note at cursor\u2026").inMenu(MENU, 100)
                    .withDescription("Adds a footnote whose anchor is at the caret; asks for its text"),
            CommandSpec.of(EDIT, "&Edit note\u2026").inMenu(MENU, 110)
                    .withDescription("Edits the content of the note at the caret (or selected in the Notes view)"),
            CommandSpec.of(DELETE, "&Delete note").inMenu(MENU, 120)
                    .withDescription("Deletes the note at the caret and its anchor, and renumbers the notes after it"),
            CommandSpec.of(RENUMBER, "&Renumber notes").inMenu(MENU, 300)
                    .withDescription("Numbers the notes in document order, changing only the numbers that differ"),
            CommandSpec.of(CHECK, "&Check notes").inMenu(MENU, 310)
                    .withDescription("Lists duplicate, missing and out-of-order numbers and broken anchors"));

    @Reference
    NoteService notes;

    @Reference
    NotesDialogs dialogs;

    private Commands registered;

    /** The commands, each enabled while an edition is open and carried out by the action of the same name. */
    static List<CommandSpec> carriedOutBy(NoteActions actions) {
        return NOTES.stream().map(c -> c.enabledWhen(NoteActions::hasEdition).does(switch (c.id()) {
            case ADD -> actions::add;
            case EDIT -> actions::edit;
            case DELETE -> actions::delete;
            case RENUMBER -> actions::renumber;
            case CHECK -> actions::check;
            default -> throw new IllegalStateException("no action for " + c.id());
        })).toList();
    }

    @Activate
    void activate(BundleContext context) {
        registered = Commands.register(context, carriedOutBy(new NoteActions(notes, dialogs)));
    }

    @Deactivate
    void deactivate() {
        registered.unregister();
    }
}
