package org.siglum.citations.internal;

import java.util.ArrayList;
import java.util.List;

import org.siglum.citations.BibDate;
import org.siglum.citations.BibEntry;
import org.siglum.citations.BibName;
import org.siglum.core.Xml;
import org.siglum.core.XmlElement;

/** TEI {@code biblStruct} to and from {@link BibEntry} (decision 0013). */
final class TeiBiblio {
    private TeiBiblio() {
    }

    static BibEntry read(XmlElement b) {
        String id = b.xmlId().orElse(null);
        String type = TeiTrees.attr(b, "type");
        XmlElement analytic = TeiTrees.child(b, "analytic");
        XmlElement monogr = TeiTrees.child(b, "monogr");
        List<BibName> authors = new ArrayList<>();
        List<BibName> editors = new ArrayList<>();
        List<BibName> translators = new ArrayList<>();
        String title = null;
        String container = null;
        String doi = null;
        String isbn = null;
        String url = null;
        String language = null;
        if (analytic != null) {
            names(analytic, authors, editors, translators);
            title = TeiTrees.text(TeiTrees.child(analytic, "title"));
            for (XmlElement idno : TeiTrees.children(analytic, "idno")) {
                String t = TeiTrees.attr(idno, "type");
                if ("DOI".equalsIgnoreCase(t)) {
                    doi = TeiTrees.text(idno);
                }
            }
            XmlElement tl = TeiTrees.child(analytic, "textLang");
            if (tl != null) {
                language = TeiTrees.attr(tl, "mainLang");
            }
        }
        String edition = null;
        String publisher = null;
        String place = null;
        String volume = null;
        String issue = null;
        String pages = null;
        BibDate issued = null;
        if (monogr != null) {
            if (analytic == null) {
                names(monogr, authors, editors, translators);
                title = TeiTrees.text(TeiTrees.child(monogr, "title"));
            } else {
                names(monogr, new ArrayList<>(), editors, translators);
                container = TeiTrees.text(TeiTrees.child(monogr, "title"));
            }
            for (XmlElement idno : TeiTrees.children(monogr, "idno")) {
                String t = TeiTrees.attr(idno, "type");
                if ("DOI".equalsIgnoreCase(t)) {
                    doi = TeiTrees.text(idno);
                } else if ("ISBN".equalsIgnoreCase(t)) {
                    isbn = TeiTrees.text(idno);
                } else if ("URI".equalsIgnoreCase(t) || "URL".equalsIgnoreCase(t)) {
                    url = TeiTrees.text(idno);
                }
            }
            XmlElement tl = TeiTrees.child(monogr, "textLang");
            if (tl != null && language == null) {
                language = TeiTrees.attr(tl, "mainLang");
            }
            edition = TeiTrees.text(TeiTrees.child(monogr, "edition"));
            XmlElement imprint = TeiTrees.child(monogr, "imprint");
            List<XmlElement> scopes = new ArrayList<>(TeiTrees.children(monogr, "biblScope"));
            if (imprint != null) {
                publisher = TeiTrees.text(TeiTrees.child(imprint, "publisher"));
                place = TeiTrees.text(TeiTrees.child(imprint, "pubPlace"));
                XmlElement date = TeiTrees.child(imprint, "date");
                if (date != null) {
                    String when = TeiTrees.attr(date, "when");
                    Integer year = null;
                    if (when != null && when.matches("-?\\d{4}.*")) {
                        year = Integer.valueOf(when.substring(0, when.startsWith("-") ? 5 : 4));
                    }
                    String text = TeiTrees.text(date);
                    issued = new BibDate(year, text != null ? text : year == null ? null : String.valueOf(year));
                }
                scopes.addAll(TeiTrees.children(imprint, "biblScope"));
            }
            for (XmlElement s : scopes) {
                String unit = TeiTrees.attr(s, "unit");
                String v = TeiTrees.text(s);
                if ("volume".equals(unit)) {
                    volume = v;
                } else if ("issue".equals(unit)) {
                    issue = v;
                } else if ("page".equals(unit)) {
                    pages = v;
                }
            }
        }
        String note = TeiTrees.text(TeiTrees.child(b, "note"));
        if (type == null) {
            type = analytic == null ? "book" : TeiTrees.child(monogr, "title") != null
                    && "j".equals(TeiTrees.attr(TeiTrees.child(monogr, "title"), "level")) ? "article-journal" : "chapter";
        }
        return new BibEntry(id, type, authors, editors, translators, title, container, edition, publisher, place,
                volume, issue, pages, issued, language, doi, isbn, url, note);
    }

    private static void names(XmlElement parent, List<BibName> authors, List<BibName> editors,
            List<BibName> translators) {
        for (XmlElement c : parent.childElements()) {
            if (TeiTrees.isTei(c, "author")) {
                authors.add(name(c));
            } else if (TeiTrees.isTei(c, "editor")) {
                String role = TeiTrees.attr(c, "role");
                ("translator".equals(role) ? translators : editors).add(name(c));
            } else if (TeiTrees.isTei(c, "respStmt")) {
                String resp = TeiTrees.text(TeiTrees.child(c, "resp"));
                for (XmlElement n : c.childElements()) {
                    if (!TeiTrees.isTei(n, "resp") && !TeiTrees.isTei(n, "note")) {
                        BibName name = name(n);
                        if (resp != null && resp.toLowerCase(java.util.Locale.ROOT).startsWith("transl")) {
                            translators.add(name);
                        } else {
                            editors.add(name);
                        }
                    }
                }
            }
        }
    }

