package org.siglum.recovery;

import java.io.IOException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The journal of one open edition. Call its methods on the thread that edits the edition (the UI thread); the
 * writing happens on a thread of its own.
 */
@ProviderType
public interface Journal extends AutoCloseable {

    /** The edition was saved (or saved under another name): the edits so far are safe and the journal is cleared. */
    void saved();

    /** Writes the edits not yet written and forces them to disk; returns when they are there. */
    void flush() throws IOException;

    /** A clean close: stops journaling and deletes the journal, whether or not the edits were saved. */
    @Override
    void close();
}
