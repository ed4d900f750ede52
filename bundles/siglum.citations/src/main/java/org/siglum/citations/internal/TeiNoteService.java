package org.siglum.citations.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.siglum.citations.Footnote;
import org.siglum.citations.NoteCitation;
import org.siglum.citations.NoteFinding;
import org.siglum.citations.NoteService;
import org.siglum.core.EditionDocument;
import org.siglum.core.TextLocation;
import org.siglum.core.TextReplacement;
import org.siglum.core.Xml;
import org.siglum.core.XmlAttribute;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;
import org.siglum.core.tei.TeiEdition;

/** Footnotes as {@code anchor type="note"} + {@code note/@target} + {@code @n} (decision 0015). */
@Component(service = NoteService.class)
public final class TeiNoteService implements NoteService {

    /** A footnote with its elements, for editing. */
    record Located(Footnote footnote, XmlElement note, XmlElement anchor) {
    }

    static List<Located> locate(XmlTree tree) {
        Map<String, XmlElement> anchors = new HashMap<>();
        for (XmlElement a : tree.elementsNamed(TeiEdition.TEI_NS, "anchor")) {
            a.xmlId().ifPresent(id -> anchors.putIfAbsent(id, a));
        }
        List<Located> out = new ArrayList<>();
        for (XmlElement n : tree.elementsNamed(TeiEdition.TEI_NS, "note")) {
            if (!isFootnote(n)) {
                continue;
            }
            XmlElement anchor = null;
            for (String id : TeiEdition.pointers(TeiTrees.attr(n, "target"))) {
                anchor = anchors.get(id);
                if (anchor != null) {
                    break;
                }
            }
            List<NoteCitation> cites = new ArrayList<>();
            for (XmlElement d : descendants(n)) {
                if (TeiTrees.isTei(d, "bibl")) {
                    XmlElement ptr = TeiTrees.child(d, "ptr");
                    if (ptr == null) {
                        continue;
                    }
                    List<String> targets = TeiEdition.pointers(TeiTrees.attr(ptr, "target"));
                    if (targets.isEmpty()) {
                        continue;
                    }
                    XmlElement range = TeiTrees.child(d, "citedRange");
                    cites.add(new NoteCitation(targets.get(0), range == null ? null : TeiTrees.attr(range, "unit"),
                            range == null ? null : TeiTrees.text(range), d.start()));
                }
            }
            Footnote f = new Footnote(n.xmlId().orElse(null), TeiTrees.attr(n, "n"),
                    anchor == null ? null : anchor.xmlId().orElse(null), anchor == null ? n.start() : anchor.start(),
                    n.start(), TeiTrees.noteText(n) == null ? "" : TeiTrees.noteText(n), cites);
            out.add(new Located(f, n, anchor));
        }
        out.sort((a, b) -> Integer.compare(a.footnote().anchorOffset(), b.footnote().anchorOffset()));
        return out;
    }

    /** Notes in the text that are numbered footnotes: not in the header or a bibliography entry. */
    private static boolean isFootnote(XmlElement n) {
        String place = TeiTrees.attr(n, "place");
        if (place != null && !place.equals("foot") && !place.equals("end") && !place.equals("bottom")) {
            return false;
        }
        return !TeiTrees.inside(n, "teiHeader") && !TeiTrees.inside(n, "biblStruct") && !TeiTrees.inside(n, "app")
                && TeiTrees.inside(n, "text");
    }

    /** The elements inside e in document order; a stack of its own, so that no nesting depth overflows. */
    private static List<XmlElement> descendants(XmlElement e) {
        List<XmlElement> out = new ArrayList<>();
        java.util.ArrayDeque<XmlElement> work = new java.util.ArrayDeque<>();
        List<XmlElement> top = e.childElements();
        for (int i = top.size() - 1; i >= 0; i--) {
            work.push(top.get(i));
        }
        while (!work.isEmpty()) {
            XmlElement c = work.pop();
            out.add(c);
            List<XmlElement> children = c.childElements();
            for (int i = children.size() - 1; i >= 0; i--) {
                work.push(children.get(i));
            }
        }
        return out;
    }

    @Override
    public List<Footnote> footnotes(EditionDocument document) {
        return locate(document.tree()).stream().map(Located::footnote).toList();
    }

    // ------------------------------------------------------------------ numbering

    /** The numbers the notes should carry, in the digits the edition uses. */
    private static List<String> expectedNumbers(List<Located> notes) {
        return expectedNumbers(notes, notes.size());
    }

