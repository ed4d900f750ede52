package org.siglum.apparatus;

import java.util.List;
import java.util.Optional;

/**
 * How an edition records its OCR corrections, read from the entries it already has (the most frequent choice of the
 * entries with an {@code ocr-error} reading), else from its witnesses: the OCR witness ({@code OCR} where declared),
 * the lemma's witnesses ({@code ED} where declared), the entry's {@code @type}.
 *
 * @param witness the witness whose reading an OCR form is, if the edition has one
 * @param lemmaWitnesses the witnesses of a corrected lemma; empty for none
 * @param cause the reading's cause: {@code ocr-error}
 * @param entryType the entries' {@code @type}, if the edition's OCR entries have one
 * @param types the {@code @type}s the edition's OCR readings have, most frequent first (for a chooser)
 */
public record CorrectionDefaults(Optional<String> witness, List<String> lemmaWitnesses, String cause,
        Optional<String> entryType, List<String> types) {

    /** The cause of a reading that is an OCR error. */
    public static final String OCR_ERROR = "ocr-error";

    public CorrectionDefaults {
        lemmaWitnesses = List.copyOf(lemmaWitnesses);
        types = List.copyOf(types);
    }
}
