package org.siglum.ui.workbench.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Constants;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandHandler;
import org.siglum.ui.api.ViewContribution;

/**
 * The contributions the application holds (bound on any thread by SCR) and the window they go to. Whatever is bound
 * before the window exists is given to it when it opens; afterwards each change is posted to the user-interface
 * thread in the order it came.
 */
final class Contributions {

    private record Handler(CommandHandler handler, String commandId, int ranking) {
    }

    private final List<ViewContribution> views = new ArrayList<>();
    private final List<CommandContribution> commands = new ArrayList<>();
    private final Map<CommandHandler, Handler> handlers = new LinkedHashMap<>();
    private WorkbenchWindow window;

    /** Gives the window everything bound so far; called on the user-interface thread. */
    void attach(WorkbenchWindow target) {
        List<ViewContribution> v;
        List<CommandContribution> c;
        List<Handler> h;
        synchronized (this) {
            window = target;
            v = List.copyOf(views);
            c = List.copyOf(commands);
            h = List.copyOf(handlers.values());
        }
        c.forEach(target::addCommand);
        h.forEach(x -> target.addHandler(x.commandId(), x.handler(), x.ranking()));
        v.forEach(target::addView);
    }

    synchronized void detach() {
        window = null;
    }

    void addView(ViewContribution view) {
        WorkbenchWindow w;
        synchronized (this) {
            views.add(view);
            w = window;
        }
        post(w, () -> w.addView(view));
    }

    void removeView(ViewContribution view) {
        WorkbenchWindow w;
        synchronized (this) {
            views.remove(view);
            w = window;
        }
        post(w, () -> w.removeView(view));
    }

    void addCommand(CommandContribution command) {
        WorkbenchWindow w;
        synchronized (this) {
            commands.add(command);
            w = window;
        }
        post(w, () -> w.addCommand(command));
    }

    void removeCommand(CommandContribution command) {
        WorkbenchWindow w;
        synchronized (this) {
            commands.remove(command);
            w = window;
        }
        post(w, () -> w.removeCommand(command));
    }

    void addHandler(CommandHandler handler, Map<String, Object> properties) {
        Object id = properties.get(CommandHandler.COMMAND_PROPERTY);
        if (!(id instanceof String commandId)) {
            return; // a handler that names no command cannot be reached
        }
        Object rank = properties.get(Constants.SERVICE_RANKING);
        Handler entry = new Handler(handler, commandId, rank instanceof Integer r ? r : 0);
        WorkbenchWindow w;
        synchronized (this) {
            handlers.put(handler, entry);
            w = window;
        }
        post(w, () -> w.addHandler(entry.commandId(), handler, entry.ranking()));
    }

    void removeHandler(CommandHandler handler, Map<String, Object> properties) {
        Handler entry;
        WorkbenchWindow w;
        synchronized (this) {
            entry = handlers.remove(handler);
            w = window;
        }
        if (entry != null) {
            post(w, () -> w.removeHandler(entry.commandId(), handler));
        }
    }

    private static void post(WorkbenchWindow window, Runnable change) {
        if (window == null) {
            return;
        }
        Display display;
        try {
            display = window.shell().getDisplay();
        } catch (SWTException e) {
            return; // the window is gone
        }
        if (display.isDisposed()) {
            return;
        }
        try {
            display.asyncExec(() -> {
                if (!window.shell().isDisposed()) {
                    change.run();
                }
            });
        } catch (SWTException e) {
            // the display went away meanwhile: nothing to show the change in
        }
    }
}
