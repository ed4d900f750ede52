package org.siglum.ui.workbench.internal.host;

import java.util.Optional;

import org.siglum.ui.api.CommandContribution;

/** A command described by its values: the workbench's own commands, and tests' commands. */
public record Command(String id, String label, String menuName, int order, String keySequence, boolean onToolbar)
        implements CommandContribution {

    public static Command of(String id, String label, String menu, int order, String keys) {
        return new Command(id, label, menu, order, keys, false);
    }

    @Override
    public Optional<String> menu() {
        return Optional.ofNullable(menuName);
    }

    @Override
    public Optional<String> keys() {
        return Optional.ofNullable(keySequence);
    }

    @Override
    public boolean toolbar() {
        return onToolbar;
    }

    public Command withToolbar() {
        return new Command(id, label, menuName, order, keySequence, true);
    }
}
