package org.siglum.apparatus;

import java.util.List;
import java.util.Objects;

/**
 * A reading to write: its text and attributes. The text is plain text; the service escapes it.
 *
 * @param text the reading's text ("" for an omission)
 * @param witnesses the witness ids for {@code @wit}, without '#'; at least one
 * @param cause {@code @cause}, or null for none
 * @param type {@code @type}, or null for none
 */
public record ReadingSpec(String text, List<String> witnesses, String cause, String type) {

    public ReadingSpec {
        Objects.requireNonNull(text, "text");
        witnesses = List.copyOf(witnesses);
    }

    /** A reading of one witness. */
    public static ReadingSpec of(String witness, String text, String cause) {
        return new ReadingSpec(text, List.of(witness), cause, null);
    }
}
