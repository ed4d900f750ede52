package org.siglum.suspects;

import java.util.List;
import java.util.Set;

/**
 * What an edition teaches the finder beyond its text: the OCR errors it has recorded (each teaches the confusions it
 * contains, which then rank high elsewhere) and the words it knows, such as its persons' names and their variants.
 *
 * @param errors readings recorded as OCR errors ({@code rdg cause="ocr-error"} against its lemma)
 * @param words words to take as correct Thai (names of {@code listPerson}, their variants)
 */
public record Evidence(List<RecordedError> errors, Set<String> words) {

    /** Nothing learned. */
    public static final Evidence NONE = new Evidence(List.of(), Set.of());

    public Evidence {
        errors = List.copyOf(errors);
        words = Set.copyOf(words);
    }

    /**
     * One recorded OCR error.
     *
     * @param ocr what the OCR printed
     * @param correction what the edition reads instead
     */
    public record RecordedError(String ocr, String correction) {
    }
}
