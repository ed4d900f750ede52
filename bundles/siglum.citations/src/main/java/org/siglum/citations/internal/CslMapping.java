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
        b.title(e.title()).containerTitle(e.containerTitle()).edition(e.edition()).publisher(e.publisher())
                .publisherPlace(e.place()).volume(e.volume()).issue(e.issue()).page(e.pages()).language(e.language())
                .DOI(e.doi()).ISBN(e.isbn()).URL(e.url());
        if (e.issued() != null) {
            if (e.issued().isLiteral() || e.issued().year() == null) {
                // a Buddhist Era year (or any date not given as a Gregorian year) is printed as the source gives it
                b.issued(new CSLDateBuilder().literal(e.issued().text()).build());
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
            out[i] = n.isLiteral() ? new CSLNameBuilder().literal(n.literal()).build()
                    : new CSLNameBuilder().family(n.family()).given(n.given()).build();
        }
        return out;
    }
}
