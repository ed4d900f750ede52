package org.siglum.ui.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers declared commands as the services the window hosts: for each {@link CommandSpec} a
 * {@link CommandContribution} service and a {@link CommandHandler} service whose {@value CommandHandler#COMMAND_PROPERTY}
 * property names it (ranking 0, so a handler another bundle registers with a higher ranking replaces it). Typically
 * from a component's {@code @Activate} method, with {@link #unregister()} in its {@code @Deactivate}:
 *
 * <pre>{@code
 * @Activate void activate(BundleContext context) { commands = Commands.register(context, declared()); }
 * @Deactivate void deactivate() { commands.unregister(); }
 * }</pre>
 */
public final class Commands {

    private final List<ServiceRegistration<?>> registrations;

    private Commands(List<ServiceRegistration<?>> registrations) {
        this.registrations = registrations;
    }

    /**
     * Registers each command and its handler, in the order given.
     *
     * @throws IllegalArgumentException if a command is declared without an action (nothing is registered then)
     */
    public static Commands register(BundleContext context, Collection<CommandSpec> commands) {
        for (CommandSpec command : commands) {
            if (!command.hasHandler()) {
                throw new IllegalArgumentException("the command " + command.id() + " has no action to register");
            }
        }
        List<ServiceRegistration<?>> registered = new ArrayList<>();
        for (CommandSpec command : commands) {
            registered.add(context.registerService(CommandContribution.class, command, null));
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(CommandHandler.COMMAND_PROPERTY, command.id());
            registered.add(context.registerService(CommandHandler.class, command.handler(), properties));
        }
        return new Commands(registered);
    }

    /** How many services (commands and handlers) are registered now. */
    public int size() {
        return registrations.size();
    }

    /** Unregisters the commands and their handlers; those already gone with their bundle are passed over. */
    public void unregister() {
        for (ServiceRegistration<?> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // gone with the bundle already
            }
        }
        registrations.clear();
    }
}
