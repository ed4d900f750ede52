package org.siglum.ui.api.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.siglum.core.EditionChangeListener;
import org.siglum.core.EditionDocument;
import org.siglum.ui.api.CommandHandler;
import org.siglum.ui.api.CommandSpec;
import org.siglum.ui.api.EditorSelection;
import org.siglum.ui.api.ViewContribution;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.api.WorkbenchListener;

/**
 * A small, real host for testing a view or a handler outside the window: a shell on the test's display, the edition
 * given to it, a selection, and the messages and errors the contribution showed. Document changes are passed on to the
 * listeners at once (the window coalesces them; a view must cope with both). Not a stand-in for SWT: the widgets are
 * real and the test drives them.
 */
public final class TestWorkbench implements Workbench, AutoCloseable {

    private final Display display;
    private final Shell shell;
    private final List<WorkbenchListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, CommandHandler> handlers = new LinkedHashMap<>();
    private final List<String> messages = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final EditionChangeListener changes = change -> fireDocumentChanged();
    private EditionDocument edition;
    private EditorSelection selection = new EditorSelection(0, 0);

    public TestWorkbench() {
        Display current = Display.getCurrent();
        this.display = current != null ? current : new Display();
        this.shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setLayout(new FillLayout());
        shell.setSize(900, 600);
    }

    /** Makes the view's part in the shell, opens the shell and returns the part. */
    public ViewPart show(ViewContribution view) {
        Composite parent = new Composite(shell, SWT.NONE);
        parent.setLayout(new FillLayout());
        ViewPart part = view.createPart(parent, this);
        shell.layout(true, true);
        shell.open();
        flush();
        return part;
    }

    /** Opens an edition: the listeners hear {@code editionChanged}. {@code null} closes the edition. */
    public void open(EditionDocument next) {
        if (edition != null) {
            edition.removeChangeListener(changes);
        }
        edition = next;
        selection = new EditorSelection(0, 0);
        if (edition != null) {
            edition.addChangeListener(changes);
        }
        for (WorkbenchListener listener : listeners) {
            listener.editionChanged(Optional.ofNullable(edition));
        }
        flush();
    }

    /** Registers a handler for a command id, as the window does for a {@link CommandHandler} service. */
    public void handle(String commandId, CommandHandler handler) {
        handlers.put(commandId, handler);
    }

    /** Registers a declared command's handler, as {@link org.siglum.ui.api.Commands} does in the framework. */
    public void handle(CommandSpec command) {
        handle(command.id(), command.handler());
    }

    /** Runs the pending events of the display (layouts, async runnables). */
    public void flush() {
        Ui.flush(display);
    }

    public List<String> messages() {
        return messages;
    }

    public List<String> errors() {
        return errors;
    }

    public Display display() {
        return display;
    }

    private void fireDocumentChanged() {
        for (WorkbenchListener listener : listeners) {
            listener.documentChanged(edition);
        }
    }

    @Override
    public Shell shell() {
        return shell;
    }

    @Override
    public Optional<EditionDocument> edition() {
        return Optional.ofNullable(edition);
    }

    @Override
    public EditorSelection selection() {
        return selection;
    }

    @Override
    public void select(int offset, int length) {
        selection = new EditorSelection(offset, length);
        for (WorkbenchListener listener : listeners) {
            listener.selectionChanged(selection);
        }
    }

    @Override
    public void showMessage(String message) {
        messages.add(message);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean execute(String commandId) {
        CommandHandler handler = handlers.get(commandId);
        if (handler == null || !handler.isEnabled(this)) {
            return false;
        }
        try {
            handler.execute(this);
        } catch (Exception e) {
            errors.add(commandId + ": " + e.getMessage());
        }
        return true;
    }

    @Override
    public boolean isEnabled(String commandId) {
        CommandHandler handler = handlers.get(commandId);
        return handler != null && handler.isEnabled(this);
    }

    @Override
    public void addListener(WorkbenchListener listener) {
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    @Override
    public void removeListener(WorkbenchListener listener) {
        listeners.remove(listener);
    }

    /** Closes the shell; the display stays for the next test (SWT allows one per thread). */
    @Override
    public void close() {
        if (edition != null) {
            edition.removeChangeListener(changes);
        }
        if (!shell.isDisposed()) {
            shell.dispose();
        }
        flush();
    }
}
