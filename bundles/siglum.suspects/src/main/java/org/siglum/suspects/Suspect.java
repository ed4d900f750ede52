package org.siglum.suspects;

import java.util.List;
import java.util.Optional;

/**
 * A span that looks like an OCR error.
 *
 * @param offset where it starts (UTF-16 units into the text searched, or into the document for an edition)
 * @param length its length in UTF-16 units
 * @param form the text of the span
 * @param score how suspect, between 0 and 1: the signals combined as independent evidence
 * @param reasons the signals, strongest first
 * @param suggestion a correction for the whole span, where the signals imply one
 */
public record Suspect(int offset, int length, String form, double score, List<Reason> reasons,
        Optional<String> suggestion) {

    public Suspect {
        reasons = List.copyOf(reasons);
    }

    /** The offset after the span. */
    public int end() {
        return offset + length;
    }
}
