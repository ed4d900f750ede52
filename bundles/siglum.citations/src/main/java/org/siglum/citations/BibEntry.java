package org.siglum.citations;

import java.util.List;

/**
 * One work of the bibliography, as stored in the edition's TEI ({@code biblStruct}) and as CSL sees it.
 *
 * @param id the entry's {@code xml:id}, stable: citations point to it
 * @param type the CSL item type: {@code book}, {@code chapter}, {@code article-journal}, {@code article-newspaper},
 *        {@code article-magazine}, {@code thesis}, {@code report}, {@code webpage}, {@code manuscript}
 * @param authors authors in order
 * @param editors editors (of the work, or of the volume a chapter is in)
 * @param translators translators
 * @param title the title (of the article or chapter for those)
 * @param containerTitle the book a chapter is in, or the journal; null for a book
 * @param edition e.g. "2nd" or "2"
 * @param publisher the publisher
 * @param place where it was published
 * @param volume volume
 * @param issue issue
 * @param pages pages of an article or chapter
 * @param issued when it appeared, or null
 * @param language a language tag ({@code th}, {@code en}, {@code ru}), or null
 * @param doi a DOI, or null
 * @param isbn an ISBN, or null
 * @param url a URL, or null
 * @param note a note (for instance, what is uncertain about the data), or null
 */
public record BibEntry(String id, String type, List<BibName> authors, List<BibName> editors,
        List<BibName> translators, String title, String containerTitle, String edition, String publisher,
        String place, String volume, String issue, String pages, BibDate issued, String language, String doi,
        String isbn, String url, String note) {

    public BibEntry {
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
        translators = List.copyOf(translators);
    }

    /** The same entry with another id. */
    public BibEntry withId(String newId) {
        return new BibEntry(newId, type, authors, editors, translators, title, containerTitle, edition, publisher,
                place, volume, issue, pages, issued, language, doi, isbn, url, note);
    }
}
