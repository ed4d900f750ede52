package org.siglum.ui.notes.internal;

import org.osgi.service.component.annotations.Component;
import org.siglum.ui.api.CommandContribution;

/** The command {@link NoteCommands#RENUMBER_NOTES}. */
@Component(service = CommandContribution.class)
public final class RenumberNotesCommand extends CommandService {

    public RenumberNotesCommand() {
        super(NoteCommands.RENUMBER_NOTES);
    }
}