    /**
     * The numbers the notes should carry: from the lowest number they have on (a chapter may go on from the book's
     * numbering), 1 if they have none, in the digits the first numbered note uses.
     */
    private static List<String> expectedNumbers(List<Located> notes, int count) {
        boolean thai = false;
        boolean first = true;
        int start = Integer.MAX_VALUE;
        for (Located l : notes) {
            String n = l.footnote().number();
            int value = Names.number(n);
            if (value >= 1) {
                if (first) {
                    thai = n.strip().charAt(0) >= '\u0E50' && n.strip().charAt(0) <= '\u0E59';
                    first = false;
                }
                start = Math.min(start, value);
            }
        }
        if (start == Integer.MAX_VALUE) {
            start = 1;
        }
        List<String> out = new ArrayList<>();
        for (int i = start; i < start + count; i++) {
            out.add(thai ? Names.thaiDigits(i) : Integer.toString(i));
        }
        return out;
    }

    /** The replacements that number the notes 1..N (only the values that change). */
    private static List<TextReplacement> renumbering(List<Located> notes, Set<XmlElement> skip) {
        List<Located> kept = notes.stream().filter(l -> !skip.contains(l.note())).toList();
        List<String> expected = expectedNumbers(notes, kept.size());
        List<TextReplacement> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            XmlElement note = kept.get(i).note();
            out.addAll(setN(note, expected.get(i)));
        }
        return out;
    }

    private static List<TextReplacement> setN(XmlElement note, String value) {
        for (XmlAttribute a : note.attributes()) {
            if (a.qName().equals("n")) {
                if (a.value().equals(value)) {
                    return List.of();
                }
                return List.of(new TextReplacement(a.valueStart(), a.valueEnd() - a.valueStart(), value));
            }
        }
        int at = nameEnd(note);
        return List.of(TextReplacement.insert(at, " n=\"" + value + "\""));
    }

    /** The offset just after the element's name in its start tag. */
    private static int nameEnd(XmlElement e) {
        return e.start() + 1 + e.qName().length();
    }

    @Override
    public int renumber(EditionDocument document) {
        List<TextReplacement> edits = renumbering(locate(document.tree()), Set.of());
        document.apply("renumber notes", edits);
        return edits.size();
    }

    @Override
    public List<NoteFinding> check(EditionDocument document) {
        XmlTree tree = document.tree();
        List<Located> notes = locate(tree);
        List<NoteFinding> out = new ArrayList<>();
        List<String> expected = expectedNumbers(notes);
        Set<Integer> seen = new HashSet<>();
        int previous = 0;
        for (int i = 0; i < notes.size(); i++) {
            Located l = notes.get(i);
            XmlElement note = l.note();
            String n = l.footnote().number();
            int value = Names.number(n);
            List<TextReplacement> fix = setN(note, expected.get(i));
            String where = l.footnote().id() == null ? "" : " (" + l.footnote().id() + ")";
            if (n == null || value < 0) {
                out.add(finding(tree, NoteFinding.Kind.NOT_A_NUMBER, note.start(),
                        "note" + where + " has " + (n == null ? "no number" : "the number '" + n + "', not a number")
                                + "; it should be " + expected.get(i),
                        fix));
            } else if (!n.strip().equals(expected.get(i))) {
                NoteFinding.Kind kind = seen.contains(value) ? NoteFinding.Kind.DUPLICATE_NUMBER
                        : value < previous ? NoteFinding.Kind.ORDER : NoteFinding.Kind.GAP;
                String what = switch (kind) {
                    case DUPLICATE_NUMBER -> " is given twice";
                    case ORDER -> " comes after " + previous;
                    default -> value > previous + 1 && i > 0 ? " skips " + (value - previous - 1 == 1
                            ? "number " + (previous + 1) : "numbers " + (previous + 1) + "-" + (value - 1))
                            : " is out of sequence";
                };
                out.add(finding(tree, kind, note.start(),
                        "note number " + n + where + what + "; it should be " + expected.get(i), fix));
            }
            if (value >= 0) {
                seen.add(value);
                previous = Math.max(previous, value);
            }
        }
        // anchors and targets
        Map<String, XmlElement> ids = new HashMap<>();
        for (XmlElement e : tree.elementList()) {
            e.xmlId().ifPresent(id -> ids.putIfAbsent(id, e));
        }
        Map<String, Integer> notesPerAnchor = new HashMap<>();
        for (XmlElement n : tree.elementsNamed(TeiEdition.TEI_NS, "note")) {
            String target = TeiTrees.attr(n, "target");
            if (target == null) {
                continue;
            }
            for (String id : TeiEdition.pointers(target)) {
                notesPerAnchor.merge(id, 1, Integer::sum);
                if (!ids.containsKey(id)) {
                    XmlAttribute a = n.attributes().stream().filter(x -> x.qName().equals("target")).findFirst()
                            .orElseThrow();
                    // without @target the note stands where it is written
                    int from = a.start();
                    while (from > 0 && Character.isWhitespace(document.text().charAt(from - 1))) {
                        from--;
                    }
                    out.add(finding(tree, NoteFinding.Kind.NOTE_WITHOUT_ANCHOR, n.start(),
                            "note" + (n.xmlId().isPresent() ? " " + n.xmlId().get() : "") + " points to #" + id
                                    + ", which does not exist",
                            List.of(new TextReplacement(from, a.end() - from, ""))));
                }
            }
        }
        for (XmlElement a : tree.elementsNamed(TeiEdition.TEI_NS, "anchor")) {
            if (!"note".equals(TeiTrees.attr(a, "type"))) {
                continue;
            }
            String id = a.xmlId().orElse(null);
            int count = id == null ? 0 : notesPerAnchor.getOrDefault(id, 0);
            if (count == 0) {
                out.add(finding(tree, NoteFinding.Kind.ANCHOR_WITHOUT_NOTE, a.start(),
                        "anchor" + (id == null ? " without xml:id" : " " + id) + " has no note",
                        List.of(TextReplacement.delete(a.start(), a.end() - a.start()))));
            } else if (count > 1) {
                out.add(finding(tree, NoteFinding.Kind.ANCHOR_WITH_SEVERAL_NOTES, a.start(),
                        "anchor " + id + " has " + count + " notes", List.of()));
            }
        }
        Set<String> entryIds = new HashSet<>();
        for (XmlElement b : tree.elementsNamed(TeiEdition.TEI_NS, "biblStruct")) {
            b.xmlId().ifPresent(entryIds::add);
        }
        for (Located l : notes) {
            for (NoteCitation c : l.footnote().citations()) {
                if (!entryIds.contains(c.entryId())) {
                    out.add(finding(tree, NoteFinding.Kind.CITATION_UNRESOLVED, c.offset(),
                            "citation of #" + c.entryId() + " points to no bibliography entry", List.of()));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return out;
    }

    private static NoteFinding finding(XmlTree tree, NoteFinding.Kind kind, int offset, String message,
            List<TextReplacement> fix) {
        TextLocation loc = tree.locate(offset);
        return new NoteFinding(kind, offset, loc.line(), loc.column(), message, fix);
    }

    // ------------------------------------------------------------------ edits

    private static Located find(List<Located> notes, String noteId) {
        for (Located l : notes) {
            if (noteId.equals(l.footnote().id())) {
                return l;
            }
        }
        throw new IllegalArgumentException("no note with xml:id " + noteId);
    }

    private static void checkFragment(String content) {
        XmlTree t = XmlTree.parse("<x>" + content + "</x>");
        if (!t.isWellFormed()) {
            throw new IllegalArgumentException("the note's content is not well-formed XML: "
                    + t.problems().get(0).message());
        }
    }

    @Override
    public String add(EditionDocument document, int offset, String content) {
        checkFragment(content);
        XmlTree tree = document.tree();
        Set<String> ids = new HashSet<>();
        for (XmlElement e : tree.elementList()) {
            e.xmlId().ifPresent(ids::add);
        }
        int k = 1;
        while (ids.contains("n" + k) || ids.contains("a" + k)) {
            k++;
        }
        String noteId = "n" + k;
        String anchorId = "a" + k;
        List<Located> notes = locate(tree);
        int position = 0;
        for (Located l : notes) {
            if (l.footnote().anchorOffset() < offset) {
                position++;
            }
        }
        List<String> expected = expectedNumbers(notes, notes.size() + 1);
        String number = expected.get(position);
        List<TextReplacement> edits = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            int target = i < position ? i : i + 1;
            edits.addAll(setN(notes.get(i).note(), expected.get(target)));
        }
        String anchor = "<anchor xml:id=\"" + anchorId + "\" type=\"note\"/>";
        String note = "<note place=\"foot\" n=\"" + number + "\" xml:id=\"" + noteId + "\" target=\"#" + anchorId
                + "\">" + content + "</note>";
        XmlElement paragraph = enclosing(tree, offset, "p");
        if (paragraph != null && !paragraph.selfClosing()) {
            int end = paragraph.endTagStart();
            if (end == offset) {
                edits.add(TextReplacement.insert(offset, anchor + note));
            } else {
                edits.add(TextReplacement.insert(offset, anchor));
                edits.add(TextReplacement.insert(end, note));
            }
        } else {
            edits.add(TextReplacement.insert(offset, anchor + note));
        }
        document.apply("add note " + number, edits);
        return noteId;
    }

    private static XmlElement enclosing(XmlTree tree, int offset, String local) {
        XmlElement best = null;
        for (XmlElement e : tree.elementsNamed(TeiEdition.TEI_NS, local)) {
            if (e.startTagEnd() <= offset && offset <= (e.selfClosing() ? e.end() : e.endTagStart())) {
                best = e;
            }
        }
        return best;
    }

    @Override
    public void edit(EditionDocument document, String noteId, String content) {
        checkFragment(content);
        Located l = find(locate(document.tree()), noteId);
        XmlElement n = l.note();
        if (n.selfClosing()) {
            document.apply("edit note", List.of(new TextReplacement(n.end() - 2, 2, ">" + content + "</"
                    + n.qName() + ">")));
        } else {
            document.apply("edit note", List.of(new TextReplacement(n.startTagEnd(),
                    n.endTagStart() - n.startTagEnd(), content)));
        }
    }

    @Override
    public void delete(EditionDocument document, String noteId) {
        List<Located> notes = locate(document.tree());
        Located l = find(notes, noteId);
        List<TextReplacement> edits = new ArrayList<>(renumbering(notes, Set.of(l.note())));
        edits.add(TextReplacement.delete(l.note().start(), l.note().end() - l.note().start()));
        if (l.anchor() != null) {
            edits.add(TextReplacement.delete(l.anchor().start(), l.anchor().end() - l.anchor().start()));
        }
        document.apply("delete note " + l.footnote().number(), edits);
    }

    @Override
    public void move(EditionDocument document, String noteId, int offset) {
        XmlTree tree = document.tree();
        List<Located> notes = new ArrayList<>(locate(tree));
        Located l = find(notes, noteId);
        if (l.anchor() == null) {
            throw new IllegalArgumentException("note " + noteId + " has no anchor to move");
        }
        XmlElement a = l.anchor();
        if (offset > a.start() && offset < a.end()) {
            throw new IllegalArgumentException("the new place is inside the anchor");
        }
        String anchorText = tree.sourceOf(a);
        // the order after the move decides the numbers; @n values lie outside the moved anchor
        notes.sort((x, y) -> Integer.compare(x == l ? offset : x.footnote().anchorOffset(),
                y == l ? offset : y.footnote().anchorOffset()));
        List<TextReplacement> edits = new ArrayList<>(renumbering(notes, Set.of()));
        edits.add(TextReplacement.delete(a.start(), a.end() - a.start()));
        edits.add(TextReplacement.insert(offset, anchorText));
        document.apply("move note " + l.footnote().number(), edits);
    }

    @Override
    public void cite(EditionDocument document, String noteId, String entryId, String unit, String range) {
        XmlTree tree = document.tree();
        Located l = find(locate(tree), noteId);
        boolean known = tree.elementsNamed(TeiEdition.TEI_NS, "biblStruct").stream()
                .anyMatch(b -> b.xmlId().filter(entryId::equals).isPresent());
        if (!known) {
            throw new IllegalArgumentException("no bibliography entry with xml:id " + entryId);
        }
        StringBuilder bibl = new StringBuilder("<bibl><ptr target=\"#").append(Xml.escapeAttribute(entryId)).append("\"/>");
        if (range != null && !range.isBlank()) {
            bibl.append("<citedRange unit=\"").append(Xml.escapeAttribute(unit == null ? "page" : unit)).append("\">")
                    .append(Xml.escapeText(range.strip())).append("</citedRange>");
        }
        bibl.append("</bibl>");
        XmlElement n = l.note();
        String text = document.text();
        if (n.selfClosing()) {
            document.apply("cite " + entryId, List.of(new TextReplacement(n.end() - 2, 2,
                    ">" + bibl + "</" + n.qName() + ">")));
            return;
        }
        int at = n.endTagStart();
        String before = at > n.startTagEnd() ? text.substring(at - 1, at) : "";
        String sep = before.isEmpty() || Character.isWhitespace(before.charAt(0)) ? "" : " ";
        document.apply("cite " + entryId, List.of(TextReplacement.insert(at, sep + bibl)));
    }
}
