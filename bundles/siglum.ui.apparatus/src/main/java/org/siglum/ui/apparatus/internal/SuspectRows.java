package org.siglum.ui.apparatus.internal;

import java.util.List;
import java.util.Locale;

import org.siglum.core.EditionDocument;
import org.siglum.suspects.Reason;
import org.siglum.suspects.Suspect;

/** What the suspects view shows of a suspect. No widgets, so it is tested without a window. */
final class SuspectRows {

    static final String[] COLUMNS = {"Text", "Kind", "Reason", "Line"};

    /** A suspect with the line it starts on. */
    record Row(Suspect suspect, int line) {
    }

    private SuspectRows() {
    }

    /** The rows of an edition's suspects, most suspect first. */
    static List<Row> of(EditionDocument edition, List<Suspect> suspects) {
        return suspects.stream().map(s -> new Row(s, edition.locate(s.offset()).line())).toList();
    }

    static String cell(Row row, int column) {
        Suspect suspect = row.suspect();
        return switch (column) {
            case 0 -> suspect.form();
            case 1 -> suspect.reasons().isEmpty() ? "" : kind(suspect.reasons().get(0));
            case 2 -> String.join("; ", suspect.reasons().stream().map(Reason::detail).toList())
                    + suspect.suggestion().map(s -> " (perhaps " + s + ")").orElse("");
            case 3 -> Integer.toString(row.line());
            default -> "";
        };
    }

    /** The series command's button: "This correction everywhere (N places)"; without a count when there is none. */
    static String seriesLabel(int places) {
        if (places < 0) {
            return "This correction everywhere";
        }
        return "This correction everywhere (" + places + (places == 1 ? " place)" : " places)");
    }

    /** "mixed script" for MIXED_SCRIPT. */
    static String kind(Reason reason) {
        return reason.signal().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
