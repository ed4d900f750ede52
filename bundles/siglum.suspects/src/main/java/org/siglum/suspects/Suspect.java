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
 * @param corrections corrections for the whole span, likeliest first (empty where no signal implies one)
 */
public record Suspect(int offset, int length, String form, double score, List<Reason> reasons,
        List<Correction> corrections) {

    public Suspect {
        reasons = List.copyOf(reasons);
        corrections = List.copyOf(corrections);
    }

    /** A suspect with at most one correction (the form of API 1.0). */
    public Suspect(int offset, int length, String form, double score, List<Reason> reasons, Optional<String> suggestion) {
        this(offset, length, form, score, reasons, suggestion.map(s -> List.of(new Correction(s, 1))).orElse(List.of()));
    }

    /** The best correction: the first of {@link #corrections()}, where there is one. */
    public Optional<String> suggestion() {
        return corrections.isEmpty() ? Optional.empty() : Optional.of(corrections.get(0).form());
    }

    /** The offset after the span. */
    public int end() {
        return offset + length;
    }
}
