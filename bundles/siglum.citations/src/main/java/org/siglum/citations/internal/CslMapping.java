package org.siglum.citations.internal;

import java.util.List;

import org.siglum.citations.BibEntry;
import org.siglum.citations.BibName;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;

/** Entries as citeproc-java items. */
final class CslMapping {
    private CslMapping() {
    }

    static CSLItemData toItem(BibEntry e) {
        CSLType type;
        try {
            type = CSLType.fromString(e.type());
        } catch (IllegalArgumentException ex) {
            type = CSLType.BOOK;
        }
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(e.id()).type(type);
        if (!e.authors().isEmpty()) {
            b.author(names(e.authors()));
        }
        if (!e.editors().isEmpty()) {
            b.editor(names(e.editors()));
        }
        if (!e.translators().isEmpty()) {
            b.translator(names(e.translators()));
        }
        // an entry imported before BibTeX's markup was read, or written by hand, may still hold some: none of it
        // reaches the page (DOIs and URLs are identifiers and stay as written)
        b.title(TeX.plain(e.title())).containerTitle(TeX.plain(e.containerTitle())).edition(TeX.plain(e.edition()))
                .publisher(TeX.plain(e.publisher())).publisherPlace(TeX.plain(e.place())).volume(TeX.plain(e.volume()))
                .issue(TeX.plain(e.issue())).page(TeX.plain(e.pages())).language(e.language())
                .DOI(e.doi()).ISBN(e.isbn()).URL(e.url());
        if (e.issued() != null) {
            if (e.issued().isLiteral() || e.issued().year() == null) {
                // a Buddhist Era year (or any date not given as a Gregorian year) is printed as the source gives it
                b.issued(new CSLDateBuilder().literal(TeX.plain(e.issued().text())).build());
            } else {
                b.issued(new CSLDateBuilder().dateParts(e.issued().year()).build());
            }
        }
        return b.build();
    }

    private static CSLName[] names(List<BibName> names) {
        CSLName[] out = new CSLName[names.size()];
        for (int i = 0; i < out.length; i++) {
            BibName n = names.get(i);
            out[i] = n.isLiteral() ? new CSLNameBuilder().literal(TeX.plain(n.literal())).build()
                    : new CSLNameBuilder().family(TeX.plain(n.family())).given(TeX.plain(n.given())).build();
        }
        return out;
    }
}