    private static BibName name(XmlElement e) {
        XmlElement holder = e;
        XmlElement pers = TeiTrees.child(e, "persName");
        if (pers != null) {
            holder = pers;
        }
        XmlElement surname = TeiTrees.child(holder, "surname");
        if (surname != null) {
            return BibName.of(TeiTrees.text(TeiTrees.child(holder, "forename")), TeiTrees.text(surname));
        }
        return BibName.literal(TeiTrees.text(holder));
    }

    // ------------------------------------------------------------------ writing

    static String write(BibEntry e, String indent, String step) {
        StringBuilder out = new StringBuilder();
        String i1 = indent + step;
        String i2 = i1 + step;
        String i3 = i2 + step;
        out.append("<biblStruct xml:id=\"").append(Xml.escapeAttribute(e.id())).append("\" type=\"")
                .append(Xml.escapeAttribute(e.type())).append("\"");
        if (e.language() != null) {
            out.append(" xml:lang=\"").append(Xml.escapeAttribute(e.language())).append("\"");
        }
        out.append(">\n");
        boolean part = e.containerTitle() != null;
        if (part) {
            out.append(i1).append("<analytic>\n");
            for (BibName n : e.authors()) {
                out.append(i2).append(name("author", null, n)).append('\n');
            }
            out.append(i2).append(element("title", " level=\"a\"", e.title())).append('\n');
            if (e.doi() != null) {
                out.append(i2).append(element("idno", " type=\"DOI\"", e.doi())).append('\n');
            }
            out.append(i1).append("</analytic>\n");
        }
        out.append(i1).append("<monogr>\n");
        if (!part) {
            for (BibName n : e.authors()) {
                out.append(i2).append(name("author", null, n)).append('\n');
            }
        }
        for (BibName n : e.editors()) {
            out.append(i2).append(name("editor", null, n)).append('\n');
        }
        String level = !part ? "m" : e.type().startsWith("article") ? "j" : "m";
        out.append(i2).append(element("title", " level=\"" + level + "\"", part ? e.containerTitle() : e.title()))
                .append('\n');
        if (!part && e.doi() != null) {
            out.append(i2).append(element("idno", " type=\"DOI\"", e.doi())).append('\n');
        }
        if (e.isbn() != null) {
            out.append(i2).append(element("idno", " type=\"ISBN\"", e.isbn())).append('\n');
        }
        if (e.url() != null) {
            out.append(i2).append(element("idno", " type=\"URI\"", e.url())).append('\n');
        }
        if (e.language() != null) {
            out.append(i2).append("<textLang mainLang=\"").append(Xml.escapeAttribute(e.language())).append("\"/>\n");
        }
        for (BibName n : e.translators()) {
            out.append(i2).append(name("editor", " role=\"translator\"", n)).append('\n');
        }
        if (e.edition() != null) {
            out.append(i2).append(element("edition", "", e.edition())).append('\n');
        }
        out.append(i2).append("<imprint>\n");
        boolean any = false;
        if (e.place() != null) {
            out.append(i3).append(element("pubPlace", "", e.place())).append('\n');
            any = true;
        }
        if (e.publisher() != null) {
            out.append(i3).append(element("publisher", "", e.publisher())).append('\n');
            any = true;
        }
        if (e.issued() != null && (e.issued().year() != null || e.issued().text() != null)) {
            BibDate d = e.issued();
            String when = d.year() == null ? "" : " when=\"" + String.format("%04d", d.year()) + "\"";
            out.append(i3).append(element("date", when, d.text() != null ? d.text() : String.valueOf(d.year())))
                    .append('\n');
            any = true;
        }
        if (e.volume() != null) {
            out.append(i3).append(element("biblScope", " unit=\"volume\"", e.volume())).append('\n');
            any = true;
        }
        if (e.issue() != null) {
            out.append(i3).append(element("biblScope", " unit=\"issue\"", e.issue())).append('\n');
            any = true;
        }
        if (e.pages() != null) {
            out.append(i3).append(element("biblScope", " unit=\"page\"", e.pages())).append('\n');
            any = true;
        }
        if (!any) {
            out.append(i3).append("<date/>\n");
        }
        out.append(i2).append("</imprint>\n");
        out.append(i1).append("</monogr>\n");
        if (e.note() != null) {
            out.append(i1).append(element("note", "", e.note())).append('\n');
        }
        out.append(indent).append("</biblStruct>");
        return out.toString();
    }

    private static String element(String name, String attrs, String text) {
        return "<" + name + attrs + ">" + Xml.escapeText(text == null ? "" : text) + "</" + name + ">";
    }

    private static String name(String element, String attrs, BibName n) {
        String a = attrs == null ? "" : attrs;
        if (n.isLiteral()) {
            return element(element, a, n.literal());
        }
        StringBuilder out = new StringBuilder("<").append(element).append(a).append(">");
        if (n.given() != null) {
            out.append("<forename>").append(Xml.escapeText(n.given())).append("</forename> ");
        }
        if (n.family() != null || n.given() == null) {
            out.append("<surname>").append(Xml.escapeText(n.family() == null ? "" : n.family())).append("</surname>");
        }
        return out.append("</").append(element).append(">").toString();
    }
}
