package org.siglum.ui.notes.internal;

import org.osgi.service.component.annotations.Component;
import org.siglum.ui.api.CommandContribution;

/** The command {@link NoteCommands#ADD_NOTE}. */
@Component(service = CommandContribution.class)
public final class AddNoteCommand extends CommandService {

    public AddNoteCommand() {
        super(NoteCommands.ADD_NOTE);
    }
}
