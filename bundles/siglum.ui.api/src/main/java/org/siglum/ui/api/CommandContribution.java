package org.siglum.ui.api;

import java.util.Optional;

/**
 * A command: something the person can do, with its name and where it shows (a menu, a key, a toolbar button). What it
 * does is a separate {@link CommandHandler} service; the window shows the command disabled while no handler for it is
 * registered or the handler says it is not enabled. Registered as a service; its menu item, key and button go when the
 * service goes.
 */
public interface CommandContribution {

    /** Menus the window has; a command may name another, which is then added before Help. */
    String MENU_FILE = "File";
    String MENU_EDIT = "Edit";
    String MENU_VIEW = "View";
    String MENU_APPARATUS = "Apparatus";
    String MENU_NOTES = "Notes";
    String MENU_HELP = "Help";

    /** A stable id, unique among commands, e.g. {@code siglum.export.dialog}; handlers name it. */
    String id();

    /** The menu item's text, with an ellipsis when it asks something before acting: {@code Export…}. */
    String label();

    /** A sentence for the toolbar button's tooltip and the status line. */
    default String description() {
        return label();
    }

    /** The menu that shows the command, e.g. {@link #MENU_FILE}; empty for a command without a menu item. */
    default Optional<String> menu() {
        return Optional.empty();
    }

    /** Position in its menu: lower first; a difference of 100 or more between neighbours puts a separator between. */
    default int order() {
        return 500;
    }

    /**
     * The key binding in JFace's {@code KeySequence} format ({@code M1+E}: Ctrl+E on Linux and Windows, Command+E on
     * macOS), if any. A key bound twice goes to the command registered first; the window reports the clash.
     */
    default Optional<String> keys() {
        return Optional.empty();
    }

    /** Whether a toolbar button shows the command (with {@link #toolbarText()} as its text). */
    default boolean toolbar() {
        return false;
    }

    /**
     * The icon of the command's buttons, by the freedesktop icon naming specification ({@code document-save},
     * {@code edit-undo}); empty for a text button. The window takes it from the desktop's icon theme and keeps the
     * short text as the button's tooltip.
     */
    default Optional<String> icon() {
        return Optional.empty();
    }

    /** The toolbar button's short text. */
    default String toolbarText() {
        return label().replace("\u2026", "").replace("&", "");
    }
}
