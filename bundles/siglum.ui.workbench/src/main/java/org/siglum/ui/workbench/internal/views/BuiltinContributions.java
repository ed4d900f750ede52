package org.siglum.ui.workbench.internal.views;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandHandler;
import org.siglum.ui.api.ViewContribution;

/**
 * The workbench bundle's own contributions, registered as services like any other bundle's: the Outline and Problems
 * views and the File, Edit and Help commands with their handlers. One component registers them all (a command per
 * component would be eight classes that say the same).
 */
@Component(immediate = true)
public final class BuiltinContributions {

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    /** The views the workbench bundle offers. */
    public static List<ViewContribution> views() {
        return List.of(new OutlineView(), new ProblemsContribution());
    }

    @Activate
    void activate(BundleContext context) {
        for (ViewContribution view : views()) {
            registrations.add(context.registerService(ViewContribution.class, view, null));
        }
        for (WindowCommands.Builtin builtin : WindowCommands.all()) {
            registrations.add(context.registerService(CommandContribution.class, builtin.command(), null));
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(CommandHandler.COMMAND_PROPERTY, builtin.command().id());
            registrations.add(context.registerService(CommandHandler.class, builtin.handler(), properties));
        }
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<?> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
        registrations.clear();
    }
}
