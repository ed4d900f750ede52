package org.siglum.ui.plugins.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.siglum.plugins.PluginService;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandHandler;
import org.siglum.ui.api.CommandSpec;
import org.siglum.ui.api.Commands;
import org.siglum.ui.api.Workbench;

/**
 * Help › Plugins…: opens the plugins dialog over the {@link PluginService} of the run (the one {@code siglum plugins}
 * uses). While it is open, a bundle that starts, stops, comes or goes, and a service that comes or goes, show in it at
 * once, whoever made the change. The component registers the command it carries out ({@link #COMMAND}, decision 0037).
 */
@Component(immediate = true)
public final class PluginsHandler implements CommandHandler {

    static final String ID = "siglum.help.plugins";

    /** The command, declared as data; this handler carries it out. */
    static final CommandSpec COMMAND = CommandSpec.of(ID, "&Plugins\u2026")
            .withDescription("The bundles of this run and what each offers; install, remove, disable or enable plugins")
            .inMenu(CommandContribution.MENU_HELP, 80);

    @Reference
    PluginService plugins;

    PluginsDialog.JarChooser chooser = PluginsDialog.JarChooser.FILE_DIALOG;
    private volatile PluginsDialog dialog;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final BundleListener bundles = event -> changed();
    private final ServiceListener services = event -> changed();
    private BundleContext context;
    private Commands registered;

    @Activate
    void activate(BundleContext bundleContext) {
        context = bundleContext;
        context.addBundleListener(bundles);
        context.addServiceListener(services);
        registered = Commands.register(context, List.of(COMMAND.handledBy(this)));
    }

    @Deactivate
    void deactivate() {
        registered.unregister();
        context.removeServiceListener(services);
        context.removeBundleListener(bundles);
        PluginsDialog open = dialog;
        if (open != null && open.getShell() != null && !open.getShell().isDisposed()) {
            open.getShell().getDisplay().asyncExec(open::close);
        }
    }

    /** A change in the framework: the open dialog reads the bundles again, once for a burst of events. */
    void changed() {
        PluginsDialog open = dialog;
        if (open == null || open.getShell() == null || open.getShell().isDisposed()) {
            return;
        }
        if (refreshPending.compareAndSet(false, true)) {
            Display display = open.getShell().getDisplay();
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    refreshPending.set(false);
                    open.refresh();
                });
            }
        }
    }

    @Override
    public boolean isEnabled(Workbench workbench) {
        return true;
    }

    @Override
    public void execute(Workbench workbench) {
        PluginsDialog open = dialog();
        if (open != null) {
            open.refresh();
            Shell shell = open.getShell();
            shell.setActive();
            return;
        }
        PluginsDialog created = new PluginsDialog(workbench.shell(), new PluginsModel(plugins), chooser);
        dialog = created;
        created.open();
    }

    /** The dialog opened last, if it is still open. */
    PluginsDialog dialog() {
        PluginsDialog open = dialog;
        return open != null && open.getShell() != null && !open.getShell().isDisposed() ? open : null;
    }
}
