package org.siglum.citations;

import java.util.List;

/**
 * An edition's citations formatted in one style.
 *
 * @param style the style id
 * @param locale the locale
 * @param notes each footnote that cites something, in order
 * @param bibliography the bibliography entries, sorted as the style sorts them
 */
public record FormattedEdition(String style, String locale, List<FormattedNote> notes, List<String> bibliography) {

    public FormattedEdition {
        notes = List.copyOf(notes);
        bibliography = List.copyOf(bibliography);
    }

    /**
     * One note's citations.
     *
     * @param noteId the note's id
     * @param number its number
     * @param citation its citations, formatted and joined as the style joins them
     */
    public record FormattedNote(String noteId, String number, String citation) {
    }
}
