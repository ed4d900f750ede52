package org.siglum.apparatus;

import java.util.List;
import java.util.Objects;

/**
 * A correction of the base text, to record as an apparatus entry: the corrected text becomes the lemma, the form the
 * text had becomes the reading of the witness that has it (the OCR), with a cause and a type.
 *
 * @param form the text as it stands (the OCR's reading); not empty
 * @param lemma the corrected text (the lemma); not empty, not the form
 * @param witness the witness whose reading the form is (for {@code rdg/@wit}, without '#')
 * @param lemmaWitnesses the witnesses of the lemma ({@code lem/@wit}); empty for none
 * @param cause {@code rdg/@cause}, or null
 * @param type {@code rdg/@type}, or null
 * @param entryType {@code app/@type}, or null
 */
public record Correction(String form, String lemma, String witness, List<String> lemmaWitnesses, String cause,
        String type, String entryType) {

    public Correction {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(witness, "witness");
        lemmaWitnesses = List.copyOf(lemmaWitnesses);
        cause = blankToNull(cause);
        type = blankToNull(type);
        entryType = blankToNull(entryType);
    }

    /** The correction of {@code form} to {@code lemma} with the conventions the edition already follows. */
    public static Correction of(String form, String lemma, CorrectionDefaults defaults) {
        return new Correction(form, lemma, defaults.witness().orElse(""), defaults.lemmaWitnesses(),
                defaults.cause(), null, defaults.entryType().orElse(null));
    }

    public Correction withLemma(String text) {
        return new Correction(form, text, witness, lemmaWitnesses, cause, type, entryType);
    }

    public Correction withType(String readingType) {
        return new Correction(form, lemma, witness, lemmaWitnesses, cause, readingType, entryType);
    }

    public Correction withCause(String readingCause) {
        return new Correction(form, lemma, witness, lemmaWitnesses, readingCause, type, entryType);
    }

    public Correction withWitness(String id) {
        return new Correction(form, lemma, id, lemmaWitnesses, cause, type, entryType);
    }

    public Correction withLemmaWitnesses(List<String> ids) {
        return new Correction(form, lemma, witness, ids, cause, type, entryType);
    }

    /** Why this correction cannot be recorded as it stands (nothing to correct, no witness), or null. */
    public String problem() {
        if (form.isEmpty()) {
            return "there is no text to correct";
        }
        if (lemma.isEmpty()) {
            return "type the correction: an empty lemma would delete the text";
        }
        if (lemma.equals(form)) {
            return "type the correction: it is the same as the text (\"" + form + "\")";
        }
        if (witness.isBlank()) {
            return "name the witness that reads \"" + form + "\"";
        }
        return null;
    }

    /**
     * One line saying what becomes of the text: {@code The text will read "ประหัตประหาร" (ED); "ประทัดประหาร" is kept
     * as the reading of OCR (ocr-error, misrecognised-letter).}
     */
    public String summary() {
        String problem = problem();
        if (problem != null) {
            return "Nothing will change: " + problem + ".";
        }
        String of = lemmaWitnesses.isEmpty() ? "" : " (" + String.join(" ", lemmaWitnesses) + ")";
        String why = cause == null && type == null ? ""
                : " (" + (cause == null ? "" : cause) + (cause != null && type != null ? ", " : "")
                        + (type == null ? "" : type) + ")";
        return "The text will read \"" + lemma + "\"" + of + "; \"" + form + "\" is kept as the reading of " + witness
                + why + ".";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
