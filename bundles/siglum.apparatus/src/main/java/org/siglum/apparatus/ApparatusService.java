package org.siglum.apparatus;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.siglum.core.EditionDocument;

/**
 * The apparatus of an edition: read its entries and witnesses, and change them. Every change is computed as minimal
 * text replacements (the bytes outside them never change), applied as one compound edit with
 * {@link EditionDocument#apply}, so that {@link EditionDocument#undo()} takes it back whole. A change that would
 * break the edition is refused with an {@link ApparatusException} and leaves the document untouched.
 * <p>
 * Entries are named as {@link ApparatusEntry#id()} says: {@code @xml:id}, or the entry's number.
 */
@ProviderType
public interface ApparatusService {

    /** The entries in document order. */
    List<ApparatusEntry> entries(EditionDocument document);

    /** The entry with this id or number. */
    ApparatusEntry entry(EditionDocument document, String id) throws ApparatusException;

    /** The witnesses declared in the edition's {@code listWit}s, in document order. */
    List<Witness> witnesses(EditionDocument document);

    /**
     * Declares a witness: {@code <witness xml:id="ID">name</witness>} after the last witness of the first
     * {@code listWit}, or in a new {@code listWit} at the start of {@code sourceDesc}.
     *
     * @throws ApparatusException if the id is not an XML name or already used by an element, or there is no
     *         {@code sourceDesc}
     */
    ApparatusChange addWitness(EditionDocument document, String id, String name) throws ApparatusException;

    /**
     * Makes a new entry over a range of the text: the range becomes the lemma, unchanged, and the entry gets a new
     * {@code @xml:id} ({@code app-N}).
     *
     * @param start offset where the lemma begins
     * @param end offset where it ends (exclusive); the range must not be empty
     * @param lemmaWitnesses witnesses for the lemma's {@code @wit}; empty for none
     * @param reading the first reading, or null for an entry with a lemma only
     * @throws ApparatusException if the range crosses an element's boundary, lies inside a tag, comment, reference
     *         or another entry, is outside the TEI {@code text}, or a witness is undeclared or named twice
     */
    ApparatusChange createEntry(EditionDocument document, int start, int end, List<String> lemmaWitnesses,
            ReadingSpec reading) throws ApparatusException;

    /** Adds a reading to an entry, after its last reading. */
    ApparatusChange addReading(EditionDocument document, String entryId, ReadingSpec reading)
            throws ApparatusException;

    /**
     * Rewrites the reading that names {@code witness}: its text and its attributes become those of {@code reading}
     * (a null cause or type removes the attribute); other attributes stay as written. The markup inside the reading
     * stays: the old and the new text are compared and only the characters that differ are replaced, in the text
     * nodes that hold them (elements emptied by a deletion stay, empty). Witnesses the reading already names may be
     * kept even when no {@code listWit} declares them.
     */
    ApparatusChange editReading(EditionDocument document, String entryId, String witness, ReadingSpec reading)
            throws ApparatusException;

    /**
     * Deletes the reading that names {@code witness} (the whole {@code rdg}, with every witness it names). An entry
     * may be left with its lemma only.
     */
    ApparatusChange deleteReading(EditionDocument document, String entryId, String witness)
            throws ApparatusException;

    /**
     * Promotes the reading that names {@code witness} to lemma: the contents and the {@code @wit} of the {@code lem}
     * and that {@code rdg} change places, so the old lemma becomes a reading of its own witnesses. Other attributes
     * stay on their elements.
     *
     * @throws ApparatusException if no reading names the witness, the entry has no lemma, or the lemma names no
     *         witness (it would become a reading without {@code @wit})
     */
    ApparatusChange promote(EditionDocument document, String entryId, String witness) throws ApparatusException;

    /**
     * Promotes as {@link #promote(EditionDocument, String, String)} does, naming the witnesses of the old lemma: for
     * a lemma without {@code @wit} (a base text), or to correct it. The lemma's new {@code @wit} is the reading's.
     *
     * @param lemmaWitnesses the witnesses the old lemma becomes the reading of; empty for those of its {@code @wit}
     * @throws ApparatusException also if one of them is undeclared or named by a reading of the entry
     */
    ApparatusChange promote(EditionDocument document, String entryId, String witness, List<String> lemmaWitnesses)
            throws ApparatusException;

    /** Deletes an entry: its lemma's content stays in the text as it was written, the rest goes. */
    ApparatusChange deleteEntry(EditionDocument document, String entryId) throws ApparatusException;
}
