package org.siglum.suspects.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.siglum.core.EditionDocument;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlNode;
import org.siglum.core.XmlText;
import org.siglum.core.XmlTree;
import org.siglum.suspects.Reason;
import org.siglum.suspects.Signal;
import org.siglum.suspects.Suspect;
import org.siglum.suspects.SuspectFinder;
import org.siglum.thai.Token;
import org.siglum.thai.Tokens;

/**
 * Runs every signal over the text, merges the spans that overlap into one suspect and scores it as independent
 * evidence: {@code 1 - product(1 - weight)} over its distinct signals (docs/decisions/0011).
 */
@Component(service = SuspectFinder.class)
public final class ThaiSuspectFinder implements SuspectFinder {

    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    /** Not the base text: readings, notes, the header, the running heads and page numbers of the witness's pages. */
    private static final Set<String> LEFT_OUT = Set.of("rdg", "note", "teiHeader", "sic", "orig", "del", "fw");
    /** Breaks that a word runs on over ({@code break="no"}) are no boundary. */
    private static final Set<String> BREAKS = Set.of("lb", "pb", "cb");
    /** Elements whose edges end a word (a block or a break), so words are not run together across them. */
    private static final Set<String> BOUNDARIES = Set.of("p", "head", "div", "ab", "l", "lg", "item", "list", "lb",
            "pb", "cb", "table", "row", "cell", "quote", "q", "app", "lem");

    @Override
    public List<Suspect> find(String text) {
        return find(text, List.of());
    }

    private List<Suspect> find(String text, List<SignalHit> known) {
        List<Token> words = Tokens.words(text);
        List<SignalHit> findings = new ArrayList<>();
        for (SignalHit hit : known) { // the words the span touches, so that the suspect is a word to correct
            int start = hit.start();
            int end = hit.end();
            for (Token w : words) {
                if (!w.isSpace() && w.start() < hit.end() && hit.start() < w.end()) {
                    start = Math.min(start, w.start());
                    end = Math.max(end, w.end());
                }
            }
            findings.add(new SignalHit(start, end, hit.signal(), hit.detail(), hit.replacement()));
        }
        Signals.mixedScripts(text, words, findings);
        Signals.impossibleSequences(text, words, findings);
        Signals.doubled(text, words, findings);
        Signals.rareVariants(text, words, findings);
        Signals.unplaced(text, words, findings);
        return rank(text, findings);
    }

    @Override
    public List<Suspect> find(EditionDocument document) {
        XmlTree tree = document.tree();
        String source = document.text();
        Projection projection = new Projection();
        List<XmlElement> bodies = tree.elementsNamed(TEI, "body");
        if (bodies.isEmpty()) {
            for (XmlNode node : tree.children()) {
                project(node, source, projection);
            }
        } else {
            for (XmlElement body : bodies) {
                project(body, source, projection);
            }
        }
        String text = projection.text.toString();
        List<SignalHit> unsure = new ArrayList<>();
        for (int[] span : projection.unsure) {
            if (span[1] > span[0]) {
                unsure.add(new SignalHit(span[0], span[1], Signal.OCR_UNSURE, span[2] < 0
                        ? "the OCR engine was unsure of these letters"
                        : "the OCR engine was unsure of these letters (confidence " + span[2] + " %)",
                        Optional.empty()));
            }
        }
        List<Suspect> result = new ArrayList<>();
        for (Suspect s : find(text, unsure)) {
            int start = projection.map.get(s.offset());
            int end = projection.map.get(s.end() - 1) + 1;
            result.add(new Suspect(start, end - start, s.form(), s.score(), s.reasons(), s.suggestion()));
        }
        return result;
    }

    private static final class Projection {
        final StringBuilder text = new StringBuilder();
        final List<Integer> map = new ArrayList<>();
        /** Spans of the projected text the OCR was unsure of: start, end, confidence in percent or -1. */
        final List<int[]> unsure = new ArrayList<>();

        void add(char c, int offset) {
            text.append(c);
            map.add(offset);
        }
    }

    /** A boundary's newline after its content, at this offset. */
    private record BoundaryEnd(int offset) {
    }

    /** The end of an unsure span in the projection. */
    private record UnsureEnd(int[] span) {
    }

