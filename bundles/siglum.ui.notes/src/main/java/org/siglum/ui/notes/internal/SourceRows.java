package org.siglum.ui.notes.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.siglum.citations.BibEntry;
import org.siglum.citations.BibName;

/** What a row of the Sources view says about a bibliography entry. */
final class SourceRows {

    static final String[] COLUMNS = {"Key", "Author", "Year", "Title"};

    private SourceRows() {
    }

    static String cell(BibEntry e, int column) {
        return switch (column) {
            case 0 -> e.id() == null ? "" : e.id();
            case 1 -> authors(e);
            case 2 -> year(e);
            case 3 -> title(e);
            default -> "";
        };
    }

    /** The authors in reading order; the editors, marked, when there are none. */
    static String authors(BibEntry e) {
        if (!e.authors().isEmpty()) {
            return names(e.authors());
        }
        return e.editors().isEmpty() ? "" : names(e.editors()) + (e.editors().size() == 1 ? " (ed.)" : " (eds.)");
    }

    private static String names(List<BibName> names) {
        return names.stream().map(BibName::display).collect(Collectors.joining("; "));
    }

    /** The year as the source gives it (a Buddhist Era year stays one). */
    static String year(BibEntry e) {
        if (e.issued() == null) {
            return "";
        }
        return e.issued().text() != null ? e.issued().text()
                : e.issued().year() == null ? "" : e.issued().year().toString();
    }

    /** The title, with the book or journal it is in. */
    static String title(BibEntry e) {
        String title = e.title() == null ? "" : e.title();
        return e.containerTitle() == null ? title : title + " (in " + e.containerTitle() + ")";
    }
}
