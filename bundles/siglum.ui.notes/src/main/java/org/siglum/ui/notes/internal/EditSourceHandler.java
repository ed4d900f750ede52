package org.siglum.ui.notes.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.citations.BibliographyService;
import org.siglum.citations.NoteService;
import org.siglum.ui.api.CommandHandler;
import org.siglum.ui.api.Workbench;

/** Carries out {@link NoteCommands#EDIT_ENTRY} with the bibliography and note services. */
@Component(service = CommandHandler.class, property = CommandHandler.COMMAND_PROPERTY + "=" + NoteCommands.EDIT_ENTRY)
public final class EditSourceHandler implements CommandHandler {

    private final SourceActions actions;

    @Activate
    public EditSourceHandler(@Reference BibliographyService bibliography, @Reference NoteService notes,
            @Reference NotesDialogs dialogs, @Reference SelectedSource selected) {
        this.actions = new SourceActions(bibliography, notes, dialogs, selected);
    }

    @Override
    public boolean isEnabled(Workbench workbench) {
        return NoteActions.hasEdition(workbench);
    }

    @Override
    public void execute(Workbench workbench) {
        actions.editEntry(workbench);
    }
}
