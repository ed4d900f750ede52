package org.siglum.ui.notes.internal;

import org.osgi.service.component.annotations.Component;
import org.siglum.ui.api.CommandContribution;

/** The command {@link NoteCommands#CHECK_NOTES}. */
@Component(service = CommandContribution.class)
public final class CheckNotesCommand extends CommandService {

    public CheckNotesCommand() {
        super(NoteCommands.CHECK_NOTES);
    }
}
