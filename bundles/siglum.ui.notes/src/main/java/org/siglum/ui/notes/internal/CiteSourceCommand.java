package org.siglum.ui.notes.internal;

import org.osgi.service.component.annotations.Component;
import org.siglum.ui.api.CommandContribution;

/** The command {@link NoteCommands#CITE_SOURCE}. */
@Component(service = CommandContribution.class)
public final class CiteSourceCommand extends CommandService {

    public CiteSourceCommand() {
        super(NoteCommands.CITE_SOURCE);
    }
}
