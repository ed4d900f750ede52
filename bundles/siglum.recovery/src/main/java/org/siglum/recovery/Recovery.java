package org.siglum.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.osgi.annotation.versioning.ProviderType;
import org.siglum.core.EditionDocument;

/** The unsaved edits an earlier run left in a journal for one edition file. */
@ProviderType
public interface Recovery {

    /** The edition file the edits were made to. */
    Path edition();

    /** When the last edit kept in the journal was made. */
    Instant lastEdit();

    /** How many edits the journal holds (since the edition was last opened or saved). */
    int edits();

    /** The journal's last record was cut (by a crash while it was written) and was dropped. */
    boolean tornRecordDropped();

    /**
     * True if the file is byte for byte the one the edits were made to, so that they can be applied to it; false if it
     * changed (or went) since.
     */
    boolean fileUnchanged();

    /** The text as it was in memory, all kept edits applied. */
    String text();

    /**
     * Applies the edits to the edition opened from the unchanged file, as one undoable change; the edition is then
     * dirty (unsaved), as it was before the crash.
     *
     * @throws IllegalStateException if the file changed since ({@link #fileUnchanged()} is false) or the edition's
     *         text is not the file's
     */
    void applyTo(EditionDocument edition);

    /**
     * Writes the recovered text as a new file beside the edition ({@code NAME.recovered-DATE.xml}), never over an
     * existing file, in the edition's encoding where it can hold the text (else UTF-8).
     *
     * @return the file written
     */
    Path writeCopy() throws IOException;

    /** Deletes the journal: the edits are no longer offered. */
    void discard() throws IOException;
}
