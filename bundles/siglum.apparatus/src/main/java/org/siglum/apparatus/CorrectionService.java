package org.siglum.apparatus;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.siglum.core.EditionDocument;

/**
 * Corrections of the base text recorded as apparatus entries, one place or a whole series at once: the corrected
 * text becomes the lemma, the form the reading of the witness that has it (decision 0045). Every change is minimal
 * text replacements applied with {@link EditionDocument#apply} as one compound edit, so that one
 * {@link EditionDocument#undo()} takes a whole series back. A refusal leaves the document untouched.
 */
@ProviderType
public interface CorrectionService {

    /** How the edition records OCR corrections today (witnesses, cause, type), for a correction to follow. */
    CorrectionDefaults defaults(EditionDocument document);

    /**
     * Every occurrence of a form in the base text, in document order: the text of the {@code body} (or of the
     * {@code text}, or the whole document), leaving out readings ({@code rdg}), notes, {@code witDetail},
     * {@code sic}, {@code orig} and {@code del}. A form split by inline markup (a line or page break, {@code hi}) is
     * found; one split by the edge of a block (a paragraph, a head) is not. A match that would split a letter from
     * its marks (the form followed by a combining vowel or tone mark) is no occurrence. Occurrences do not overlap.
     *
     * @param form the text to look for; not empty
     * @throws ApparatusException if the edition is not well-formed or the scope names no division of it
     */
    List<Occurrence> occurrences(EditionDocument document, String form, Scope scope) throws ApparatusException;

    /**
     * Records the correction at each of the occurrences (as {@link #occurrences} found them in the current text):
     * each becomes {@code <app xml:id="app-N" type="…"><lem wit="#ED">lemma</lem><rdg wit="#OCR" cause="…"
     * type="…">form</rdg></app>} over the form's range, the markup inside the range kept in the lemma. All of them
     * are one compound edit.
     *
     * @throws ApparatusException if the list is empty, an occurrence no longer reads the form or cannot be recorded,
     *         the correction has a {@link Correction#problem()}, or a witness is undeclared or named twice
     */
    ApparatusChange correct(EditionDocument document, List<Occurrence> occurrences, Correction correction)
            throws ApparatusException;
}
