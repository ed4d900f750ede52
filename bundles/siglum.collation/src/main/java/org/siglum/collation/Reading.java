package org.siglum.collation;

/**
 * What one witness reads at a variant place.
 *
 * @param witness the witness's id
 * @param start where the reading starts in that witness's text (UTF-16 units)
 * @param end where it ends; {@code start == end} for a witness that lacks the passage
 * @param text the reading, inner white space as the witness has it
 */
public record Reading(String witness, int start, int end, String text) {

    /** Whether the witness has nothing here. */
    public boolean isEmpty() {
        return start == end;
    }
}
