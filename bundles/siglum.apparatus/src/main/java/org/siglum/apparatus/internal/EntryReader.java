package org.siglum.apparatus.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.siglum.apparatus.ApparatusEntry;
import org.siglum.apparatus.Reading;
import org.siglum.apparatus.ReadingMarker;
import org.siglum.apparatus.WitnessDetail;
import org.siglum.core.TextLocation;
import org.siglum.core.XmlCData;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlNode;
import org.siglum.core.XmlText;
import org.siglum.core.XmlTree;
import org.siglum.core.tei.TeiApparatusEntry;
import org.siglum.core.tei.TeiEdition;
import org.siglum.core.tei.TeiReading;

/**
 * Reads apparatus entries as their encoders meant them: a reading in a {@code rdgGrp} takes the group's attributes
 * where it has none, a nested entry counts as the reading of the outer reading's witnesses (else its lemma), notes and
 * {@code witDetail}s are not a reading's text, and each {@code witDetail} goes with the reading it is about.
 */
final class EntryReader {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final XmlTree tree;
    private final TeiEdition tei;
    /** witDetails by the start of the reading they belong to (inside it, or its xml:id in their @target). */
    private final Map<Integer, List<XmlElement>> byReading = new HashMap<>();
    /** witDetails in an entry (not inside a reading) whose @target names no reading, by the entry's start. */
    private final Map<Integer, List<XmlElement>> byEntry = new HashMap<>();

    EntryReader(XmlTree tree, TeiEdition tei) {
        this.tree = tree;
        this.tei = tei;
        List<XmlElement> details = new ArrayList<>();
        Map<String, XmlElement> readingsById = new HashMap<>();
        for (XmlElement e : tree.elementList()) {
            if (tei.isTei(e, "witDetail")) {
                details.add(e);
            } else if (tei.isTei(e, "rdg") || tei.isTei(e, "lem")) {
                e.attribute(XML_NS, "id").ifPresent(id -> readingsById.putIfAbsent(id, e));
            }
        }
        for (XmlElement d : details) {
            XmlElement reading = null;
            XmlElement app = null;
            for (XmlElement a = d.parent(); a != null && app == null; a = a.parent()) {
                if (reading == null && (tei.isTei(a, "rdg") || tei.isTei(a, "lem"))) {
                    reading = a;
                } else if (tei.isTei(a, "app")) {
                    app = a;
                }
            }
            if (reading != null) {
                byReading.computeIfAbsent(reading.start(), k -> new ArrayList<>()).add(d);
                continue;
            }
            boolean targeted = false;
            for (String id : TeiEdition.pointers(d.attribute("target").orElse(null))) {
                XmlElement r = readingsById.get(id);
                if (r != null) {
                    byReading.computeIfAbsent(r.start(), k -> new ArrayList<>()).add(d);
                    targeted = true;
                }
            }
            if (!targeted && app != null) {
                byEntry.computeIfAbsent(app.start(), k -> new ArrayList<>()).add(d);
            }
        }
    }

    ApparatusEntry entry(TeiApparatusEntry app, int number) {
        XmlElement e = app.element();
        TextLocation at = tree.locate(e.start());
        List<XmlElement> loose = new ArrayList<>(byEntry.getOrDefault(e.start(), List.of()));
        List<XmlElement> attached = new ArrayList<>();
        List<Reading> readings = new ArrayList<>(app.readings().size());
        for (TeiReading r : app.readings()) {
            readings.add(reading(r.element(), loose, attached));
        }
        Reading lemma = app.lemma().map(l -> reading(l.element(), loose, attached)).orElse(null);
        loose.removeAll(attached);
        return new ApparatusEntry(app.xmlId() != null ? app.xmlId() : Integer.toString(number), number,
                app.xmlId() != null, e.start(), e.end(), at.line(), at.column(), java.util.Optional.ofNullable(lemma),
                readings, e.attribute("type").orElse(null), e.attribute("cause").orElse(null), details(loose));
    }

    private Reading reading(XmlElement r, List<XmlElement> loose, List<XmlElement> attached) {
        List<String> witnesses = witnesses(r);
        List<ReadingMarker> markers = new ArrayList<>();
        String text = text(r, witnesses, markers);
        List<XmlElement> details = new ArrayList<>(byReading.getOrDefault(r.start(), List.of()));
        for (XmlElement d : loose) {
            for (String w : TeiEdition.pointers(d.attribute("wit").orElse(null))) {
                if (witnesses.contains(w)) {
                    details.add(d);
                    attached.add(d);
                    break;
                }
            }
        }
        return new Reading(text, witnesses, inherited(r, "cause"), inherited(r, "type"), r.start(), r.end(), markers,
                details(details));
    }

