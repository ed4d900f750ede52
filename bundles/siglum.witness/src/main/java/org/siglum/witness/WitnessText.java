package org.siglum.witness;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.siglum.core.XmlTree;

/**
 * The text of one witness of an edition: in each {@code app}, the reading whose {@code @wit} names the witness, else
 * the lemma; notes, the header and editorial gaps belong to no witness. A {@code pb}/{@code lb} that is the witness's
 * own layout ({@code @edRef} names it, or names no one) gives a blank line / a new line; another witness's break
 * gives nothing where it split a word ({@code break="no"}) or falls between two Thai letters, else a space. A note
 * anchor gives its number as superscript digits: the anchor's {@code @n} (the number the source prints) for a
 * source witness, the note's {@code @n} for the edited text (a witness named in some {@code lem/@wit}).
 * <p>
 * Where a witness is missing it has no text (TEI Guidelines 12.1.5), in document order across entries: between a
 * {@code lacunaStart} and the next {@code lacunaEnd} of the witness, and outside {@code witStart}..{@code witEnd} of
 * a fragmentary witness (before its first {@code witStart} when that comes before any {@code witEnd}). A marker is the
 * witness's when its own {@code @wit} names it, or, without one, when it stands in the reading the witness reads
 * and that reading's {@code @wit} names it (or it has none). The text on both sides of a lacuna is kept apart by a
 * space.
 */
@ProviderType
public interface WitnessText {

    /** The ids of the witnesses declared in the edition ({@code witness/@xml:id}), in document order. */
    List<String> witnesses(XmlTree tree);

    /** Whether the witness is the edited text (named in some {@code lem/@wit}). */
    boolean isEditedText(XmlTree tree, String witness);

    /** The text of the witness. */
    default String text(XmlTree tree, String witness) {
        return extract(tree, witness).text();
    }

    /** The text of the witness with, for each of its characters, the source range it came from. */
    Extract extract(XmlTree tree, String witness);

    /**
     * A witness's text and where each character came from: {@code start[i]..end[i]} is the range in the edition's
     * text of character {@code i} (a character reference spans the whole reference; white space made for a break
     * spans the break's element).
     */
    record Extract(String text, int[] start, int[] end) {
    }
}
