package org.siglum.ui.notes.internal;

import org.osgi.service.component.annotations.Component;
import org.siglum.ui.api.CommandContribution;

/** The command {@link NoteCommands#IMPORT_SOURCES}. */
@Component(service = CommandContribution.class)
public final class ImportSourcesCommand extends CommandService {

    public ImportSourcesCommand() {
        super(NoteCommands.IMPORT_SOURCES);
    }
}
