package org.siglum.citations;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.siglum.core.EditionDocument;

/**
 * The edition's bibliography: the {@code biblStruct}s of the {@code listBibl} in the back matter, each a work with a
 * stable {@code xml:id} (decision 0013). Imports merge duplicates and add entries as one edit; the document is left
 * untouched when the input cannot be read.
 */
@ProviderType
public interface BibliographyService {

    /** The entries, in document order. */
    List<BibEntry> entries(EditionDocument document);

    /** Reads BibTeX. {@code name} is used in messages. */
    List<BibEntry> parseBibTeX(String text, String name) throws BibliographyException;

    /** Reads CSL-JSON (an array of items, as Zotero exports). {@code name} is used in messages. */
    List<BibEntry> parseCslJson(String text, String name) throws BibliographyException;

    /**
     * Adds the works to the edition's bibliography, one entry per work: a record with the DOI of an entry there, or
     * the same normalised title, first author and year, is merged into it; ids are the records' keys made unique.
     */
    ImportReport importEntries(EditionDocument document, List<BibEntry> records);

    /**
     * Replaces the entry whose id is {@code entry.id()} by {@code entry}, written as imported entries are: one
     * undoable edit of that {@code biblStruct} only (citations keep pointing to it). Nothing changes when the entry is
     * already as given.
     *
     * @throws IllegalArgumentException when the edition has no entry with that id
     * @since 1.1
     */
    void update(EditionDocument document, BibEntry entry);

    /** The bibliography as BibTeX. */
    String exportBibTeX(EditionDocument document);

    /** The bibliography as CSL-JSON. */
    String exportCslJson(EditionDocument document);

    /** The TEI {@code biblStruct} for an entry, indented by {@code indent} (its first line not). */
    String toTei(BibEntry entry, String indent);
}
