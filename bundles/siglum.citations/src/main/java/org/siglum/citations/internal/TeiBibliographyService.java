package org.siglum.citations.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.siglum.citations.BibEntry;
import org.siglum.citations.BibName;
import org.siglum.citations.BibliographyException;
import org.siglum.citations.BibliographyService;
import org.siglum.citations.ImportReport;
import org.siglum.core.EditionDocument;
import org.siglum.core.TextReplacement;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;
import org.siglum.core.tei.TeiEdition;

/** The bibliography in the edition's back matter (decision 0013). */
@Component(service = BibliographyService.class)
public final class TeiBibliographyService implements BibliographyService {

    @Override
    public List<BibEntry> entries(EditionDocument document) {
        List<BibEntry> out = new ArrayList<>();
        for (XmlElement b : document.tree().elementsNamed(TeiEdition.TEI_NS, "biblStruct")) {
            if (!TeiTrees.inside(b, "teiHeader")) {
                out.add(TeiBiblio.read(b));
            }
        }
        return out;
    }

    @Override
    public List<BibEntry> parseBibTeX(String text, String name) throws BibliographyException {
        return BibTeXCodec.parse(text, name);
    }

    @Override
    public List<BibEntry> parseCslJson(String text, String name) throws BibliographyException {
        return CslJson.parse(text, name);
    }

