/**
 * The recovery journal: the unsaved edits of an open edition, kept on disk as they are made so that a crash loses at
 * most the last second or two of typing, and offered back on the next start.
 *
 * <p>A front end {@linkplain RecoveryJournals#start starts} a {@link Journal} for each edition it opens, tells it when
 * the edition was {@linkplain Journal#saved() saved} and {@linkplain Journal#close() closes} it on a clean close (which
 * deletes it). Before that, it asks {@link RecoveryJournals#pending} whether an earlier run left a journal for the
 * file, and offers the {@link Recovery} to the person: applied as one undoable change when the file is unchanged since, else
 * written as a separate file beside it.
 */
@Export
@Version("1.0.0")
package org.siglum.recovery;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
