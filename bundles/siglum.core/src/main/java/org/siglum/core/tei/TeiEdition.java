package org.siglum.core.tei;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;

/**
 * A TEI view of one parse. The TEI namespace is {@value #TEI_NS}; a document whose root element is in no namespace
 * is read as TEI without namespace. Only elements in that namespace count (so examples in other namespaces, such as
 * {@code egXML} content, do not).
 */
public final class TeiEdition {
    /** The TEI namespace. */
    public static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final XmlTree tree;
    private final String ns;

    private TeiEdition(XmlTree tree) {
        this.tree = tree;
        XmlElement root = tree.root().orElse(null);
        this.ns = root != null && root.namespaceUri() == null ? null : TEI_NS;
    }

    public static TeiEdition of(XmlTree tree) {
        return new TeiEdition(Objects.requireNonNull(tree, "tree"));
    }

    public XmlTree tree() {
        return tree;
    }

    /** The TEI namespace this edition uses: {@value #TEI_NS}, or null for a no-namespace TEI document. */
    public String namespace() {
        return ns;
    }

    /** True if the element is a TEI element with this local name. */
    public boolean isTei(XmlElement e, String local) {
        return e.localName().equals(local) && Objects.equals(e.namespaceUri(), ns);
    }

    private boolean isTei(XmlElement e) {
        return Objects.equals(e.namespaceUri(), ns);
    }

