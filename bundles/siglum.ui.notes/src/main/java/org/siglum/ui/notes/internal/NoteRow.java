package org.siglum.ui.notes.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.siglum.citations.Footnote;
import org.siglum.citations.NoteCitation;
import org.siglum.core.EditionDocument;
import org.siglum.core.XmlElement;

/**
 * A footnote as the Notes view shows it: the service's record with where its anchor and its note lie in the source,
 * so the view can select the anchor and find the note at the caret.
 *
 * @param note the footnote
 * @param line the 1-based line of its anchor (of the note when it has none)
 * @param anchorStart where the anchor starts (the note's start when it has none)
 * @param anchorEnd where the anchor ends
 * @param noteStart where the {@code note} element starts
 * @param noteEnd where it ends
 */
public record NoteRow(Footnote note, int line, int anchorStart, int anchorEnd, int noteStart, int noteEnd) {

    /** The columns of the Notes view. */
    static final String[] COLUMNS = {"No.", "Line", "Note", "Sources"};

    /** The longest text shown in the Note column; the rest is elided. */
    static final int TEXT_LIMIT = 160;

    /** The rows of these footnotes, in their order, with the source ranges read from the document's tree. */
    public static List<NoteRow> of(EditionDocument document, List<Footnote> footnotes) {
        Map<Integer, XmlElement> byStart = new HashMap<>();
        for (XmlElement e : document.tree().elementList()) {
            if (e.localName().equals("note") || e.localName().equals("anchor")) {
                byStart.put(e.start(), e);
            }
        }
        List<NoteRow> rows = new ArrayList<>();
        for (Footnote f : footnotes) {
            XmlElement note = byStart.get(f.noteOffset());
            int noteEnd = note == null ? f.noteOffset() : note.end();
            XmlElement anchor = f.anchorId() == null ? null : byStart.get(f.anchorOffset());
            int anchorStart = anchor == null ? f.noteOffset() : anchor.start();
            int anchorEnd = anchor == null ? noteEnd : anchor.end();
            rows.add(new NoteRow(f, document.locate(anchorStart).line(), anchorStart, anchorEnd, f.noteOffset(),
                    noteEnd));
        }
        return rows;
    }

    /** The row whose note or anchor holds the offset (an end counts as inside), or null. */
    public static NoteRow at(List<NoteRow> rows, int offset) {
        for (NoteRow row : rows) {
            if (row.holds(offset)) {
                return row;
            }
        }
        return null;
    }

    /** Whether the offset lies in the note element or on its anchor. */
    public boolean holds(int offset) {
        return offset >= noteStart && offset <= noteEnd || offset >= anchorStart && offset <= anchorEnd;
    }

    /** The text of a column. */
    String cell(int column) {
        return switch (column) {
            case 0 -> note.number() == null ? "" : note.number();
            case 1 -> String.valueOf(line);
            case 2 -> shortText(note.text(), TEXT_LIMIT);
            case 3 -> sources(note.citations());
            default -> "";
        };
    }

    /** The cited works: their entry ids, each with its range ({@code stalin1953foundations, p. 12}). */
    static String sources(List<NoteCitation> citations) {
        return citations.stream().map(c -> c.range() == null ? c.entryId()
                : c.entryId() + ", " + ("page".equals(c.unit()) ? "p. " : c.unit() == null ? "" : c.unit() + " ")
                        + c.range())
                .collect(Collectors.joining("; "));
    }

    /**
     * The first line of a text, cut to at most {@code limit} characters at a boundary between user-perceived
     * characters, so a Thai consonant never loses its vowel or tone mark to the cut.
     */
    static String shortText(String text, int limit) {
        String first = text == null ? "" : text.strip();
        int newline = first.indexOf('\n');
        if (newline >= 0) {
            first = first.substring(0, newline).strip() + " \u2026";
        }
        if (first.length() <= limit) {
            return first;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(java.util.Locale.ROOT);
        characters.setText(first);
        int cut = characters.preceding(limit);
        return first.substring(0, Math.max(cut, 0)).strip() + " \u2026";
    }
}