    @Override
    public ImportReport importEntries(EditionDocument document, List<BibEntry> records) {
        List<BibEntry> existing = entries(document);
        Set<String> ids = new HashSet<>();
        for (XmlElement e : document.tree().elementList()) {
            e.xmlId().ifPresent(ids::add);
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        Map<String, String> byDoi = new LinkedHashMap<>();
        for (BibEntry e : existing) {
            index(e, e.id(), byKey, byDoi);
        }
        List<BibEntry> added = new ArrayList<>();
        List<ImportReport.Merge> merged = new ArrayList<>();
        for (BibEntry r : records) {
            String doi = r.doi() == null ? null : r.doi().toLowerCase(Locale.ROOT).strip();
            if (doi != null && byDoi.containsKey(doi)) {
                merged.add(new ImportReport.Merge(r.id(), byDoi.get(doi), "same DOI"));
                continue;
            }
            String key = workKey(r);
            if (key != null && byKey.containsKey(key)) {
                merged.add(new ImportReport.Merge(r.id(), byKey.get(key), "same title, first author and year"));
                continue;
            }
            String id = uniqueId(ncName(r.id()), ids);
            ids.add(id);
            BibEntry entry = r.withId(id);
            added.add(entry);
            index(entry, id, byKey, byDoi);
        }
        if (!added.isEmpty()) {
            insert(document, added, "import " + added.size() + " bibliography entries");
        }
        return new ImportReport(added, merged);
    }

    private static void index(BibEntry e, String id, Map<String, String> byKey, Map<String, String> byDoi) {
        if (e.doi() != null) {
            byDoi.putIfAbsent(e.doi().toLowerCase(Locale.ROOT).strip(), id);
        }
        String key = workKey(e);
        if (key != null) {
            byKey.putIfAbsent(key, id);
        }
    }

    /** Normalised title, first author and year: the identity of a work when there is no DOI. */
    static String workKey(BibEntry e) {
        if (e.title() == null) {
            return null;
        }
        String author = "";
        List<BibName> names = !e.authors().isEmpty() ? e.authors() : e.editors();
        if (!names.isEmpty()) {
            BibName n = names.get(0);
            author = normalise(n.isLiteral() ? n.literal() : n.family());
        }
        String year = e.issued() == null || e.issued().year() == null ? "" : e.issued().year().toString();
        return normalise(e.title()) + "|" + author + "|" + year;
    }

    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("[\\p{M}&&[^\\u0E00-\\u0E7F]]", "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetterOrDigit(c) || c >= '\u0E00' && c <= '\u0E7F') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static String ncName(String key) {
        String s = key == null ? "" : key.replaceAll("[^\\p{L}\\p{N}._-]", "-");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0)) && s.charAt(0) != '_') {
            s = "b-" + s;
        }
        return s;
    }

    private static String uniqueId(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (char c = 'b';; c++) {
            if (!taken.contains(base + c)) {
                return base + c;
            }
            if (c == 'z') {
                for (int i = 2;; i++) {
                    if (!taken.contains(base + "-" + i)) {
                        return base + "-" + i;
                    }
                }
            }
        }
    }

    /** Inserts entries into the back matter's listBibl (made if missing): one compound edit. */
    void insert(EditionDocument document, List<BibEntry> entries, String label) {
        String text = document.text();
        XmlTree tree = document.tree();
        String step = TeiTrees.step(text);
        XmlElement list = null;
        XmlElement back = null;
        for (XmlElement e : tree.elementsNamed(TeiEdition.TEI_NS, "back")) {
            back = e;
        }
        if (back != null) {
            for (XmlElement e : tree.elementsNamed(TeiEdition.TEI_NS, "listBibl")) {
                if (TeiTrees.inside(e, "back") && list == null) {
                    list = e;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        int at;
        if (list != null && !list.selfClosing()) {
            String indent = TeiTrees.indentAt(text, list.start()) + step;
            at = lineStartBefore(text, list.endTagStart());
            for (BibEntry e : entries) {
                out.append(indent).append(TeiBiblio.write(e, indent, step)).append('\n');
            }
            if (at == list.endTagStart()) { // end tag on the same line as content
                out.insert(0, '\n');
                out.append(TeiTrees.indentAt(text, list.start()));
            }
        } else if (back != null && !back.selfClosing()) {
            String indent = TeiTrees.indentAt(text, back.start()) + step;
            // in TEI's back, lists come before the divisions
            XmlElement firstDiv = TeiTrees.child(back, "div");
            int end = firstDiv != null ? firstDiv.start() : back.endTagStart();
            at = lineStartBefore(text, end);
            out.append(indent).append("<listBibl>\n");
            for (BibEntry e : entries) {
                out.append(indent + step).append(TeiBiblio.write(e, indent + step, step)).append('\n');
            }
            out.append(indent).append("</listBibl>\n");
            if (at == end) {
                out.insert(0, '\n');
                out.append(firstDiv != null ? indent : TeiTrees.indentAt(text, back.start()));
            }
        } else {
            XmlElement body = tree.elementsNamed(TeiEdition.TEI_NS, "body").stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(document.name() + ": the edition has no body"));
            String indent = TeiTrees.indentAt(text, body.start());
            at = body.end();
            out.append('\n').append(indent).append("<back>\n");
            out.append(indent + step).append("<listBibl>\n");
            for (BibEntry e : entries) {
                String i3 = indent + step + step;
                out.append(i3).append(TeiBiblio.write(e, i3, step)).append('\n');
            }
            out.append(indent + step).append("</listBibl>\n");
            out.append(indent).append("</back>");
        }
        document.apply(label, List.of(TextReplacement.insert(at, out.toString())));
    }

    /** The start of the line holding offset, if only whitespace precedes offset on it; else offset. */
    private static int lineStartBefore(String text, int offset) {
        int i = offset;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i > 0 && text.charAt(i - 1) == '\n' ? i : offset;
    }

    @Override
    public void update(EditionDocument document, BibEntry entry) {
        for (XmlElement b : document.tree().elementsNamed(TeiEdition.TEI_NS, "biblStruct")) {
            if (!TeiTrees.inside(b, "teiHeader") && entry.id() != null && entry.id().equals(b.xmlId().orElse(null))) {
                if (TeiBiblio.read(b).equals(entry)) {
                    return;
                }
                String text = document.text();
                String written = TeiBiblio.write(entry, TeiTrees.indentAt(text, b.start()), TeiTrees.step(text));
                document.apply("edit bibliography entry " + entry.id(),
                        List.of(new TextReplacement(b.start(), b.end() - b.start(), written)));
                return;
            }
        }
        throw new IllegalArgumentException(document.name() + ": no bibliography entry " + entry.id());
    }

    @Override
    public String exportBibTeX(EditionDocument document) {
        return BibTeXCodec.write(entries(document));
    }

    @Override
    public String exportCslJson(EditionDocument document) {
        return CslJson.write(entries(document));
    }

    @Override
    public String toTei(BibEntry entry, String indent) {
        return TeiBiblio.write(entry, indent, "  ");
    }
}
