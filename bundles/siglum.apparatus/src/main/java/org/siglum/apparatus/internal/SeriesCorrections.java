package org.siglum.apparatus.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.siglum.apparatus.ApparatusChange;
import org.siglum.apparatus.ApparatusException;
import org.siglum.apparatus.Correction;
import org.siglum.apparatus.CorrectionDefaults;
import org.siglum.apparatus.CorrectionService;
import org.siglum.apparatus.Occurrence;
import org.siglum.apparatus.Scope;
import org.siglum.core.EditionDocument;
import org.siglum.core.TextLocation;
import org.siglum.core.TextReplacement;
import org.siglum.core.Xml;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlNode;
import org.siglum.core.XmlText;
import org.siglum.core.XmlTree;
import org.siglum.core.tei.TeiApparatusEntry;
import org.siglum.core.tei.TeiEdition;
import org.siglum.core.tei.TeiReading;
import org.siglum.core.tei.TeiWitness;

/**
 * Corrections over the document core (decision 0045): the base text is projected with the document offset of each
 * character, searched there, and each chosen occurrence becomes one replacement of exactly its range; a series is
 * one compound edit.
 */
@Component(service = CorrectionService.class)
public final class SeriesCorrections implements CorrectionService {

    /** Not the base text. */
    private static final Set<String> LEFT_OUT = Set.of("rdg", "rdgGrp", "note", "witDetail", "sic", "orig", "del",
            "teiHeader");
    /** Elements whose edges end a run of text: a form is not found across them. */
    private static final Set<String> BLOCKS = Set.of("text", "front", "body", "back", "group", "div", "div1", "div2",
            "div3", "div4", "div5", "div6", "div7", "p", "ab", "head", "l", "lg", "item", "list", "label", "table",
            "row", "cell", "quote", "trailer", "byline", "dateline", "opener", "closer", "salute", "signed",
            "argument", "epigraph", "figure", "figDesc", "listBibl", "bibl", "biblStruct", "listPerson", "person",
            "castList", "sp", "speaker", "stage");
    /** Stands for a block's edge in the projected text: no form contains it, so none is found across it. */
    private static final char EDGE = '\u0000';
    /** How many characters of context either side. */
    private static final int CONTEXT = 24;

    // ------------------------------------------------------------------ defaults

    @Override
    public CorrectionDefaults defaults(EditionDocument document) {
        TeiEdition tei = TeiEdition.of(document.tree());
        Set<String> declared = DocumentApparatus.declared(tei);
        Map<String, Integer> witnesses = new LinkedHashMap<>();
        Map<List<String>, Integer> lemmaWitnesses = new LinkedHashMap<>();
        Map<String, Integer> entryTypes = new LinkedHashMap<>();
        Map<String, Integer> types = new LinkedHashMap<>();
        int entries = 0;
        for (TeiApparatusEntry app : tei.apparatus()) {
            boolean ocr = false;
            for (TeiReading r : app.readings()) {
                if (CorrectionDefaults.OCR_ERROR.equals(r.cause())) {
                    ocr = true;
                    r.witnesses().stream().filter(declared::contains).forEach(w -> witnesses.merge(w, 1, Integer::sum));
                    if (r.type() != null) {
                        types.merge(r.type(), 1, Integer::sum);
                    }
                }
            }
            if (ocr) {
                entries++;
                List<String> lem = app.lemma().map(TeiReading::witnesses).orElse(List.of()).stream()
                        .filter(declared::contains).toList();
                lemmaWitnesses.merge(lem, 1, Integer::sum);
                app.element().attribute("type").ifPresent(t -> entryTypes.merge(t, 1, Integer::sum));
            }
        }
        Optional<String> witness = mostFrequent(witnesses);
        if (witness.isEmpty()) {
            witness = declared.stream().filter(w -> w.equalsIgnoreCase("OCR")).findFirst();
        }
        List<String> lemma;
        if (entries > 0) {
            lemma = mostFrequent(lemmaWitnesses).orElse(List.of());
        } else {
            lemma = declared.stream().filter(w -> w.equalsIgnoreCase("ED")).findFirst().map(List::of).orElse(List.of());
        }
        String ocrWitness = witness.orElse(null);
        lemma = lemma.stream().filter(w -> !w.equals(ocrWitness)).toList();
        // an entry type only the majority of the OCR entries share is a convention; a few typed ones are not
        int ocrEntries = entries;
        Optional<String> entryType = mostFrequent(entryTypes).filter(t -> entryTypes.get(t) * 2 > ocrEntries);
        List<String> typeList = new ArrayList<>(types.keySet());
        typeList.sort(Comparator.comparingInt((String t) -> -types.get(t)));
        return new CorrectionDefaults(witness, lemma, CorrectionDefaults.OCR_ERROR, entryType, typeList);
    }

