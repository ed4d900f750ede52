package org.siglum.ui.notes.internal;

import org.osgi.service.component.annotations.Component;

/**
 * The bibliography entry selected in the Sources view, which the Edit entry and Cite commands act on. A component of
 * its own so the view and the handlers (separate services) share it.
 */
@Component(service = SelectedSource.class)
public final class SelectedSource {

    private volatile String entryId;

    /** The selected entry's id, or null. */
    public String entryId() {
        return entryId;
    }

    void set(String id) {
        entryId = id;
    }
}
