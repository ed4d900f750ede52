package org.siglum.apparatus.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.siglum.apparatus.ApparatusChange;
import org.siglum.apparatus.ApparatusEntry;
import org.siglum.apparatus.ApparatusException;
import org.siglum.apparatus.ApparatusService;
import org.siglum.apparatus.ReadingSpec;
import org.siglum.apparatus.Witness;
import org.siglum.core.EditionDocument;
import org.siglum.core.Problem;
import org.siglum.core.TextReplacement;
import org.siglum.core.Xml;
import org.siglum.core.XmlAttribute;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlNode;
import org.siglum.core.XmlText;
import org.siglum.core.XmlTree;
import org.siglum.core.tei.TeiApparatusEntry;
import org.siglum.core.tei.TeiEdition;
import org.siglum.core.tei.TeiReading;
import org.siglum.core.tei.TeiWitness;

/**
 * The apparatus over the document core: reads with {@link TeiEdition}, changes by computing minimal text
 * replacements on the source and applying them as one compound edit (decision 0009).
 */
@Component(service = ApparatusService.class)
public final class DocumentApparatus implements ApparatusService {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    /** Elements that hold no running text: an entry there would be invalid. */
    static final Set<String> NO_RUNNING_TEXT = Set.of("TEI", "teiHeader", "text", "front", "body", "back",
            "div", "div1", "div2", "div3", "div4", "div5", "div6", "div7", "lg", "cit", "choice", "listBibl",
            "listPerson", "listWit", "biblStruct", "monogr", "analytic", "imprint", "person", "witness");

    /** Elements of the apparatus itself: a range inside them would nest entries (refused, decision 0009). */
    static final Set<String> APPARATUS = Set.of("app", "lem", "rdg", "rdgGrp", "witDetail");

    // ------------------------------------------------------------------ reading

    @Override
    public List<ApparatusEntry> entries(EditionDocument document) {
        XmlTree tree = document.tree();
        TeiEdition tei = TeiEdition.of(tree);
        EntryReader reader = new EntryReader(tree, tei);
        List<TeiApparatusEntry> apps = tei.apparatus();
        List<ApparatusEntry> out = new ArrayList<>(apps.size());
        for (int i = 0; i < apps.size(); i++) {
            out.add(reader.entry(apps.get(i), i + 1));
        }
        return out;
    }

    @Override
    public ApparatusEntry entry(EditionDocument document, String id) throws ApparatusException {
        XmlTree tree = document.tree();
        Found found = find(tree, id);
        return new EntryReader(tree, TeiEdition.of(tree)).entry(found.app, found.number);
    }

    private record Found(TeiApparatusEntry app, int number) {
    }

