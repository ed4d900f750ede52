package org.siglum.ui.notes.internal;

import java.util.Optional;

import org.siglum.ui.api.CommandContribution;

/** A command registered as a service: each subclass is one DS component naming one of {@link NoteCommands}. */
abstract class CommandService implements CommandContribution {

    private final CommandContribution command;

    CommandService(CommandContribution command) {
        this.command = command;
    }

    @Override
    public final String id() {
        return command.id();
    }

    @Override
    public final String label() {
        return command.label();
    }

    @Override
    public final String description() {
        return command.description();
    }

    @Override
    public final Optional<String> menu() {
        return command.menu();
    }

    @Override
    public final int order() {
        return command.order();
    }
}
