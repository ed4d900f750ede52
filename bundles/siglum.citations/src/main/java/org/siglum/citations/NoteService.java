package org.siglum.citations;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.siglum.core.EditionDocument;

/**
 * The footnotes of an edition. A footnote is a {@code note} pointing ({@code @target}) to an
 * {@code anchor type="note"}, with its number in {@code @n} (tei-schemas/README.md). Every change is one compound,
 * undoable edit of the document that touches only the bytes it must; nothing is saved here.
 */
@ProviderType
public interface NoteService {

    /** The footnotes in document order (by where they apply). */
    List<Footnote> footnotes(EditionDocument document);

    /**
     * Adds a footnote that applies at {@code offset}: an anchor there, the note at the end of the enclosing paragraph,
     * numbered in sequence; the following notes are renumbered in the same edit.
     *
     * @param content the note's content, an XML fragment (plain text needs only {@code <&} escaped)
     * @return the new note's id
     */
    String add(EditionDocument document, int offset, String content);

    /** Replaces the content of note {@code noteId} by an XML fragment. */
    void edit(EditionDocument document, String noteId, String content);

    /** Deletes the note and its anchor and renumbers the notes after it. */
    void delete(EditionDocument document, String noteId);

    /** Moves the note's anchor to {@code offset} and renumbers. */
    void move(EditionDocument document, String noteId, int offset);

    /**
     * Numbers the footnotes 1, 2, 3... in document order (Thai digits if the first numbered note uses them), editing
     * only the {@code @n} values that change.
     *
     * @return how many numbers changed
     */
    int renumber(EditionDocument document);

    /** Duplicate, missing and out-of-order numbers, anchors without notes, notes without anchors. */
    List<NoteFinding> check(EditionDocument document);

    /**
     * Adds a citation to the end of a note: {@code <bibl><ptr target="#ENTRY"/><citedRange unit="UNIT">RANGE</citedRange></bibl>}.
     *
     * @param unit e.g. {@code page}; ignored when range is null
     * @param range the cited range, or null
     * @throws IllegalArgumentException when there is no such note or entry
     */
    void cite(EditionDocument document, String noteId, String entryId, String unit, String range);
}