    private static Found find(XmlTree tree, String id) throws ApparatusException {
        Objects.requireNonNull(id, "id");
        List<TeiApparatusEntry> apps = TeiEdition.of(tree).apparatus();
        for (int i = 0; i < apps.size(); i++) {
            if (id.equals(apps.get(i).xmlId())) {
                return new Found(apps.get(i), i + 1);
            }
        }
        if (!id.isEmpty() && id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                int n = Integer.parseInt(id);
                if (n >= 1 && n <= apps.size()) {
                    return new Found(apps.get(n - 1), n);
                }
            } catch (NumberFormatException tooLong) {
                // falls through to the refusal below
            }
            throw new ApparatusException("there is no entry number " + id + " (the edition has " + apps.size()
                    + (apps.size() == 1 ? " entry)" : " entries)"));
        }
        throw new ApparatusException("there is no entry with xml:id '" + id + "'");
    }

    @Override
    public List<Witness> witnesses(EditionDocument document) {
        List<Witness> out = new ArrayList<>();
        for (TeiWitness w : TeiEdition.of(document.tree()).witnesses()) {
            if (w.xmlId() != null) {
                out.add(new Witness(w.xmlId(), w.siglum(), w.description(), w.element().start()));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ witnesses

    @Override
    public ApparatusChange addWitness(EditionDocument document, String id, String name) throws ApparatusException {
        XmlTree tree = wellFormed(document);
        TeiEdition tei = TeiEdition.of(tree);
        if (!DocumentConventions.isNcName(id)) {
            throw new ApparatusException("'" + id + "' cannot be an xml:id: it must be a name (a letter or '_', then "
                    + "letters, digits, '-', '_' or '.')");
        }
        for (XmlElement e : tree.elementList()) {
            if (id.equals(e.attribute(XML_NS, "id").orElse(null))) {
                throw new ApparatusException("the xml:id '" + id + "' is already used by <" + e.qName() + ">",
                        e.start());
            }
        }
        String text = name == null ? "" : name;
        XmlElement listWit = first(tree, tei, "listWit");
        TextReplacement r;
        if (listWit != null) {
            char q = DocumentConventions.quoteBefore(tree, listWit.startTagEnd());
            String witness = witnessMarkup(listWit, id, text, q);
            XmlElement last = null;
            for (XmlElement c : listWit.childElements()) {
                if (tei.isTei(c, "witness")) {
                    last = c;
                }
            }
            if (last != null) {
                r = TextReplacement.insert(last.end(), indentBefore(tree, last) + witness);
            } else {
                r = content(tree, listWit, witness, true);
            }
        } else {
            XmlElement sourceDesc = first(tree, tei, "sourceDesc");
            if (sourceDesc == null) {
                throw new ApparatusException("the edition has no sourceDesc to declare witnesses in");
            }
            XmlElement firstChild = null;
            for (XmlElement c : sourceDesc.childElements()) {
                if (tei.isTei(c, "p")) {
                    throw new ApparatusException("the sourceDesc holds paragraphs, beside which the schema allows no "
                            + "listWit: describe the sources in lists instead", c.start());
                }
                if (firstChild == null) {
                    firstChild = c;
                }
            }
            char q = DocumentConventions.quoteBefore(tree, sourceDesc.startTagEnd());
            String list = "<" + DocumentConventions.name(sourceDesc, "listWit") + ">" + witnessMarkup(sourceDesc, id, text, q) + "</"
                    + DocumentConventions.name(sourceDesc, "listWit") + ">";
            r = firstChild != null ? TextReplacement.insert(firstChild.start(), list + indentBefore(tree, firstChild))
                    : content(tree, sourceDesc, list, true);
        }
        return apply(document, "add witness " + id, null, List.of(r));
    }

    private static String witnessMarkup(XmlElement context, String id, String name, char q) {
        String w = DocumentConventions.name(context, "witness");
        return "<" + w + " xml:id=" + q + Xml.escapeAttribute(id, q) + q + ">" + Xml.escapeText(name) + "</" + w + ">";
    }

    private static XmlElement first(XmlTree tree, TeiEdition tei, String local) {
        for (XmlElement e : tree.elementList()) {
            if (tei.isTei(e, local)) {
                return e;
            }
        }
        return null;
    }

    /** The whitespace (with a line break) just before an element, to repeat before a sibling; "" if it is inline. */
    private static String indentBefore(XmlTree tree, XmlElement e) {
        XmlElement parent = e.parent();
        if (parent == null) {
            return "";
        }
        List<XmlNode> kids = parent.children();
        int i = kids.indexOf(e);
        if (i > 0 && kids.get(i - 1) instanceof XmlText t && t.isWhitespace()) {
            String ws = t.rawText();
            int nl = Math.max(ws.lastIndexOf('\n'), ws.lastIndexOf('\r'));
            if (nl >= 0) {
                int from = nl > 0 && ws.charAt(nl) == '\n' && ws.charAt(nl - 1) == '\r' ? nl - 1 : nl;
                return ws.substring(from);
            }
        }
        return "";
    }

    // ------------------------------------------------------------------ entries

    @Override
    public ApparatusChange createEntry(EditionDocument document, int start, int end, List<String> lemmaWitnesses,
            ReadingSpec reading) throws ApparatusException {
        XmlTree tree = wellFormed(document);
        TeiEdition tei = TeiEdition.of(tree);
        if (start < 0 || end > tree.length() || start > end) {
            throw new ApparatusException("the range " + start + ":" + end + " is outside the text (0:" + tree.length()
                    + ")");
        }
        if (start == end) {
            throw new ApparatusException("the range is empty: the text it covers becomes the lemma", start);
        }
        XmlElement parent = container(tree, start);
        XmlElement parentOfEnd = container(tree, end);
        if (parent == null || parentOfEnd == null) {
            throw new ApparatusException("the range is outside the root element", parent == null ? start : end);
        }
        if (parent != parentOfEnd) {
            throw new ApparatusException("the range crosses an element boundary: it starts in <" + parent.qName()
                    + "> and ends in <" + parentOfEnd.qName() + ">", end);
        }
        splittable(tree, parent, start);
        splittable(tree, parent, end);
        boolean inText = false;
        for (XmlElement a = parent; a != null; a = a.parent()) {
            if (!Objects.equals(a.namespaceUri(), tei.namespace())) {
                continue;
            }
            if (APPARATUS.contains(a.localName())) {
                throw new ApparatusException("the range is inside an apparatus entry (<" + a.qName()
                        + ">): nested entries are not supported", start);
            }
            if (a.localName().equals("text")) {
                inText = true;
            }
        }
        if (!inText) {
            throw new ApparatusException("the range is outside the edition's text: entries belong in <text>", start);
        }
        if (!tei.isTei(parent, parent.localName()) || NO_RUNNING_TEXT.contains(parent.localName())) {
            throw new ApparatusException("<" + parent.qName() + "> holds no running text: an entry must be inside a "
                    + "paragraph, line, head or phrase", start);
        }
        for (XmlElement e : tree.elementList()) {
            if (e.start() >= end) {
                break;
            }
            if (e.start() >= start && tei.isTei(e, "app")) {
                throw new ApparatusException("the range holds an apparatus entry: nested entries are not supported",
                        e.start());
            }
        }
        List<String> lemWit = lemmaWitnesses == null ? List.of() : lemmaWitnesses;
        Set<String> declared = declared(tei);
        Set<String> named = new HashSet<>();
        checkWitnesses(declared, named, lemWit, start, false);
        if (reading != null) {
            checkWitnesses(declared, named, reading.witnesses(), start, true);
        }

        String id = newEntryId(tree);
        char q = DocumentConventions.quoteBefore(tree, start);
        String lem = DocumentConventions.name(parent, "lem");
        String app = DocumentConventions.name(parent, "app");
        String open = "<" + app + " xml:id=" + q + id + q + "><" + lem
                + (lemWit.isEmpty() ? "" : " wit=" + q + DocumentConventions.pointers(lemWit) + q) + ">";
        String close = "</" + lem + ">" + (reading == null ? "" : readingMarkup(parent, reading, q)) + "</" + app + ">";
        String lemma = DocumentConventions.brief(tree.text(start, end));
        String what = "added entry " + id + " over \"" + lemma + "\""
                + (reading == null ? "" : " with " + String.join(" ", reading.witnesses()) + " \""
                        + DocumentConventions.brief(reading.text()) + "\"");
        return apply(document, what, id, List.of(TextReplacement.insert(start, open), TextReplacement.insert(end, close)));
    }

    static String readingMarkup(XmlElement context, ReadingSpec r, char q) {
        String rdg = DocumentConventions.name(context, "rdg");
        StringBuilder sb = new StringBuilder("<").append(rdg).append(" wit=").append(q)
                .append(DocumentConventions.pointers(r.witnesses())).append(q);
        if (r.cause() != null) {
            sb.append(" cause=").append(q).append(Xml.escapeAttribute(r.cause(), q)).append(q);
        }
        if (r.type() != null) {
            sb.append(" type=").append(q).append(Xml.escapeAttribute(r.type(), q)).append(q);
        }
        return sb.append('>').append(Xml.escapeText(r.text())).append("</").append(rdg).append('>').toString();
    }

    /** The deepest element whose content (between its tags) holds the offset; null outside the root's content. */
    static XmlElement container(XmlTree tree, int offset) {
        XmlElement e = tree.root().orElse(null);
        if (e == null || !holds(e, offset)) {
            return null;
        }
        descend:
        while (true) {
            List<XmlNode> kids = e.children();
            int lo = 0;
            int hi = kids.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                XmlNode n = kids.get(mid);
                if (offset < n.start()) {
                    hi = mid - 1;
                } else if (offset > n.end()) {
                    lo = mid + 1;
                } else {
                    // offset may touch two neighbours (n.end == next.start): only an element can hold it inside
                    for (int j = Math.max(0, mid - 1); j <= Math.min(kids.size() - 1, mid + 1); j++) {
                        if (kids.get(j) instanceof XmlElement c && holds(c, offset)) {
                            e = c;
                            continue descend;
                        }
                    }
                    return e;
                }
            }
            return e;
        }
    }

    private static boolean holds(XmlElement e, int offset) {
        return e.endTagStart() >= 0 && e.startTagEnd() <= offset && offset <= e.endTagStart();
    }

    /** Refuses an offset inside a child's markup, a reference, a comment, or between two halves of a character. */
    static void splittable(XmlTree tree, XmlElement parent, int offset) throws ApparatusException {
        for (XmlNode n : parent.children()) {
            if (n.start() < offset && offset < n.end()) {
                if (n instanceof XmlText t) {
                    String before = tree.text(t.start(), offset);
                    int amp = before.lastIndexOf('&');
                    if (amp >= 0 && before.indexOf(';', amp) < 0) {
                        throw new ApparatusException("the range starts or ends inside a character or entity reference",
                                offset);
                    }
                    if (Character.isHighSurrogate(tree.text(offset - 1, offset).charAt(0))) {
                        throw new ApparatusException("the range starts or ends between the two halves of a character",
                                offset);
                    }
                    if (tree.text(offset - 1, offset + 1).equals("\r\n")) {
                        throw new ApparatusException("the range starts or ends inside a line break", offset);
                    }
                    return;
                }
                String what = n instanceof XmlElement e ? "a tag of <" + e.qName() + ">"
                        : n.getClass().getSimpleName().replace("Xml", "").toLowerCase(java.util.Locale.ROOT);
                throw new ApparatusException("the range starts or ends inside " + what, offset);
            }
        }
    }

    private static String newEntryId(XmlTree tree) {
        return newEntryIds(tree, 1).get(0);
    }

    /** {@code count} new entry ids, {@code app-N} numbered on from the highest in use, none already taken. */
    static List<String> newEntryIds(XmlTree tree, int count) {
        Set<String> ids = new HashSet<>();
        int max = 0;
        for (XmlElement e : tree.elementList()) {
            String id = e.attribute(XML_NS, "id").orElse(null);
            if (id != null) {
                ids.add(id);
                if (id.startsWith("app-")) {
                    try {
                        max = Math.max(max, Integer.parseInt(id.substring(4)));
                    } catch (NumberFormatException notOurs) {
                        // an id such as app-intro: not one of the numbered ones
                    }
                }
            }
        }
        List<String> out = new ArrayList<>(count);
        int n = max + 1;
        while (out.size() < count) {
            if (!ids.contains("app-" + n)) {
                out.add("app-" + n);
            }
            n++;
        }
        return out;
    }

    @Override
    public ApparatusChange addReading(EditionDocument document, String entryId, ReadingSpec reading)
            throws ApparatusException {
        Objects.requireNonNull(reading, "reading");
        XmlTree tree = wellFormed(document);
        TeiEdition tei = TeiEdition.of(tree);
        Found found = find(tree, entryId);
        XmlElement app = found.app.element();
        if (!app.closed() || app.selfClosing()) {
            throw new ApparatusException("entry " + entryId + " is empty (<app/>): delete it and make it again",
                    app.start());
        }
        Set<String> named = namedIn(found.app, null);
        checkWitnesses(declared(tei), named, reading.witnesses(), app.start(), true);
        XmlElement last = null;
        for (XmlElement c : app.childElements()) {
            if (tei.isTei(c, "lem") || tei.isTei(c, "rdg") || tei.isTei(c, "rdgGrp")) {
                last = c;
            }
        }
        int at = last != null ? last.end() : app.endTagStart();
        String markup = (last != null ? indentBefore(tree, last) : "")
                + readingMarkup(app, reading, DocumentConventions.quoteBefore(tree, at));
        String id = idOf(found);
        return apply(document, "added to entry " + id + ": " + String.join(" ", reading.witnesses()) + " \""
                + DocumentConventions.brief(reading.text()) + "\"", id, List.of(TextReplacement.insert(at, markup)));
    }

    @Override
    public ApparatusChange editReading(EditionDocument document, String entryId, String witness, ReadingSpec reading)
            throws ApparatusException {
        Objects.requireNonNull(reading, "reading");
        XmlTree tree = wellFormed(document);
        TeiEdition tei = TeiEdition.of(tree);
        Found found = find(tree, entryId);
        TeiReading target = readingOf(found, witness);
        Set<String> named = namedIn(found.app, target);
        // a token the reading already has stays allowed, declared or not: editing its text is no reason to refuse
        Set<String> declared = new HashSet<>(declared(tei));
        declared.addAll(EntryReader.witnessesOf(target.element()));
        checkWitnesses(declared, named, reading.witnesses(), target.element().start(), true);
        XmlElement rdg = target.element();
        List<TextReplacement> edits = new ArrayList<>();
        char q = DocumentConventions.quoteBefore(tree, rdg.start() + 1);
        StringBuilder added = new StringBuilder();
        attribute(tree, rdg, "wit", DocumentConventions.pointers(reading.witnesses()), q, edits, added);
        attribute(tree, rdg, "cause", reading.cause(), q, edits, added);
        attribute(tree, rdg, "type", reading.type(), q, edits, added);
        if (added.length() > 0) {
            edits.add(TextReplacement.insert(attributesEnd(rdg), added.toString()));
        }
        EntryReader reader = new EntryReader(tree, tei);
        if (!reader.text(rdg).equals(reading.text())) {
            // the markup inside the reading stays: only the characters that differ are replaced, in their text nodes
            List<TextReplacement> text = rdg.selfClosing() ? null
                    : TextEdits.of(reader.leaves(rdg), reading.text(), rdg.endTagStart());
            if (text != null) {
                edits.addAll(text);
            } else {
                addIfAny(edits, content(tree, rdg, Xml.escapeText(reading.text()), false));
            }
        }
        String id = idOf(found);
        return apply(document, "edited the reading of " + witness + " in entry " + id, id, edits);
    }

    @Override
    public ApparatusChange deleteReading(EditionDocument document, String entryId, String witness)
            throws ApparatusException {
        XmlTree tree = wellFormed(document);
        TeiEdition tei = TeiEdition.of(tree);
        Found found = find(tree, entryId);
        XmlElement gone = readingOf(found, witness).element();
        // a rdgGrp must keep a reading: an emptied group goes too
        while (gone.parent() != null && tei.isTei(gone.parent(), "rdgGrp") && gone.parent().childElements().size() == 1) {
            gone = gone.parent();
        }
        String id = idOf(found);
        return apply(document, "deleted the reading of " + witness + " from entry " + id, id,
                List.of(deleteWithLine(tree, gone)));
    }

    /** Deletes an element; when it stands on a line of its own, its indentation and line break go with it. */
    private static TextReplacement deleteWithLine(XmlTree tree, XmlElement e) {
        int from = e.start();
        int i = from;
        while (i > 0 && isBlank(tree.text(i - 1, i).charAt(0))) {
            i--;
        }
        int after = e.end();
        while (after < tree.length() && isBlank(tree.text(after, after + 1).charAt(0))) {
            after++;
        }
        char next = after < tree.length() ? tree.text(after, after + 1).charAt(0) : '\n';
        if (i > 0 && (next == '\n' || next == '\r' || next == '<')) {
            char before = tree.text(i - 1, i).charAt(0);
            if (before == '\n') {
                i--;
                if (i > 0 && tree.text(i - 1, i).charAt(0) == '\r') {
                    i--;
                }
                from = i;
            } else if (before == '\r') {
                from = i - 1;
            }
        }
        return TextReplacement.delete(from, e.end() - from);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    @Override
    public ApparatusChange promote(EditionDocument document, String entryId, String witness)
            throws ApparatusException {
        return promote(document, entryId, witness, List.of());
    }

    @Override
    public ApparatusChange promote(EditionDocument document, String entryId, String witness,
            List<String> lemmaWitnesses) throws ApparatusException {
        XmlTree tree = wellFormed(document);
        Found found = find(tree, entryId);
        String id = idOf(found);
        TeiReading rdg = readingOf(found, witness);
        TeiReading lem = found.app.lemma().orElseThrow(() -> new ApparatusException("entry " + id
                + " has no lemma to exchange with the reading", found.app.element().start()));
        List<String> oldLemma = lemmaWitnesses == null || lemmaWitnesses.isEmpty() ? lem.witnesses() : lemmaWitnesses;
        if (oldLemma.isEmpty()) {
            throw new ApparatusException("the lemma of entry " + id + " names no witness: it would become a reading "
                    + "without @wit (name the lemma's witnesses)", lem.element().start());
        }
        if (oldLemma != lem.witnesses()) {
            Set<String> named = new HashSet<>();
            for (TeiReading r : found.app.readings()) {
                named.addAll(r.witnesses());
            }
            checkWitnesses(declared(TeiEdition.of(tree)), named, oldLemma, lem.element().start(), true);
        }
        XmlElement l = lem.element();
        XmlElement r = rdg.element();
        List<TextReplacement> edits = new ArrayList<>();
        String lemContent = rawContent(tree, l);
        String rdgContent = rawContent(tree, r);
        if (!lemContent.equals(rdgContent)) {
            addIfAny(edits, content(tree, l, rdgContent, false));
            addIfAny(edits, content(tree, r, lemContent, false));
        }
        XmlAttribute lw = attributeNamed(l, "wit");
        XmlAttribute rw = attributeNamed(r, "wit");
        if (rw == null) {
            throw new ApparatusException("the reading of " + witness + " in entry " + id + " takes its witnesses from "
                    + "its rdgGrp: give it a @wit of its own first", r.start());
        }
        if (lw != null) {
            edits.add(new TextReplacement(lw.valueStart(), lw.valueEnd() - lw.valueStart(),
                    Xml.escapeAttribute(rw.value(), lw.quote())));
        } else {
            edits.add(TextReplacement.insert(attributesEnd(l), " wit=" + rw.quote()
                    + Xml.escapeAttribute(rw.value(), rw.quote()) + rw.quote()));
        }
        edits.add(new TextReplacement(rw.valueStart(), rw.valueEnd() - rw.valueStart(),
                Xml.escapeAttribute(DocumentConventions.pointers(oldLemma), rw.quote())));
        return apply(document, "promoted the reading of " + String.join(" ", rdg.witnesses()) + " (\""
                + DocumentConventions.brief(rdg.text()) + "\") to lemma of entry " + id + "; \"" + DocumentConventions.brief(lem.text())
                + "\" is now the reading of " + String.join(" ", oldLemma), id, edits);
    }

    @Override
    public ApparatusChange deleteEntry(EditionDocument document, String entryId) throws ApparatusException {
        XmlTree tree = wellFormed(document);
        Found found = find(tree, entryId);
        String id = idOf(found);
        XmlElement app = found.app.element();
        Optional<TeiReading> lem = found.app.lemma();
        List<TextReplacement> edits = new ArrayList<>();
        if (lem.isEmpty() || lem.get().element().selfClosing() || !app.closed() || app.selfClosing()) {
            edits.add(TextReplacement.delete(app.start(), app.end() - app.start()));
        } else {
            XmlElement l = lem.get().element();
            edits.add(TextReplacement.delete(app.start(), l.startTagEnd() - app.start()));
            edits.add(TextReplacement.delete(l.endTagStart(), app.end() - l.endTagStart()));
        }
        return apply(document, "deleted entry " + id + "; its lemma \"" + DocumentConventions.brief(found.app.lemma()
                .map(TeiReading::text).orElse("")) + "\" stays as text", id, edits);
    }

    // ------------------------------------------------------------------ helpers

    static XmlTree wellFormed(EditionDocument document) throws ApparatusException {
        XmlTree tree = document.tree();
        if (!tree.isWellFormed()) {
            Problem p = tree.problems().stream().filter(x -> x.severity() == Problem.Severity.ERROR).findFirst()
                    .orElseThrow();
            throw new ApparatusException("the edition is not well-formed (" + p.message() + "): fix that first",
                    p.offset());
        }
        return tree;
    }

    private static String idOf(Found found) {
        return found.app.xmlId() != null ? found.app.xmlId() : Integer.toString(found.number);
    }

    static Set<String> declared(TeiEdition tei) {
        Set<String> ids = new HashSet<>();
        for (TeiWitness w : tei.witnesses()) {
            if (w.xmlId() != null) {
                ids.add(w.xmlId());
            }
        }
        return ids;
    }

    /** The witnesses named in an entry's lemma and readings, leaving one reading out. */
    private static Set<String> namedIn(TeiApparatusEntry app, TeiReading except) {
        Set<String> named = new LinkedHashSet<>();
        app.lemma().ifPresent(l -> named.addAll(l.witnesses()));
        for (TeiReading r : app.readings()) {
            if (r != except) {
                named.addAll(EntryReader.witnessesOf(r.element()));
            }
        }
        return named;
    }

    static void checkWitnesses(Set<String> declared, Set<String> named, List<String> witnesses, int offset,
            boolean required) throws ApparatusException {
        if (required && witnesses.isEmpty()) {
            throw new ApparatusException("a reading must name at least one witness", offset);
        }
        for (String w : witnesses) {
            if (!declared.contains(w)) {
                throw new ApparatusException("the witness '" + w + "' is not declared in a listWit"
                        + (declared.isEmpty() ? " (the edition declares none)" : " (declared: "
                                + String.join(", ", new java.util.TreeSet<>(declared)) + ")"), offset);
            }
            if (!named.add(w)) {
                throw new ApparatusException("the witness '" + w + "' would be named twice in one entry", offset);
            }
        }
    }

    private static TeiReading readingOf(Found found, String witness) throws ApparatusException {
        for (TeiReading r : found.app.readings()) {
            if (EntryReader.witnessesOf(r.element()).contains(witness)) {
                return r;
            }
        }
        throw new ApparatusException("entry " + idOf(found) + " has no reading of the witness '" + witness + "'",
                found.app.element().start());
    }

    private static XmlAttribute attributeNamed(XmlElement e, String qName) {
        for (XmlAttribute a : e.attributes()) {
            if (a.qName().equals(qName)) {
                return a;
            }
        }
        return null;
    }

    /** Where a new attribute goes: after the last one, or after the element's name. */
    private static int attributesEnd(XmlElement e) {
        List<XmlAttribute> as = e.attributes();
        return as.isEmpty() ? e.start() + 1 + e.qName().length() : as.get(as.size() - 1).end();
    }

    /**
     * Sets, changes or removes (value null) an attribute: changes its value in place, removes it with the space
     * before it, or appends " name='value'" to {@code added} (inserted after the last attribute by the caller).
     */
    private static void attribute(XmlTree tree, XmlElement e, String qName, String value, char q,
            List<TextReplacement> edits, StringBuilder added) {
        XmlAttribute a = attributeNamed(e, qName);
        if (a == null) {
            if (value != null) {
                added.append(' ').append(qName).append('=').append(q).append(Xml.escapeAttribute(value, q)).append(q);
            }
        } else if (value == null) {
            int from = a.start();
            while (from > 0 && Character.isWhitespace(tree.text(from - 1, from).charAt(0))) {
                from--;
            }
            edits.add(TextReplacement.delete(from, a.end() - from));
        } else if (!value.equals(a.value())) {
            edits.add(new TextReplacement(a.valueStart(), a.valueEnd() - a.valueStart(),
                    Xml.escapeAttribute(value, a.quote())));
        }
    }

    private static String rawContent(XmlTree tree, XmlElement e) {
        return e.selfClosing() || e.endTagStart() < 0 ? "" : tree.text(e.startTagEnd(), e.endTagStart());
    }

    /**
     * Replaces an element's content by markup (already escaped). An empty-element tag {@code <x/>} becomes
     * {@code <x>markup</x>}. Null when nothing changes.
     */
    private static TextReplacement content(XmlTree tree, XmlElement e, String markup, boolean append) {
        if (e.selfClosing()) {
            if (markup.isEmpty()) {
                return null;
            }
            return new TextReplacement(e.end() - 2, 2, ">" + markup + "</" + e.qName() + ">");
        }
        if (append) {
            return TextReplacement.insert(e.endTagStart(), markup);
        }
        if (tree.text(e.startTagEnd(), e.endTagStart()).equals(markup)) {
            return null;
        }
        return new TextReplacement(e.startTagEnd(), e.endTagStart() - e.startTagEnd(), markup);
    }

    private static void addIfAny(List<TextReplacement> edits, TextReplacement r) {
        if (r != null) {
            edits.add(r);
        }
    }

    static ApparatusChange apply(EditionDocument document, String description, String entryId,
            List<TextReplacement> edits) {
        if (edits.isEmpty()) {
            return new ApparatusChange(description + " (nothing to change)", entryId, edits, 0, 0);
        }
        List<TextReplacement> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextReplacement::offset).thenComparingInt(TextReplacement::length));
        int delta = 0;
        for (TextReplacement r : sorted) {
            delta += r.text().length() - r.length();
        }
        int start = sorted.get(0).offset();
        int end = sorted.get(sorted.size() - 1).end() + delta;
        document.apply(description, sorted);
        return new ApparatusChange(description, entryId, sorted, start, end);
    }
}
