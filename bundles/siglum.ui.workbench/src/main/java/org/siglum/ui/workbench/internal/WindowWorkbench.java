package org.siglum.ui.workbench.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.siglum.core.EditionDocument;
import org.siglum.ui.api.CommandHandler;
import org.siglum.ui.api.EditorSelection;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.api.WorkbenchListener;

/** The window as its contributions see it (the window keeps its own methods for the application and the tests). */
final class WindowWorkbench implements Workbench {

    private final WorkbenchWindow window;

    WindowWorkbench(WorkbenchWindow window) {
        this.window = window;
    }

    WorkbenchWindow window() {
        return window;
    }

    @Override
    public Shell shell() {
        return window.shell();
    }

    @Override
    public Optional<EditionDocument> edition() {
        return window.edition() == null ? Optional.empty() : Optional.of(window.edition().model());
    }

    @Override
    public EditorSelection selection() {
        return window.selection();
    }

    @Override
    public void select(int offset, int length) {
        window.select(offset, length);
    }

    @Override
    public void showMessage(String message) {
        window.showMessage(message);
    }

    @Override
    public void showError(String title, String message) {
        window.dialogs().showError(title, message);
    }

    @Override
    public boolean execute(String commandId) {
        return window.execute(commandId);
    }

    /**
     * Asks the handler the window would run: the {@link CommandHandler} service for the command with the highest
     * ranking (then the first registered), the order the window's registry keeps. Read from the service registry
     * because the window's own registry is private to it; outside a framework (unit tests of the window, the
     * benchmarks) there is no registry to ask and no command counts as enabled.
     */
    @Override
    public boolean isEnabled(String commandId) {
        Bundle bundle = FrameworkUtil.getBundle(WindowWorkbench.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return false;
        }
        Collection<ServiceReference<CommandHandler>> references;
        try {
            references = context.getServiceReferences(CommandHandler.class,
                    "(" + CommandHandler.COMMAND_PROPERTY + "=" + escape(commandId) + ")");
        } catch (InvalidSyntaxException | IllegalStateException e) {
            return false;
        }
        // ServiceReference's order: higher ranking, then lower service id (registered first), as the registry's
        Optional<ServiceReference<CommandHandler>> best = references.stream().max(Comparator.naturalOrder());
        if (best.isEmpty()) {
            return false;
        }
        CommandHandler handler = context.getService(best.get());
        try {
            return handler != null && handler.isEnabled(this);
        } catch (RuntimeException | LinkageError e) {
            return false;
        } finally {
            context.ungetService(best.get());
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("*", "\\*").replace("(", "\\(").replace(")", "\\)");
    }

    @Override
    public void addListener(WorkbenchListener listener) {
        window.addListener(listener);
    }

    @Override
    public void removeListener(WorkbenchListener listener) {
        window.removeListener(listener);
    }
}
