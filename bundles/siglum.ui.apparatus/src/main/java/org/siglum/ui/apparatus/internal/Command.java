package org.siglum.ui.apparatus.internal;

import java.util.Optional;

import org.siglum.ui.api.CommandContribution;

/** A command of the Apparatus menu, described by its values. */
record Command(String id, String label, String description, int order, String keySequence, boolean toolbar)
        implements CommandContribution {

    @Override
    public Optional<String> menu() {
        return Optional.of(MENU_APPARATUS);
    }

    @Override
    public Optional<String> keys() {
        return Optional.ofNullable(keySequence);
    }
}
