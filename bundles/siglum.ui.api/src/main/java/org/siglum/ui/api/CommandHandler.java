package org.siglum.ui.api;

/**
 * What a command does: a service with the property {@value #COMMAND_PROPERTY} naming the command's id. When several
 * handlers name one command, the one with the highest service ranking is used.
 */
public interface CommandHandler {

    /** The service property that names the command a handler is for. */
    String COMMAND_PROPERTY = "siglum.command";

    /**
     * Whether the command can run now (an edition is open, something is selected…); asked when a menu opens and after
     * edits and selection changes, so keep it cheap.
     */
    default boolean isEnabled(Workbench workbench) {
        return true;
    }

    /**
     * Runs the command on the user-interface thread. Long work belongs in a background thread. An exception is shown to
     * the person as an error naming the command; the window goes on.
     */
    void execute(Workbench workbench) throws Exception;
}
