package org.siglum.ui.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.siglum.citations.BibDate;
import org.siglum.citations.BibEntry;
import org.siglum.citations.BibName;

/**
 * The main fields of a bibliography entry as the Edit entry dialog shows them, as text, and the entry they make. The
 * fields the dialog does not show (editors, DOI, volume...) are kept from the entry edited.
 *
 * @param type the CSL item type
 * @param authors one per line: {@code Family, Given}, or a name kept as written (Thai names, bodies)
 * @param title the title
 * @param year the year as the source gives it ({@code 1953}, {@code พ.ศ. 2516}, {@code n.d.})
 * @param publisher the publisher
 * @param place the place of publication
 * @param container the book or journal the work is in
 * @param pages the pages of a chapter or article
 */
public record EntryFields(String type, String authors, String title, String year, String publisher, String place,
        String container, String pages) {

    /** The CSL types the dialog offers (decision 0013). */
    public static final List<String> TYPES = List.of("book", "chapter", "article-journal", "article-newspaper",
            "article-magazine", "thesis", "report", "webpage", "manuscript");

    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
    private static final Pattern BUDDHIST_ERA = Pattern.compile("(?:พ\\.\\s?ศ\\.|B\\.\\s?E\\.)\\s*(\\d{4})");
    private static final int BUDDHIST_ERA_OFFSET = 543;

    /** The fields of an entry. */
    public static EntryFields of(BibEntry e) {
        List<String> names = new ArrayList<>();
        for (BibName n : e.authors()) {
            names.add(n.isLiteral() ? n.literal()
                    : n.given() == null || n.given().isBlank() ? n.family() : n.family() + ", " + n.given());
        }
        String year = e.issued() == null ? "" : e.issued().text() != null ? e.issued().text()
                : e.issued().year() == null ? "" : e.issued().year().toString();
        return new EntryFields(e.type(), String.join("\n", names), text(e.title()), year, text(e.publisher()),
                text(e.place()), text(e.containerTitle()), text(e.pages()));
    }

    /** The entry edited with these fields; empty fields become absent. */
    public BibEntry applyTo(BibEntry e) {
        List<BibName> names = new ArrayList<>();
        for (String line : authors.split("\\R")) {
            String n = line.strip();
            if (n.isEmpty()) {
                continue;
            }
            int comma = n.indexOf(',');
            names.add(comma > 0 ? BibName.of(blankToNull(n.substring(comma + 1)), n.substring(0, comma).strip())
                    : BibName.literal(n));
        }
        return new BibEntry(e.id(), type == null || type.isBlank() ? e.type() : type.strip(), names, e.editors(),
                e.translators(), blankToNull(title), blankToNull(container), e.edition(), blankToNull(publisher),
                blankToNull(place), e.volume(), e.issue(), blankToNull(pages), date(e.issued(), year), e.language(),
                e.doi(), e.isbn(), e.url(), e.note());
    }

    /** The date the year field gives: a Gregorian year, a Buddhist Era year (its Gregorian year kept), or text. */
    static BibDate date(BibDate before, String field) {
        String y = field == null ? "" : field.strip();
        if (y.isEmpty()) {
            return null;
        }
        if (before != null && y.equals(before.text())) {
            return before;
        }
        if (DIGITS.matcher(y).matches()) {
            return BibDate.year(Integer.parseInt(y));
        }
        Matcher be = BUDDHIST_ERA.matcher(y);
        if (be.find()) {
            return new BibDate(Integer.parseInt(be.group(1)) - BUDDHIST_ERA_OFFSET, y);
        }
        return new BibDate(null, y);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
