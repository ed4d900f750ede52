package org.siglum.citations;

import java.util.List;

/**
 * A footnote of the edition, in document order (the order of its anchors).
 *
 * @param id the note's {@code xml:id}, or null
 * @param number its printed number ({@code @n}), or null
 * @param anchorId the {@code xml:id} of its {@code anchor}, or null when the note stands where it applies
 * @param anchorOffset where it applies in the source (the anchor's offset, or the note's own)
 * @param noteOffset where the {@code note} element starts
 * @param text its text, whitespace collapsed
 * @param citations the works it cites by reference, in order
 */
public record Footnote(String id, String number, String anchorId, int anchorOffset, int noteOffset, String text,
        List<NoteCitation> citations) {

    public Footnote {
        citations = List.copyOf(citations);
    }
}
