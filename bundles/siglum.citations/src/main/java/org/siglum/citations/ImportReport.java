package org.siglum.citations;

import java.util.List;

/**
 * What an import did.
 *
 * @param added the entries added to the edition, with their ids
 * @param merged each incoming record that was the same work as another, and why
 */
public record ImportReport(List<BibEntry> added, List<Merge> merged) {

    public ImportReport {
        added = List.copyOf(added);
        merged = List.copyOf(merged);
    }

    /**
     * An incoming record taken as the same work as an entry already there (or earlier in the same import).
     *
     * @param incomingKey the record's key in the imported file
     * @param entryId the id of the entry it was merged into
     * @param reason "same DOI" or "same title, first author and year"
     */
    public record Merge(String incomingKey, String entryId, String reason) {
    }
}
