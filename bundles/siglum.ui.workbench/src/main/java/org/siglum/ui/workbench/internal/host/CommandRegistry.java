package org.siglum.ui.workbench.internal.host;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandHandler;

/**
 * The commands and their handlers, kept apart: a command without a handler is shown disabled, a handler without its
 * command waits for it. When one command id is registered twice the first stays (the second is reported by the
 * window); when several handlers name one command, the highest ranking wins, then the one registered first. No
 * widgets: the window builds its menus from {@link #commands()}.
 */
public final class CommandRegistry {

    private record Handler(CommandHandler handler, int ranking, long serial) {
    }

    private final Map<String, CommandContribution> commands = new LinkedHashMap<>();
    private final Map<String, List<Handler>> handlers = new LinkedHashMap<>();
    private long serial;

    /** Adds a command; false (and nothing changes) when a command with its id is already registered. */
    public boolean addCommand(CommandContribution command) {
        return commands.putIfAbsent(command.id(), command) == null;
    }

    /** Removes this very command object (not another with its id). */
    public boolean removeCommand(CommandContribution command) {
        return commands.remove(command.id(), command);
    }

    public void addHandler(String commandId, CommandHandler handler, int ranking) {
        handlers.computeIfAbsent(commandId, id -> new ArrayList<>()).add(new Handler(handler, ranking, serial++));
    }

    public void removeHandler(String commandId, CommandHandler handler) {
        List<Handler> list = handlers.get(commandId);
        if (list != null) {
            list.removeIf(h -> h.handler() == handler);
            if (list.isEmpty()) {
                handlers.remove(commandId);
            }
        }
    }

    /** The commands in the order they were registered. */
    public List<CommandContribution> commands() {
        return List.copyOf(commands.values());
    }

    public Optional<CommandContribution> command(String id) {
        return Optional.ofNullable(commands.get(id));
    }

    /** The handler that carries out the command now: highest ranking, then first registered. */
    public Optional<CommandHandler> handler(String commandId) {
        List<Handler> list = handlers.get(commandId);
        if (list == null) {
            return Optional.empty();
        }
        return list.stream()
                .min(Comparator.comparingInt((Handler h) -> -h.ranking()).thenComparingLong(Handler::serial))
                .map(Handler::handler);
    }
}
