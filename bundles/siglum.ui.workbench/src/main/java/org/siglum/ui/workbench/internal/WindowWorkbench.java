package org.siglum.ui.workbench.internal;

import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.siglum.core.EditionDocument;
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

    /** Asks the handler the window would run for the command (the window's registry: highest ranking first). */
    @Override
    public boolean isEnabled(String commandId) {
        return window.isEnabled(commandId);
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
