package org.siglum.recovery;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.siglum.core.EditionDocument;

/**
 * The journals of unsaved edits, kept in the user's state folder ({@code $XDG_STATE_HOME/siglum/recovery}, else
 * {@code ~/.local/state/siglum/recovery}; the system property {@value #FOLDER_PROPERTY} redirects it).
 */
@ProviderType
public interface RecoveryJournals {

    /** The system property naming the folder the journals are kept in (for tests and unusual set-ups). */
    String FOLDER_PROPERTY = "siglum.recovery.dir";

    /** The folder the journals are kept in. */
    Path folder();

    /**
     * The journals an earlier run left for this file (none that a journal of this run is writing, nor one another
     * running Siglum holds), the newest first. A journal whose edits leave the text as it was is not offered.
     */
    List<Recovery> pending(Path edition);

    /**
     * Starts journaling the unsaved edits of an edition that has a file. Nothing is written until the first edit;
     * edits are written and forced to disk about a second after typing pauses, and at least every two seconds while it
     * goes on.
     *
     * @throws IllegalArgumentException if the edition has no file yet
     */
    Journal start(EditionDocument edition);
}
