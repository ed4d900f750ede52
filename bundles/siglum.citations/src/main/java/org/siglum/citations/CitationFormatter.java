package org.siglum.citations;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.siglum.core.EditionDocument;

/**
 * Formats citations and bibliographies with CSL styles. In note styles the first citation of a work is a full note,
 * later ones are short notes, and a repeat of the work cited just before is "Ibid." where the style says so.
 */
@ProviderType
public interface CitationFormatter {

    /** The default style, Chicago notes and bibliography (18th edition). */
    String DEFAULT_STYLE = "chicago-notes-bibliography";

    /** The locale that means the edition's own language (see {@link #locale(EditionDocument, String)}). */
    String AUTO_LOCALE = "auto";

    /**
     * The one rule for the locale of an edition's citations, that every output (web, print, LaTeX) uses: the
     * requested locale, unless it is null, blank or {@link #AUTO_LOCALE}; then the one the TEI root's
     * {@code xml:lang} names: th-TH for Thai, en-GB for en-GB, else en-US.
     */
    String locale(EditionDocument document, String requested);

    /** The style ids installed. */
    Set<String> styles();

    /** The locales installed ({@code en-US}, {@code th-TH}, ...). */
    Set<String> locales();

    /**
     * Formats every note's citations and the bibliography of an edition; the locale as
     * {@link #locale(EditionDocument, String)} resolves it.
     *
     * @throws IllegalArgumentException for a style or locale not installed
     */
    FormattedEdition format(EditionDocument document, String style, String locale, OutputFormat format);

    /**
     * Formats a sequence of citations, each its own note, of the given entries: the same rules as for an edition.
     *
     * @param citations per note, the citations it holds
     */
    List<String> formatNotes(List<BibEntry> entries, List<List<NoteCitation>> citations, String style, String locale,
            OutputFormat format);

    /** Formats the given entries as a bibliography. */
    List<String> formatBibliography(List<BibEntry> entries, String style, String locale, OutputFormat format);
}
