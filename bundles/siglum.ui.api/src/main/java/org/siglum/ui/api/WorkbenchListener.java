package org.siglum.ui.api;

import java.util.Optional;

import org.siglum.core.EditionDocument;

/** Told of what happens in the window; all calls on the user-interface thread. Implement only what you need. */
public interface WorkbenchListener {

    /** Another edition was opened, or the edition was closed ({@code edition} empty), or saved under a new name. */
    default void editionChanged(Optional<EditionDocument> edition) {
    }

    /**
     * The edition's text changed (typing, undo, a service's edit). Calls are coalesced: after a burst of typing a view
     * hears once, shortly after the last keystroke, so it may re-read what it shows.
     */
    default void documentChanged(EditionDocument edition) {
    }

    /** The editor's selection or caret moved. */
    default void selectionChanged(EditorSelection selection) {
    }
}
