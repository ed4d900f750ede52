package org.siglum.ui.notes.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.citations.NoteService;
import org.siglum.ui.api.CommandHandler;
import org.siglum.ui.api.Workbench;

/** Carries out {@link NoteCommands#CHECK} with the note service. */
@Component(service = CommandHandler.class, property = CommandHandler.COMMAND_PROPERTY + "=" + NoteCommands.CHECK)
public final class CheckNotesHandler implements CommandHandler {

    private final NoteActions actions;

    @Activate
    public CheckNotesHandler(@Reference NoteService notes, @Reference NotesDialogs dialogs) {
        this.actions = new NoteActions(notes, dialogs);
    }

    @Override
    public boolean isEnabled(Workbench workbench) {
        return NoteActions.hasEdition(workbench);
    }

    @Override
    public void execute(Workbench workbench) {
        actions.check(workbench);
    }
}