    private static <K> Optional<K> mostFrequent(Map<K, Integer> counts) {
        K best = null;
        int n = 0;
        for (Map.Entry<K, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    // ------------------------------------------------------------------ finding

    /** The base text, one character per document character it stands for (references expanded), edges as EDGE. */
    private static final class Projection {
        final StringBuilder text = new StringBuilder();
        int[] start = new int[256];
        int[] end = new int[256];

        void add(char c, int from, int to) {
            int i = text.length();
            if (i == start.length) {
                start = java.util.Arrays.copyOf(start, i * 2);
                end = java.util.Arrays.copyOf(end, i * 2);
            }
            text.append(c);
            start[i] = from;
            end[i] = to;
        }

        void edge() {
            if (text.length() > 0 && text.charAt(text.length() - 1) != EDGE) {
                add(EDGE, -1, -1);
            }
        }
    }

    /** An occurrence with where its characters stand in the projection. */
    private record Match(Occurrence occurrence, int index, int length) {
    }

    private static Projection project(XmlTree tree, TeiEdition tei) {
        XmlNode root = null;
        for (String where : List.of("body", "text")) {
            List<XmlElement> found = tree.elementsNamed(tei.namespace(), where);
            if (!found.isEmpty()) {
                root = found.get(0);
                break;
            }
        }
        Projection p = new Projection();
        java.util.ArrayDeque<Object> work = new java.util.ArrayDeque<>();
        if (root != null) {
            work.push(root);
        } else {
            List<XmlNode> top = tree.children();
            for (int i = top.size() - 1; i >= 0; i--) {
                work.push(top.get(i));
            }
        }
        Object edgeMark = new Object();
        while (!work.isEmpty()) {
            Object item = work.pop();
            if (item == edgeMark) {
                p.edge();
            } else if (item instanceof XmlText t) {
                TextEdits.Run run = TextEdits.run(t);
                if (run == null) {
                    p.edge(); // a reference we do not expand as the parser does: nothing is found across it
                    continue;
                }
                for (int k = 0; k < run.text().length(); k++) {
                    p.add(run.text().charAt(k), run.rawStart()[k], run.rawEnd()[k]);
                }
            } else if (item instanceof XmlElement e) {
                boolean tei0 = Objects.equals(e.namespaceUri(), tei.namespace());
                if (tei0 && LEFT_OUT.contains(e.localName())) {
                    continue;
                }
                boolean block = tei0 && BLOCKS.contains(e.localName());
                if (block) {
                    p.edge();
                    work.push(edgeMark);
                }
                List<XmlNode> children = e.children();
                for (int i = children.size() - 1; i >= 0; i--) {
                    work.push(children.get(i));
                }
            } else if (item instanceof XmlNode) {
                p.edge(); // CDATA: its characters are not mapped one by one
            }
        }
        return p;
    }

    @Override
    public List<Occurrence> occurrences(EditionDocument document, String form, Scope scope) throws ApparatusException {
        return matches(document, form, scope).stream().map(Match::occurrence).toList();
    }

    private List<Match> matches(EditionDocument document, String form, Scope scope) throws ApparatusException {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(scope, "scope");
        if (form.isEmpty()) {
            throw new ApparatusException("the form to look for is empty");
        }
        XmlTree tree = DocumentApparatus.wellFormed(document);
        TeiEdition tei = TeiEdition.of(tree);
        int[] bounds = bounds(tree, tei, scope);
        Projection p = project(tree, tei);
        String text = p.text.toString();
        List<Match> out = new ArrayList<>();
        int i = text.indexOf(form);
        while (i >= 0) {
            int after = i + form.length();
            if (after < text.length() && isMark(text.charAt(after))) {
                i = text.indexOf(form, i + 1); // it would split a letter from its marks
                continue;
            }
            int start = p.start[i];
            int end = p.end[after - 1];
            Occurrence o = occurrence(document, tree, tei, text, i, after, start, end, form);
            if (inScope(scope, bounds, o, text, i, after)) {
                out.add(new Match(o, i, form.length()));
            }
            i = text.indexOf(form, after);
        }
        return out;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The document range a scope allows: {start, end}. */
    private static int[] bounds(XmlTree tree, TeiEdition tei, Scope scope) throws ApparatusException {
        switch (scope.kind()) {
            case OFFSETS:
                return new int[] {scope.from(), scope.to()};
            case DIVISION: {
                List<XmlElement> divs = new ArrayList<>();
                for (XmlElement e : tree.elementList()) {
                    if (tei.isTei(e, e.localName()) && e.localName().matches("div[1-7]?")) {
                        divs.add(e);
                    }
                }
                for (XmlElement d : divs) {
                    if (scope.name().equals(d.xmlId().orElse(null)) || scope.name().equals(d.attribute("n").orElse(null))) {
                        return new int[] {d.start(), d.end()};
                    }
                }
                if (scope.name().matches("[0-9]{1,9}")) {
                    int n = Integer.parseInt(scope.name());
                    if (n >= 1 && n <= divs.size()) {
                        XmlElement d = divs.get(n - 1);
                        return new int[] {d.start(), d.end()};
                    }
                }
                throw new ApparatusException("there is no division '" + scope.name() + "' (no div has it as xml:id "
                        + "or n, and the edition has " + divs.size() + (divs.size() == 1 ? " div)" : " divs)"));
            }
            default:
                return new int[] {0, Integer.MAX_VALUE};
        }
    }

    private static boolean inScope(Scope scope, int[] bounds, Occurrence o, String text, int from, int to) {
        return switch (scope.kind()) {
            case EVERYWHERE -> true;
            case LINES -> o.line() >= scope.from() && o.line() <= scope.to();
            case OFFSETS, DIVISION -> o.start() >= bounds[0] && o.end() <= bounds[1];
            case NEAR -> window(text, from, to, CONTEXT).contains(scope.name());
        };
    }

    /** The projected text around [from, to), within its block, with {@code reach} characters either side. */
    private static String window(String text, int from, int to, int reach) {
        int a = from;
        while (a > 0 && from - a < reach && text.charAt(a - 1) != EDGE) {
            a--;
        }
        int b = to;
        while (b < text.length() && b - to < reach && text.charAt(b) != EDGE) {
            b++;
        }
        return text.substring(a, b);
    }

    private static Occurrence occurrence(EditionDocument document, XmlTree tree, TeiEdition tei, String text,
            int from, int to, int start, int end, String form) {
        int a = from;
        while (a > 0 && from - a < CONTEXT && text.charAt(a - 1) != EDGE) {
            a--;
        }
        int b = to;
        while (b < text.length() && b - to < CONTEXT && text.charAt(b) != EDGE) {
            b++;
        }
        String before = text.substring(a, from).replaceAll("\\s+", " ").stripLeading();
        String after = text.substring(to, b).replaceAll("\\s+", " ").stripTrailing();
        TextLocation at = document.locate(start);
        return new Occurrence(start, end, at.line(), at.column(), before, form, after, refusal(tree, tei, start, end));
    }

    /** Why no entry can be made over [start, end), in plain words; null if one can. */
    private static String refusal(XmlTree tree, TeiEdition tei, int start, int end) {
        XmlElement parent = DocumentApparatus.container(tree, start);
        XmlElement parentOfEnd = DocumentApparatus.container(tree, end);
        if (parent == null || parentOfEnd == null) {
            return "it is outside the root element";
        }
        if (parent != parentOfEnd) {
            boolean endDeeper = false;
            for (XmlElement e = parentOfEnd; e != null; e = e.parent()) {
                if (e == parent) {
                    endDeeper = true;
                }
            }
            XmlElement edge = endDeeper ? outermostBelow(parentOfEnd, parent) : outermostBelow(parent, parentOfEnd);
            return "it crosses the " + (endDeeper ? "start" : "end") + " of <" + edge.qName()
                    + ">: an entry must lie inside one element";
        }
        for (XmlElement a = parent; a != null; a = a.parent()) {
            if (Objects.equals(a.namespaceUri(), tei.namespace()) && DocumentApparatus.APPARATUS.contains(a.localName())) {
                XmlElement app = a;
                while (app != null && !tei.isTei(app, "app")) {
                    app = app.parent();
                }
                String id = app == null ? "" : app.xmlId().map(x -> " " + x).orElse("");
                return "it is inside the entry" + id + ": nested entries are not supported";
            }
        }
        if (!tei.isTei(parent, parent.localName()) || DocumentApparatus.NO_RUNNING_TEXT.contains(parent.localName())) {
            return "<" + parent.qName() + "> holds no running text";
        }
        for (XmlElement e : tree.elementList()) {
            if (e.start() >= end) {
                break;
            }
            if (e.start() >= start && tei.isTei(e, "app")) {
                return "it holds an apparatus entry: nested entries are not supported";
            }
        }
        try {
            DocumentApparatus.splittable(tree, parent, start);
            DocumentApparatus.splittable(tree, parent, end);
        } catch (ApparatusException e) {
            return e.getMessage();
        }
        return null;
    }

    /** The ancestor-or-self of {@code deep} just below the nearest element that is also an ancestor of {@code other}. */
    private static XmlElement outermostBelow(XmlElement deep, XmlElement other) {
        Set<XmlElement> ancestorsOfOther = new HashSet<>();
        for (XmlElement e = other; e != null; e = e.parent()) {
            ancestorsOfOther.add(e);
        }
        XmlElement e = deep;
        while (e.parent() != null && !ancestorsOfOther.contains(e.parent())) {
            e = e.parent();
        }
        return e;
    }

    // ------------------------------------------------------------------ recording

    @Override
    public ApparatusChange correct(EditionDocument document, List<Occurrence> occurrences, Correction correction)
            throws ApparatusException {
        Objects.requireNonNull(correction, "correction");
        if (occurrences == null || occurrences.isEmpty()) {
            throw new ApparatusException("no place is chosen to correct");
        }
        String problem = correction.problem();
        if (problem != null) {
            throw new ApparatusException("the correction cannot be recorded: " + problem);
        }
        XmlTree tree = DocumentApparatus.wellFormed(document);
        TeiEdition tei = TeiEdition.of(tree);
        int first = occurrences.stream().mapToInt(Occurrence::start).min().orElse(0);
        Set<String> declared = DocumentApparatus.declared(tei);
        Set<String> named = new HashSet<>();
        DocumentApparatus.checkWitnesses(declared, named, correction.lemmaWitnesses(), first, false);
        DocumentApparatus.checkWitnesses(declared, named, List.of(correction.witness()), first, true);

        // the occurrences as they are in the current text, by their start
        Map<Integer, Match> current = new HashMap<>();
        for (Match m : matches(document, correction.form(), Scope.everywhere())) {
            current.put(m.occurrence().start(), m);
        }
        List<Occurrence> chosen = new ArrayList<>(occurrences);
        chosen.sort(Comparator.comparingInt(Occurrence::start));
        List<Match> places = new ArrayList<>();
        for (Occurrence o : chosen) {
            Match m = current.get(o.start());
            if (m == null || m.occurrence().end() != o.end()) {
                throw new ApparatusException("the text at line " + o.line() + " no longer reads \"" + correction.form()
                        + "\": look for the occurrences again", Math.min(o.start(), tree.length()));
            }
            if (!m.occurrence().recordable()) {
                throw new ApparatusException("the occurrence at line " + o.line() + " cannot be recorded: "
                        + m.occurrence().refusal(), o.start());
            }
            if (!places.isEmpty() && places.get(places.size() - 1).occurrence().start() == o.start()) {
                continue; // named twice: recorded once
            }
            places.add(m);
        }

        Projection p = project(tree, tei);
        List<String> ids = DocumentApparatus.newEntryIds(tree, places.size());
        List<TextReplacement> edits = new ArrayList<>();
        for (int k = 0; k < places.size(); k++) {
            Match m = places.get(k);
            int start = m.occurrence().start();
            int end = m.occurrence().end();
            XmlElement parent = DocumentApparatus.container(tree, start);
            char q = DocumentConventions.quoteBefore(tree, start);
            String app = DocumentConventions.name(parent, "app");
            String lem = DocumentConventions.name(parent, "lem");
            StringBuilder markup = new StringBuilder("<").append(app).append(" xml:id=").append(q).append(ids.get(k))
                    .append(q);
            if (correction.entryType() != null) {
                markup.append(" type=").append(q).append(Xml.escapeAttribute(correction.entryType(), q)).append(q);
            }
            markup.append("><").append(lem);
            if (!correction.lemmaWitnesses().isEmpty()) {
                markup.append(" wit=").append(q).append(DocumentConventions.pointers(correction.lemmaWitnesses()))
                        .append(q);
            }
            markup.append('>').append(lemmaContent(tree, p, m, correction.lemma())).append("</").append(lem)
                    .append('>');
            markup.append(DocumentApparatus.readingMarkup(parent, new org.siglum.apparatus.ReadingSpec(
                    correction.form(), List.of(correction.witness()), correction.cause(), correction.type()), q));
            markup.append("</").append(app).append('>');
            edits.add(new TextReplacement(start, end - start, markup.toString()));
        }
        String what = places.size() == 1
                ? "added entry " + ids.get(0) + ": \"" + DocumentConventions.brief(correction.lemma()) + "\" for "
                        + correction.witness() + " \"" + DocumentConventions.brief(correction.form()) + "\""
                : "recorded " + places.size() + " corrections of \"" + DocumentConventions.brief(correction.form())
                        + "\" as \"" + DocumentConventions.brief(correction.lemma()) + "\" (entries " + ids.get(0)
                        + " to " + ids.get(ids.size() - 1) + ")";
        return DocumentApparatus.apply(document, what, ids.get(0), edits);
    }

    /**
     * The lemma's content: the source of the range with only the characters that differ from the correction
     * replaced (common start and end kept), so the markup inside the range stays where it was.
     */
    private static String lemmaContent(XmlTree tree, Projection p, Match m, String lemma) {
        String form = p.text.substring(m.index(), m.index() + m.length());
        int n = form.length();
        int prefix = 0;
        int max = Math.min(n, lemma.length());
        while (prefix < max && form.charAt(prefix) == lemma.charAt(prefix)) {
            prefix++;
        }
        if (prefix > 0 && Character.isHighSurrogate(form.charAt(prefix - 1))) {
            prefix--;
        }
        int suffix = 0;
        while (suffix < max - prefix && form.charAt(n - 1 - suffix) == lemma.charAt(lemma.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && Character.isLowSurrogate(form.charAt(n - suffix))) {
            suffix--;
        }
        String middle = Xml.escapeText(lemma.substring(prefix, lemma.length() - suffix));
        StringBuilder out = new StringBuilder();
        int cursor = m.occurrence().start();
        boolean placed = false;
        for (int i = 0; i < n; i++) {
            int rs = p.start[m.index() + i];
            int re = p.end[m.index() + i];
            out.append(tree.text(cursor, rs)); // markup between characters stays
            if (i < prefix || i >= n - suffix) {
                if (!placed && i == n - suffix) {
                    out.append(middle); // an insertion before the kept end
                    placed = true;
                }
                out.append(tree.text(rs, re));
            } else if (!placed) {
                out.append(middle);
                placed = true;
            }
            cursor = re;
        }
        if (!placed) {
            out.append(middle);
        }
        out.append(tree.text(cursor, m.occurrence().end()));
        return out.toString();
    }
}
