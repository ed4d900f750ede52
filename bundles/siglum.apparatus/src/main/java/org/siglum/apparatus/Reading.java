package org.siglum.apparatus;

import java.util.List;

/**
 * A lemma ({@code lem}) or a reading ({@code rdg}) as written.
 *
 * @param text its text content (references expanded, markup left out)
 * @param witnesses the ids of {@code @wit}, without '#', in order (empty when there is no {@code @wit})
 * @param cause {@code @cause}, or null
 * @param type {@code @type}, or null
 * @param start offset of the element's '&lt;'
 * @param end offset just after the element
 */
public record Reading(String text, List<String> witnesses, String cause, String type, int start, int end) {

    public Reading {
        witnesses = List.copyOf(witnesses);
    }

    /** Whether {@code @wit} names this witness. */
    public boolean names(String witness) {
        return witnesses.contains(witness);
    }
}
