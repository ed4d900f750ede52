package org.siglum.apparatus;

import java.util.List;

import org.siglum.core.TextReplacement;

/**
 * What an operation changed: applied to the document as one compound, undoable edit.
 *
 * @param description one line for the user, e.g. {@code added entry app-3: lemma "ก", OCR "ข"}
 * @param entryId the id of the entry made or changed (see {@link ApparatusEntry#id()}), or null (a witness added)
 * @param replacements the text replacements applied, offsets in the text before the edit
 * @param start start of the changed span in the text after the edit
 * @param end end of the changed span in the text after the edit
 */
public record ApparatusChange(String description, String entryId, List<TextReplacement> replacements, int start,
        int end) {

    public ApparatusChange {
        replacements = List.copyOf(replacements);
    }
}
