package org.siglum.ui.notes.internal;

import org.osgi.service.component.annotations.Component;
import org.siglum.ui.api.CommandContribution;

/** The command {@link NoteCommands#DELETE_NOTE}. */
@Component(service = CommandContribution.class)
public final class DeleteNoteCommand extends CommandService {

    public DeleteNoteCommand() {
        super(NoteCommands.DELETE_NOTE);
    }
}
