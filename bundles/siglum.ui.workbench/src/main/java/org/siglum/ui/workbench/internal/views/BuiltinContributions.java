package org.siglum.ui.workbench.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.siglum.ui.api.Commands;
import org.siglum.ui.api.ViewContribution;

/**
 * The workbench bundle's own contributions, registered as services like any other bundle's: the Outline and Problems
 * views and the File, Edit and Help commands with their handlers ({@link WindowCommands}, declared as data and
 * registered by {@link Commands}).
 */
@Component(immediate = true)
public final class BuiltinContributions {

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private Commands commands;

    /** The views the workbench bundle offers. */
    public static List<ViewContribution> views() {
        return List.of(new OutlineView(), new ProblemsView());
    }

    @Activate
    void activate(BundleContext context) {
        for (ViewContribution view : views()) {
            registrations.add(context.registerService(ViewContribution.class, view, null));
        }
        commands = Commands.register(context, WindowCommands.all());
    }

    @Deactivate
    void deactivate() {
        commands.unregister();
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
