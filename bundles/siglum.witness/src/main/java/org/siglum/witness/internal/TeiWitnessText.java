package org.siglum.witness.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.siglum.core.XmlCData;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlNode;
import org.siglum.core.XmlText;
import org.siglum.core.XmlTree;
import org.siglum.witness.WitnessText;

/** The witness text service: one walk over the tree, in document order. */
@Component(service = WitnessText.class)
public final class TeiWitnessText implements WitnessText {

    static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final Set<String> BLOCKS = Set.of("div", "head", "p", "lg", "l", "cit", "quote", "listBibl",
            "listPerson", "listWit", "front", "body", "back", "text");
    /** Elements whose content is other elements only: white space between their children is the file's layout. */
    private static final Set<String> ELEMENT_ONLY = Set.of("TEI", "text", "front", "body", "back", "div", "div1",
            "div2", "div3", "div4", "div5", "div6", "div7", "lg", "cit", "listBibl", "listPerson", "listWit");

    @Override
    public List<String> witnesses(XmlTree tree) {
        List<String> ids = new ArrayList<>();
        for (XmlElement w : tree.elementsNamed(TEI, "witness")) {
            w.xmlId().ifPresent(ids::add);
        }
        return ids;
    }

    @Override
    public boolean isEditedText(XmlTree tree, String witness) {
        for (XmlElement lem : tree.elementsNamed(TEI, "lem")) {
            if (names(lem.attribute("wit").orElse(""), witness)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Extract extract(XmlTree tree, String witness) {
        Walk walk = new Walk(witness, isEditedText(tree, witness), notesByTarget(tree));
        tree.root().ifPresent(walk::element);
        for (String marker : MARKERS) {
            for (XmlElement e : tree.elementsNamed(TEI, marker)) {
                // a marker that names the witness itself counts wherever it stands (a reading of others included)
                if (e.attribute("wit").map(w -> names(w, witness)).orElse(false) && !inHeader(e)) {
                    walk.markers.put(e.start(), marker);
                }
            }
        }
        return walk.finish();
    }

    /** Where a witness's text breaks off and resumes (TEI Guidelines 12.1.5): empty elements, in document order. */
    private static final List<String> MARKERS = List.of("lacunaStart", "lacunaEnd", "witStart", "witEnd");

    private static boolean inHeader(XmlElement e) {
        for (XmlElement a = e; a != null; a = a.parent()) {
            if (a.is(TEI, "teiHeader")) {
                return true;
            }
        }
        return false;
    }

    static boolean names(String pointers, String witness) {
        for (String token : pointers.trim().split("\\s+")) {
            if (token.equals("#" + witness)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, XmlElement> notesByTarget(XmlTree tree) {
        Map<String, XmlElement> notes = new HashMap<>();
        for (XmlElement note : tree.elementsNamed(TEI, "note")) {
            for (String token : note.attribute("target").orElse("").trim().split("\\s+")) {
                if (token.startsWith("#")) {
                    notes.putIfAbsent(token.substring(1), note);
                }
            }
        }
        return notes;
    }

    private static final class Walk {
        private final String witness;
        private final boolean edited;
        private final Map<String, XmlElement> notes;
        private final StringBuilder text = new StringBuilder();
        /** Positions of another witness's breaks, a space or nothing once their neighbours are known. */
        private final java.util.BitSet soft = new java.util.BitSet();
        /** The lacuna and fragment markers of this witness by source offset: where its text stops and resumes. */
        final java.util.TreeMap<Integer, String> markers = new java.util.TreeMap<>();
        private int[] start = new int[1024];
        private int[] end = new int[1024];

        Walk(String witness, boolean edited, Map<String, XmlElement> notes) {
            this.witness = witness;
            this.edited = edited;
            this.notes = notes;
        }

        /**
         * Walks an element and everything in it in document order, with a stack of its own rather than recursion,
         * so that no nesting depth (100,000 levels of a hostile file) overflows the thread's stack.
         */
        void element(XmlElement root) {
            java.util.ArrayDeque<Object> work = new java.util.ArrayDeque<>();
            work.push(root);
            while (!work.isEmpty()) {
                Object item = work.pop();
                if (item instanceof BlockEnd b) {
                    append("\n", b.offset(), b.offset());
                } else if (item instanceof Leaf leaf) {
                    leaf(leaf.parent(), leaf.node());
                } else {
                    visit((XmlElement) item, work);
                }
            }
        }

        /** The newline after a block, written once its content is. */
        private record BlockEnd(int offset) {
        }

        /** A text or CDATA node and the element it is in. */
        private record Leaf(XmlElement parent, XmlNode node) {
        }

        private void visit(XmlElement e, java.util.ArrayDeque<Object> work) {
            if (!TEI.equals(e.namespaceUri())) {
                pushChildren(e, work);
                return;
            }
            switch (e.localName()) {
                case "fw", "note" -> {
                    // forme work (running heads, page numbers) and footnotes printed on a witness's page are that
                    // witness's text, read where they stand (source="#W", or edRef); the editor's notes, and forme
                    // work that names no witness, no witness reads
                    String ed = e.attribute("source").orElse("") + " " + e.attribute("edRef").orElse("");
                    if (!ed.isBlank() && names(ed, witness)) {
                        pushChildren(e, work);
                    }
                }
                case "teiHeader", "witDetail", "listBibl", "biblStruct", "listPerson", "listWit" -> {
                    // no witness reads the header, the editor's remarks on a witness, or the lists the editor
                    // compiled (the bibliography in the back matter, persons, witnesses)
                }
                case "app" -> app(e, work);
                case "pb", "lb" -> brk(e, e.localName().equals("pb") ? "\n\n" : "\n");
                case "anchor" -> anchor(e);
                case "gap" -> gap(e);
                case "lacunaStart", "lacunaEnd", "witStart", "witEnd" -> marker(e);
                default -> {
                    if (BLOCKS.contains(e.localName())) {
                        append("\n", e.start(), e.start());
                        work.push(new BlockEnd(e.end()));
                    }
                    pushChildren(e, work);
                }
            }
        }

        /** Pushes the children last first, so that they come off the stack in document order. */
        private static void pushChildren(XmlElement e, java.util.ArrayDeque<Object> work) {
            List<XmlNode> children = e.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                XmlNode child = children.get(i);
                if (child instanceof XmlElement c) {
                    work.push(c);
                } else if (child instanceof XmlText || child instanceof XmlCData) {
                    work.push(new Leaf(e, child));
                }
            }
        }

        private void leaf(XmlElement e, XmlNode child) {
            if (child instanceof XmlText t) {
                if (!(t.isWhitespace() && TEI.equals(e.namespaceUri()) && ELEMENT_ONLY.contains(e.localName()))) {
                    text(t);
                }
            } else if (child instanceof XmlCData c) {
                String s = c.text();
                for (int i = 0; i < s.length(); i++) {
                    append(s.charAt(i), c.contentStart() + i, c.contentStart() + i + 1);
                }
            }
        }

        private void app(XmlElement app, java.util.ArrayDeque<Object> work) {
            XmlElement reading = findReading(app);
            if (reading == null) {
                for (XmlElement child : app.childElements()) {
                    if (child.is(TEI, "lem")) {
                        reading = child;
                        break;
                    }
                }
            }
            if (reading != null) {
                pushChildren(reading, work);
            }
        }

        /** The rdg (also inside rdgGrp, at any depth) or lem that names the witness, or null; in document order. */
        private XmlElement findReading(XmlElement container) {
            java.util.ArrayDeque<java.util.Iterator<XmlElement>> open = new java.util.ArrayDeque<>();
            open.push(container.childElements().iterator());
            while (!open.isEmpty()) {
                java.util.Iterator<XmlElement> it = open.peek();
                if (!it.hasNext()) {
                    open.pop();
                    continue;
                }
                XmlElement child = it.next();
                if ((child.is(TEI, "rdg") || child.is(TEI, "lem")) && names(wit(child), witness)) {
                    return child;
                }
                if (child.is(TEI, "rdgGrp")) {
                    open.push(child.childElements().iterator());
                }
            }
            return null;
        }

        /**
         * A marker this walk reaches is in the reading the witness reads (or outside any entry): its own
         * {@code @wit}, else the reading's, says whose it is; one outside a reading with no {@code @wit} names no
         * witness.
         */
        private void marker(XmlElement e) {
            Optional<String> own = e.attribute("wit");
            if (own.isPresent()) {
                if (names(own.get(), witness)) {
                    markers.put(e.start(), e.localName());
                }
                return;
            }
            for (XmlElement a = e.parent(); a != null && !a.is(TEI, "app"); a = a.parent()) {
                if (a.is(TEI, "rdg") || a.is(TEI, "lem")) {
                    Optional<String> wit = a.attribute("wit");
                    if (wit.isEmpty() || names(wit.get(), witness)) {
                        markers.put(e.start(), e.localName());
                    }
                    return;
                }
            }
        }

        /**
         * Which characters the witness has: none between a lacunaStart and the next lacunaEnd, none outside
         * witStart..witEnd. Text before the first marker is missing when that marker ends a lacuna or starts the
         * witness.
         */
        private java.util.BitSet present() {
            java.util.BitSet present = new java.util.BitSet();
            present.set(0, text.length());
            if (markers.isEmpty()) {
                return present;
            }
            String firstLacuna = null;
            String firstFragment = null;
            for (String m : markers.values()) {
                if (firstLacuna == null && m.startsWith("lacuna")) {
                    firstLacuna = m;
                }
                if (firstFragment == null && m.startsWith("wit")) {
                    firstFragment = m;
                }
            }
            boolean inLacuna = "lacunaEnd".equals(firstLacuna);
            boolean outside = "witStart".equals(firstFragment);
            java.util.Iterator<Map.Entry<Integer, String>> events = markers.entrySet().iterator();
            Map.Entry<Integer, String> next = events.next();
            for (int i = 0; i < text.length(); i++) {
                while (next != null && next.getKey() <= start[i]) {
                    switch (next.getValue()) {
                        case "lacunaStart" -> inLacuna = true;
                        case "lacunaEnd" -> inLacuna = false;
                        case "witStart" -> outside = false;
                        default -> outside = true;
                    }
                    next = events.hasNext() ? events.next() : null;
                }
                if (inLacuna || outside) {
                    present.clear(i);
                }
            }
            return present;
        }

        /** A reading's {@code @wit}, or that of the nearest {@code rdgGrp} around it that has one. */
        private static String wit(XmlElement reading) {
            for (XmlElement e = reading; e == reading || (e != null && e.is(TEI, "rdgGrp")); e = e.parent()) {
                Optional<String> w = e.attribute("wit");
                if (w.isPresent()) {
                    return w.get();
                }
            }
            return "";
        }

        private void brk(XmlElement e, String layout) {
            String ed = e.attribute("edRef").orElse("") + " " + e.attribute("ed").orElse("");
            if (ed.isBlank() || names(ed, witness)) {
                append(layout, e.start(), e.end());
            } else if (!"no".equals(e.attribute("break").orElse(""))) {
                soft.set(text.length());
                append(' ', e.start(), e.end());
            }
        }

        private void anchor(XmlElement e) {
            if (!"note".equals(e.attribute("type").orElse(""))) {
                return;
            }
            String n = e.attribute("n").orElse(null);
            if (edited) {
                XmlElement note = e.xmlId().map(notes::get).orElse(null);
                if (note != null && note.attribute("n").isPresent()) {
                    n = note.attribute("n").get();
                }
            }
            if (n != null) {
                append(Superscript.of(n), e.start(), e.end());
            }
        }

        private void gap(XmlElement e) {
            // a character XML cannot hold, kept by the import as <gap reason="control-character" n="U+0007"/>
            if (edited || !"control-character".equals(e.attribute("reason").orElse(""))) {
                return;
            }
            String n = e.attribute("n").orElse("");
            if (n.startsWith("U+")) {
                try {
                    append(new String(Character.toChars(Integer.parseInt(n.substring(2), 16))), e.start(), e.end());
                } catch (IllegalArgumentException bad) {
                    // not a code point: nothing to give back
                }
            }
        }

        private void text(XmlText t) {
            String raw = t.rawText();
            int base = t.start();
            if (raw.indexOf('&') < 0 && raw.indexOf('\r') < 0) {
                for (int i = 0; i < raw.length(); i++) {
                    append(raw.charAt(i), base + i, base + i + 1);
                }
                return;
            }
            int i = 0;
            while (i < raw.length()) {
                char c = raw.charAt(i);
                if (c == '\r') {
                    int len = i + 1 < raw.length() && raw.charAt(i + 1) == '\n' ? 2 : 1;
                    append('\n', base + i, base + i + len);
                    i += len;
                } else if (c == '&') {
                    int semi = raw.indexOf(';', i);
                    String decoded = semi < 0 ? null : Entities.decode(raw.substring(i + 1, semi));
                    if (decoded == null) {
                        // an entity of a DOCTYPE's internal subset: not expanded (editions Siglum writes declare none)
                        decoded = "";
                        append(decoded, base + i, base + (semi < 0 ? raw.length() : semi + 1));
                        i = semi < 0 ? raw.length() : semi + 1;
                        continue;
                    }
                    append(decoded, base + i, base + semi + 1);
                    i = semi + 1;
                } else {
                    append(c, base + i, base + i + 1);
                    i++;
                }
            }
        }

        private void append(String s, int from, int to) {
            for (int i = 0; i < s.length(); i++) {
                append(s.charAt(i), from, to);
            }
        }

        private void append(char c, int from, int to) {
            int at = text.length();
            if (at == start.length) {
                start = Arrays.copyOf(start, at * 2);
                end = Arrays.copyOf(end, at * 2);
            }
            text.append(c);
            start[at] = from;
            end[at] = to;
        }

        Extract finish() {
            StringBuilder out = new StringBuilder(text.length());
            int[] s = new int[text.length()];
            int[] e = new int[text.length()];
            int n = 0;
            java.util.BitSet present = present();
            boolean missing = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!present.get(i)) {
                    missing = true;
                    continue;
                }
                if (missing) {
                    missing = false;
                    // the text on either side of a lacuna does not run together
                    if (n > 0 && !Character.isWhitespace(out.charAt(n - 1)) && !Character.isWhitespace(c)
                            && !soft.get(i)) {
                        out.append(' ');
                        s[n] = start[i];
                        e[n] = start[i];
                        n++;
                    }
                }
                if (soft.get(i)) {
                    char before = n > 0 ? out.charAt(n - 1) : ' ';
                    char after = next(i + 1);
                    if (before == '-' || Character.isWhitespace(before) || Character.isWhitespace(after)
                            || (thai(before) && thai(after))) {
                        continue;
                    }
                    c = ' ';
                }
                out.append(c);
                s[n] = start[i];
                e[n] = end[i];
                n++;
            }
            return new Extract(out.toString(), Arrays.copyOf(s, n), Arrays.copyOf(e, n));
        }

        private char next(int from) {
            for (int j = from; j < text.length(); j++) {
                if (!soft.get(j)) {
                    return text.charAt(j);
                }
            }
            return ' ';
        }

        private static boolean thai(char c) {
            return c >= '\u0E00' && c <= '\u0E7F';
        }
    }

}