    /** Projects a node and what it holds, in document order, with a stack of its own (no depth overflows it). */
    private static void project(XmlNode root, String source, Projection p) {
        java.util.ArrayDeque<Object> work = new java.util.ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object item = work.pop();
            if (item instanceof BoundaryEnd b) {
                p.add('\n', b.offset());
            } else if (item instanceof UnsureEnd u) {
                u.span()[1] = p.text.length();
            } else if (item instanceof XmlText t) {
                String raw = source.substring(t.start(), t.end());
                for (int k = 0; k < raw.length(); k++) {
                    char c = raw.charAt(k);
                    if (c == '&') {
                        int semi = raw.indexOf(';', k);
                        if (semi > k) {
                            // an entity or character reference: a space, so it neither joins nor splits letters wrongly
                            p.add(' ', t.start() + k);
                            k = semi;
                            continue;
                        }
                    }
                    p.add(c, t.start() + k);
                }
            } else if (item instanceof XmlElement e) {
                if (LEFT_OUT.contains(e.localName())) {
                    continue;
                }
                if (BOUNDARIES.contains(e.localName())
                        && !(BREAKS.contains(e.localName()) && e.attribute("break").orElse("").equals("no"))) {
                    p.add('\n', e.start());
                    work.push(new BoundaryEnd(Math.max(e.start(), e.end() - 1)));
                }
                if (e.localName().equals("seg") && e.attribute("type").orElse("").equals("ocr-unsure")) {
                    int[] span = {p.text.length(), p.text.length(), percent(e.attribute("cert").orElse(""))};
                    p.unsure.add(span);
                    work.push(new UnsureEnd(span));
                }
                List<XmlNode> children = e.children();
                for (int i = children.size() - 1; i >= 0; i--) {
                    work.push(children.get(i));
                }
            }
        }
    }

    private static int percent(String cert) {
        try {
            double c = Double.parseDouble(cert);
            return c >= 0 && c <= 1 ? (int) Math.round(c * 100) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<Suspect> rank(String text, List<SignalHit> findings) {
        findings.sort(Comparator.comparingInt(SignalHit::start).thenComparing(Comparator.comparingInt(SignalHit::end).reversed()));
        List<Suspect> suspects = new ArrayList<>();
        int i = 0;
        while (i < findings.size()) {
            int start = findings.get(i).start();
            int end = findings.get(i).end();
            int j = i + 1;
            while (j < findings.size() && findings.get(j).start() < end) {
                end = Math.max(end, findings.get(j).end());
                j++;
            }
            suspects.add(suspect(text, start, end, findings.subList(i, j)));
            i = j;
        }
        suspects.sort(Comparator.comparingDouble(Suspect::score).reversed().thenComparingInt(Suspect::offset));
        return suspects;
    }

    private static Suspect suspect(String text, int start, int end, List<SignalHit> group) {
        List<SignalHit> strongestFirst = new ArrayList<>(group);
        strongestFirst.sort(Comparator.comparingDouble((SignalHit f) -> f.signal().weight()).reversed());
        List<Reason> reasons = new ArrayList<>();
        double notSuspect = 1;
        java.util.EnumSet<Signal> seen = java.util.EnumSet.noneOf(Signal.class);
        for (SignalHit f : strongestFirst) {
            Reason reason = new Reason(f.signal(), f.detail());
            if (!reasons.contains(reason)) {
                reasons.add(reason);
            }
            if (seen.add(f.signal())) {
                notSuspect *= 1 - f.signal().weight();
            }
        }
        double score = Math.round((1 - notSuspect) * 1000) / 1000.0;
        return new Suspect(start, end - start, text.substring(start, end), score, reasons,
                suggestion(text, start, end, strongestFirst));
    }

    /** The span with the replacements of its findings applied, strongest first, skipping any that overlap. */
    private static Optional<String> suggestion(String text, int start, int end, List<SignalHit> strongestFirst) {
        List<SignalHit> chosen = new ArrayList<>();
        for (SignalHit f : strongestFirst) {
            if (f.replacement().isPresent() && chosen.stream().noneMatch(c -> c.start() < f.end() && f.start() < c.end())) {
                chosen.add(f);
            }
        }
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        chosen.sort(Comparator.comparingInt(SignalHit::start));
        StringBuilder b = new StringBuilder();
        int at = start;
        for (SignalHit f : chosen) {
            b.append(text, at, f.start()).append(f.replacement().get());
            at = f.end();
        }
        b.append(text, at, end);
        String s = b.toString();
        return s.equals(text.substring(start, end)) ? Optional.empty() : Optional.of(s);
    }
}
