package org.siglum.ui.notes.internal;

import org.osgi.service.component.annotations.Component;
import org.siglum.ui.api.CommandContribution;

/** The command {@link NoteCommands#EDIT_SOURCE}. */
@Component(service = CommandContribution.class)
public final class EditSourceCommand extends CommandService {

    public EditSourceCommand() {
        super(NoteCommands.EDIT_SOURCE);
    }
}
