package org.siglum.suspects;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.siglum.core.EditionDocument;

/** Finds spans that look like OCR errors. */
@ProviderType
public interface SuspectFinder {

    /** The suspects of a plain text, most suspect first (ties in text order). */
    List<Suspect> find(String text);

    /**
     * The suspects of an edition's text: the text of its {@code body} (or the whole document without a body),
     * leaving out readings ({@code rdg}) and notes, which are not the base text. Offsets are document offsets, so a
     * suspect can be selected or replaced in the source; a word split by markup is looked at in one piece.
     */
    List<Suspect> find(EditionDocument document);
}
