package org.siglum.apparatus;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A lemma ({@code lem}) or a reading ({@code rdg}) as written.
 * <p>
 * A reading inside a {@code rdgGrp} takes the group's {@code @wit}, {@code @cause} and {@code @type} where it has none
 * of its own. Its text is what its witnesses read: an entry nested in it counts as the reading of those witnesses
 * (else its lemma); notes and {@code witDetail}s in it are not its text.
 *
 * @param text its text content (references expanded, markup left out)
 * @param witnesses the ids of {@code @wit}, without '#', in order (empty when there is no {@code @wit}); tokens that
 *        name no declared witness are kept as written
 * @param cause {@code @cause}, or null
 * @param type {@code @type}, or null
 * @param start offset of the element's '&lt;'
 * @param end offset just after the element
 * @param markers the lacuna and fragment markers in it, in document order
 * @param details the {@code witDetail}s about it: inside it, pointing to it by {@code @target}, or in its entry
 *        naming one of its witnesses
 */
public record Reading(String text, List<String> witnesses, String cause, String type, int start, int end,
        List<ReadingMarker> markers, List<WitnessDetail> details) {

    public Reading {
        witnesses = List.copyOf(witnesses);
        markers = List.copyOf(markers);
        details = List.copyOf(details);
    }

    /** A reading without markers or details. */
    public Reading(String text, List<String> witnesses, String cause, String type, int start, int end) {
        this(text, witnesses, cause, type, start, end, List.of(), List.of());
    }

    /** Whether {@code @wit} names this witness. */
    public boolean names(String witness) {
        return witnesses.contains(witness);
    }

    /**
     * The reading as an apparatus prints it: its text, whitespace collapsed; for a reading of markers only what they
     * mark ("lacuna begins"); "om." for a reading with neither.
     */
    public String shown() {
        String t = text.replaceAll("\\s+", " ").strip();
        if (!t.isEmpty()) {
            return t;
        }
        if (!markers.isEmpty()) {
            return markers.stream().map(ReadingMarker::label).collect(Collectors.joining(", "));
        }
        return "om.";
    }
}