    private List<XmlElement> named(String... locals) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement e : tree.elementList()) {
            if (isTei(e)) {
                String l = e.localName();
                for (String want : locals) {
                    if (l.equals(want)) {
                        out.add(e);
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean isDivision(String local) {
        return local.equals("div") || local.length() == 4 && local.startsWith("div") && local.charAt(3) >= '1'
                && local.charAt(3) <= '7';
    }

    /** Divisions in document order. */
    public List<TeiDivision> divisions() {
        List<TeiDivision> out = new ArrayList<>();
        for (XmlElement e : tree.elementList()) {
            if (!isTei(e) || !isDivision(e.localName())) {
                continue;
            }
            int level;
            if (e.localName().length() == 4) {
                level = e.localName().charAt(3) - '0';
            } else {
                level = 1;
                for (XmlElement a = e.parent(); a != null; a = a.parent()) {
                    if (isTei(a) && isDivision(a.localName())) {
                        level++;
                    }
                }
            }
            String head = null;
            for (XmlElement c : e.childElements()) {
                if (isTei(c, "head")) {
                    head = collapse(c.textContent());
                    break;
                }
            }
            out.add(new TeiDivision(e, level, attr(e, "type"), xmlId(e), head));
        }
        return out;
    }

    /** Number of {@code p} elements. */
    public int paragraphs() {
        return named("p").size();
    }

    /** {@code witness} elements (normally inside {@code listWit}). */
    public List<TeiWitness> witnesses() {
        List<TeiWitness> out = new ArrayList<>();
        for (XmlElement w : named("witness")) {
            String siglum = null;
            for (XmlElement c : w.childElements()) {
                if ((isTei(c, "abbr") && "siglum".equals(attr(c, "type"))) || isTei(c, "idno")) {
                    siglum = collapse(c.textContent());
                    break;
                }
            }
            if (siglum == null) {
                siglum = attr(w, "n") != null ? attr(w, "n") : xmlId(w);
            }
            out.add(new TeiWitness(w, xmlId(w), siglum, collapse(w.textContent())));
        }
        return out;
    }

    /** Apparatus entries ({@code app}) in document order. */
    public List<TeiApparatusEntry> apparatus() {
        List<TeiApparatusEntry> out = new ArrayList<>();
        for (XmlElement app : named("app")) {
            TeiReading lemma = null;
            List<TeiReading> readings = new ArrayList<>();
            List<XmlElement> kids = new ArrayList<>(app.childElements());
            for (int i = 0; i < kids.size(); i++) {
                XmlElement c = kids.get(i);
                if (isTei(c, "lem") && lemma == null) {
                    lemma = reading(c);
                } else if (isTei(c, "rdg")) {
                    readings.add(reading(c));
                } else if (isTei(c, "rdgGrp")) {
                    kids.addAll(i + 1, c.childElements());
                }
            }
            out.add(new TeiApparatusEntry(app, xmlId(app), Optional.ofNullable(lemma),
                    Collections.unmodifiableList(readings), app.start()));
        }
        return out;
    }

    private TeiReading reading(XmlElement e) {
        return new TeiReading(e, e.textContent(), pointers(attr(e, "wit")), attr(e, "cause"), attr(e, "type"));
    }

    /** The ids of a pointer list ("#A #B" gives A, B). */
    public static List<String> pointers(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String t : value.trim().split("[ \t\r\n]+")) {
            out.add(t.startsWith("#") ? t.substring(1) : t);
        }
        return Collections.unmodifiableList(out);
    }

    /** Notes in document order. */
    public List<TeiNote> notes() {
        List<TeiNote> out = new ArrayList<>();
        for (XmlElement n : named("note")) {
            out.add(new TeiNote(n, attr(n, "n"), attr(n, "place"), attr(n, "type"), xmlId(n), attr(n, "target"),
                    collapse(n.textContent())));
        }
        return out;
    }

    /** Note anchors in document order (see {@link TeiAnchor} for the model). */
    public List<TeiAnchor> anchors() {
        List<TeiNote> notes = notes();
        Map<String, XmlElement> anchorsById = new HashMap<>();
        for (XmlElement a : named("anchor")) {
            String id = xmlId(a);
            if (id != null) {
                anchorsById.putIfAbsent(id, a);
            }
        }
        Map<String, TeiNote> notesById = new HashMap<>();
        List<TeiAnchor> out = new ArrayList<>();
        for (TeiNote note : notes) {
            if (note.xmlId() != null) {
                notesById.putIfAbsent(note.xmlId(), note);
            }
            XmlElement anchor = null;
            for (String id : pointers(note.target())) {
                anchor = anchorsById.get(id);
                if (anchor != null) {
                    break;
                }
            }
            out.add(anchor != null ? new TeiAnchor(TeiAnchor.Kind.ANCHOR, anchor, note, anchor.start())
                    : new TeiAnchor(TeiAnchor.Kind.INLINE, note.element(), note, note.element().start()));
        }
        for (XmlElement r : named("ref", "ptr")) {
            for (String id : pointers(attr(r, "target"))) {
                TeiNote note = notesById.get(id);
                if (note != null) {
                    out.add(new TeiAnchor(TeiAnchor.Kind.REFERENCE, r, note, r.start()));
                    break;
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return out;
    }

    /** {@code bibl} and {@code biblStruct} elements in document order. */
    public List<TeiBibl> bibliography() {
        List<TeiBibl> out = new ArrayList<>();
        for (XmlElement b : named("bibl", "biblStruct")) {
            out.add(new TeiBibl(b, xmlId(b), collapse(b.textContent())));
        }
        return out;
    }

    /** Names in document order. */
    public List<TeiName> names() {
        List<TeiName> out = new ArrayList<>();
        for (XmlElement e : named("persName", "placeName", "orgName", "name", "geogName")) {
            out.add(new TeiName(e, e.localName(), attr(e, "ref"), attr(e, "key"), collapse(e.textContent())));
        }
        return out;
    }

    /** Unicode code points of the whole source text, markup included. */
    public long characters() {
        String all = tree.text(0, tree.length());
        return all.codePointCount(0, all.length());
    }

    /**
     * Unicode code points of the character data (text nodes, references expanded, line ends normalised; and CDATA)
     * inside the TEI {@code text} element, or inside the root when there is no {@code text}.
     */
    public long textCharacters() {
        XmlElement scope = null;
        for (XmlElement e : tree.elementList()) {
            if (isTei(e, "text")) {
                scope = e;
                break;
            }
        }
        if (scope == null) {
            scope = tree.root().orElse(null);
        }
        if (scope == null) {
            return 0;
        }
        String t = scope.textContent();
        return t.codePointCount(0, t.length());
    }

    /** The counts {@code siglum info} prints (see {@link TeiCounts} for what each counts). */
    public TeiCounts counts() {
        int div = 0;
        int p = 0;
        int app = 0;
        int rdg = 0;
        int wit = 0;
        int note = 0;
        int bibl = 0;
        int name = 0;
        for (XmlElement e : tree.elementList()) {
            if (!isTei(e)) {
                continue;
            }
            switch (e.localName()) {
                case "div", "div1", "div2", "div3", "div4", "div5", "div6", "div7" -> div++;
                case "p" -> p++;
                case "app" -> app++;
                case "rdg" -> rdg++;
                case "witness" -> wit++;
                case "note" -> note++;
                case "bibl", "biblStruct" -> bibl++;
                case "persName", "placeName", "orgName", "name", "geogName" -> name++;
                default -> {
                }
            }
        }
        return new TeiCounts(div, p, app, rdg, wit, note, bibl, name, characters());
    }

    private static String attr(XmlElement e, String name) {
        return e.attribute(name).orElse(null);
    }

    private static String xmlId(XmlElement e) {
        return e.attribute(XML_NS, "id").orElse(null);
    }

    /** Whitespace runs to one space, trimmed. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

}
