package org.siglum.ui.notes.internal;

import org.osgi.service.component.annotations.Component;
import org.siglum.ui.api.CommandContribution;

/** The command {@link NoteCommands#EDIT_NOTE}. */
@Component(service = CommandContribution.class)
public final class EditNoteCommand extends CommandService {

    public EditNoteCommand() {
        super(NoteCommands.EDIT_NOTE);
    }
}
