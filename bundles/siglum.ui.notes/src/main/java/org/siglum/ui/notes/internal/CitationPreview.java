package org.siglum.ui.notes.internal;

import java.util.List;
import java.util.Map;

import org.siglum.citations.BibEntry;
import org.siglum.citations.CitationFormatter;
import org.siglum.citations.NoteCitation;
import org.siglum.citations.OutputFormat;

/** An entry's citation as the formatter gives it in a style and locale: as a first, full note and in a bibliography. */
final class CitationPreview {

    /** The locales the preview offers, the first the default. */
    static final List<String> LOCALES = List.of("en-US", "en-GB", "th-TH");

    private static final Map<String, String> STYLE_NAMES = Map.of(
            "chicago-notes-bibliography", "Chicago notes and bibliography",
            "chicago-notes-bibliography-subsequent-ibid", "Chicago notes (ibid.)",
            "apa", "APA",
            "modern-language-association", "MLA");

    /** The formatted note and bibliography entry. */
    record Formatted(String note, String bibliography) {
    }

    private final CitationFormatter formatter;

    CitationPreview(CitationFormatter formatter) {
        this.formatter = formatter;
    }

    /** The styles the formatter offers, the default first. */
    List<String> styles() {
        return formatter.styles().stream()
                .sorted((a, b) -> a.equals(CitationFormatter.DEFAULT_STYLE) ? -1
                        : b.equals(CitationFormatter.DEFAULT_STYLE) ? 1 : a.compareTo(b))
                .toList();
    }

    /** The locales offered that the formatter has. */
    List<String> locales() {
        return LOCALES.stream().filter(formatter.locales()::contains).toList();
    }

    /** A style's name for people. */
    static String styleName(String style) {
        return STYLE_NAMES.getOrDefault(style, style);
    }

    /** The entry cited once, as the first note citing it, and as a bibliography entry, in plain text. */
    Formatted format(BibEntry entry, String style, String locale) {
        String note = formatter.formatNotes(List.of(entry), List.of(List.of(new NoteCitation(entry.id(), null, null,
                0))), style, locale, OutputFormat.TEXT).get(0);
        List<String> bibliography = formatter.formatBibliography(List.of(entry), style, locale, OutputFormat.TEXT);
        return new Formatted(note, bibliography.isEmpty() ? "" : bibliography.get(0));
    }
}
