package org.siglum.ui.api;

import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.osgi.annotation.versioning.ProviderType;
import org.siglum.core.EditionDocument;

/**
 * What the window offers the views and handlers contributed to it. One per window; every method is called on the
 * user-interface thread. Implemented by the window (and the test host), not by contributions.
 */
@ProviderType
public interface Workbench {

    /** The main window's shell: the parent for dialogs. */
    Shell shell();

    /** The edition open in the editor, if any. Its document is the editor's document: a change to it shows at once. */
    Optional<EditionDocument> edition();

    /** The editor's selection (the caret when its length is 0); {@code (0, 0)} when no edition is open. */
    EditorSelection selection();

    /** Selects a range of the edition's text in the editor and scrolls it into view. */
    void select(int offset, int length);

    /** Shows a short message in the status line (replacing the previous one). */
    void showMessage(String message);

    /** Shows an error to the person in a dialog: a title and one or two sentences saying what went wrong and where. */
    void showError(String title, String message);

    /**
     * Runs a command by its id, as if chosen from the menu: nothing happens when no handler is registered for it or its
     * handler is not enabled. Returns whether a handler ran.
     */
    boolean execute(String commandId);

    /**
     * Whether a command can run now: its handler (the one {@link #execute} would run) is registered and says it is
     * enabled. What a view's {@link CommandBar} shows its buttons by.
     */
    boolean isEnabled(String commandId);

    /** Registers a listener; registering the same one twice has no effect. */
    void addListener(WorkbenchListener listener);

    void removeListener(WorkbenchListener listener);
}