    private List<WitnessDetail> details(List<XmlElement> elements) {
        List<WitnessDetail> out = new ArrayList<>(elements.size());
        for (XmlElement d : elements) {
            out.add(new WitnessDetail(TeiEdition.pointers(d.attribute("wit").orElse(null)),
                    d.attribute("type").orElse(null), d.textContent().replaceAll("\\s+", " ").strip(), d.start(),
                    d.end()));
        }
        return out;
    }

    /** The reading's {@code @wit}, or that of the nearest {@code rdgGrp} around it that has one. */
    List<String> witnesses(XmlElement reading) {
        return witnessesOf(reading);
    }

    /** The reading's {@code @wit}, or that of the nearest {@code rdgGrp} around it that has one. */
    static List<String> witnessesOf(XmlElement reading) {
        return TeiEdition.pointers(inherited(reading, "wit"));
    }

    /** An attribute of the reading, or of the nearest {@code rdgGrp} (of the reading's namespace) around it. */
    private static String inherited(XmlElement reading, String attribute) {
        String ns = reading.namespaceUri();
        for (XmlElement e = reading; e != null; e = e.parent()) {
            if (e == reading || e.is(ns, "rdgGrp")) {
                String v = e.attribute(attribute).orElse(null);
                if (v != null) {
                    return v;
                }
            } else {
                break;
            }
        }
        return null;
    }

    /**
     * The text the reading's witnesses read: nested entries as their reading of these witnesses (else their lemma),
     * without notes and witDetails; the markers met on the way are collected. Walked with a stack of its own, so
     * that no nesting depth overflows the thread's stack.
     */
    private String text(XmlElement reading, List<String> witnesses, List<ReadingMarker> markers) {
        return text(reading, witnesses, markers, null);
    }

    /**
     * The text and character nodes of a reading as {@link Reading#text()} reads it: what an edit of its text may
     * change.
     */
    List<XmlNode> leaves(XmlElement reading) {
        List<XmlNode> leaves = new ArrayList<>();
        text(reading, witnesses(reading), new ArrayList<>(), leaves);
        return leaves;
    }

    /** The reading's text as {@link Reading#text()} gives it. */
    String text(XmlElement reading) {
        return text(reading, witnesses(reading), new ArrayList<>(), null);
    }

    private String text(XmlElement reading, List<String> witnesses, List<ReadingMarker> markers,
            List<XmlNode> leaves) {
        StringBuilder sb = new StringBuilder();
        ArrayDeque<XmlNode> work = new ArrayDeque<>();
        pushChildren(reading, work);
        while (!work.isEmpty()) {
            XmlNode n = work.pop();
            if (n instanceof XmlText t) {
                sb.append(t.text());
                if (leaves != null) {
                    leaves.add(t);
                }
            } else if (n instanceof XmlCData c) {
                sb.append(c.text());
                if (leaves != null) {
                    leaves.add(c);
                }
            } else if (n instanceof XmlElement e) {
                if (tei.isTei(e, "note") || tei.isTei(e, "witDetail")) {
                    continue;
                }
                if (tei.isTei(e, "app")) {
                    XmlElement chosen = choose(e, witnesses);
                    if (chosen != null) {
                        pushChildren(chosen, work);
                    }
                    continue;
                }
                ReadingMarker m = tei.isTei(e, e.localName()) ? ReadingMarker.of(e.localName()) : null;
                if (m != null) {
                    markers.add(m);
                }
                pushChildren(e, work);
            }
        }
        return sb.toString();
    }

    /** In a nested entry: the first reading naming one of the witnesses ({@code rdgGrp}s looked into), else the lemma. */
    private XmlElement choose(XmlElement app, List<String> witnesses) {
        Set<String> wanted = new LinkedHashSet<>(witnesses);
        XmlElement lemma = null;
        ArrayDeque<XmlElement> work = new ArrayDeque<>();
        List<XmlElement> kids = app.childElements();
        for (int i = kids.size() - 1; i >= 0; i--) {
            work.push(kids.get(i));
        }
        while (!work.isEmpty()) {
            XmlElement c = work.pop();
            if (tei.isTei(c, "rdgGrp")) {
                List<XmlElement> inner = c.childElements();
                for (int i = inner.size() - 1; i >= 0; i--) {
                    work.push(inner.get(i));
                }
            } else if (tei.isTei(c, "lem")) {
                if (lemma == null) {
                    lemma = c;
                }
                if (!wanted.isEmpty() && witnesses(c).stream().anyMatch(wanted::contains)) {
                    return c;
                }
            } else if (tei.isTei(c, "rdg") && witnesses(c).stream().anyMatch(wanted::contains)) {
                return c;
            }
        }
        return lemma;
    }

    private static void pushChildren(XmlElement e, ArrayDeque<XmlNode> work) {
        List<XmlNode> kids = e.children();
        for (int i = kids.size() - 1; i >= 0; i--) {
            work.push(kids.get(i));
        }
    }
}
