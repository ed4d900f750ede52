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
import org.siglum.suspects.Correction;
import org.siglum.suspects.Evidence;
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
    /** Not the base text: readings, notes and the header. */
    private static final Set<String> LEFT_OUT = Set.of("rdg", "note", "teiHeader", "sic", "orig", "del");
    /** Elements whose edges end a word (a block or a break), so words are not run together across them. */
    private static final Set<String> BOUNDARIES = Set.of("p", "head", "div", "ab", "l", "lg", "item", "list", "lb",
            "pb", "cb", "table", "row", "cell", "quote", "q", "app", "lem");

    /** The word lists, loaded on first use, once for this component (one per process in the product). */
    private volatile Lexicon lexicon;

    /** The loaded word lists and their index. */
    record Lexicon(ThaiLexicon words, WordIndex index) {
    }

    Lexicon lexicon() {
        Lexicon l = lexicon;
        if (l == null) {
            synchronized (this) {
                l = lexicon;
                if (l == null) {
                    String override = System.getenv("SIGLUM_HUNSPELL_TH");
                    ThaiLexicon words = ThaiLexicon.load(override == null || override.isBlank() ? null : java.nio.file.Path.of(override));
                    l = new Lexicon(words, words.index());
                    lexicon = l;
                }
            }
        }
        return l;
    }

    /** Uses this lexicon instead of the system's (tests with a word list of their own). */
    void useLexicon(ThaiLexicon words) {
        lexicon = new Lexicon(words, words.index());
    }

    @Override
    public List<String> lexiconStatus() {
        ThaiLexicon l = lexicon().words();
        List<String> out = new ArrayList<>();
        for (String s : l.sources()) {
            out.add("lexicon: " + s);
        }
        for (String w : l.warnings()) {
            out.add("warning: " + w);
        }
        return out;
    }

    @Override
    public List<Suspect> find(String text) {
        return find(text, Evidence.NONE);
    }

    @Override
    public List<Suspect> find(String text, Evidence evidence) {
        return find(text, evidence, Corrector.MARGIN);
    }

    /** With the corrector's margin given (the benchmark's tuning). */
    List<Suspect> find(String text, Evidence evidence, double margin) {
        List<Token> words = Tokens.words(text);
        List<SignalHit> findings = new ArrayList<>();
        ConfusionModel model = new ConfusionModel();
        for (Evidence.RecordedError e : evidence.errors()) {
            model.learn(e.ocr(), e.correction());
        }
        WordIndex names = new WordIndex();
        for (String w : evidence.words()) {
            for (String part : w.split("\\s+")) {
                if (!part.isEmpty() && part.codePoints().anyMatch(org.siglum.thai.ThaiChars::isThaiLetter)) {
                    names.add(part);
                }
            }
        }
        new Corrector(lexicon().index(), names, model, margin).run(text, findings);
        Numbers.find(text, findings);
        Signals.mixedScripts(text, words, findings);
        Signals.impossibleSequences(text, words, findings);
        Signals.doubled(text, words, findings);
        Signals.rareVariants(text, words, findings);
        Signals.unplaced(text, words, findings);
        return rank(text, findings);
    }

    @Override
    public Evidence evidence(EditionDocument document) {
        XmlTree tree = document.tree();
        String source = document.text();
        List<Evidence.RecordedError> errors = new ArrayList<>();
        for (XmlElement app : tree.elementsNamed(TEI, "app")) {
            XmlElement lem = null;
            for (XmlElement c : app.childElements()) {
                if (c.is(TEI, "lem") && lem == null) {
                    lem = c;
                }
            }
            for (XmlElement c : app.childElements()) {
                if (c.is(TEI, "rdg") && c.attribute("cause").filter("ocr-error"::equals).isPresent()) {
                    String lemma = lem == null ? "" : plain(lem, source);
                    errors.add(new Evidence.RecordedError(plain(c, source), lemma));
                }
            }
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (XmlElement person : tree.elementsNamed(TEI, "person")) {
            for (XmlElement n : person.childElements()) {
                if (n.is(TEI, "persName")) {
                    String name = plain(n, source).strip();
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
        }
        return new Evidence(errors, names);
    }

    /** An element's text without notes, with entity references as they stand (only letters matter here). */
    private static String plain(XmlElement e, String source) {
        StringBuilder b = new StringBuilder();
        java.util.ArrayDeque<XmlNode> work = new java.util.ArrayDeque<>();
        work.push(e);
        while (!work.isEmpty()) {
            XmlNode n = work.pop();
            if (n instanceof XmlText t) {
                b.append(source, t.start(), t.end());
            } else if (n instanceof XmlElement x && !x.localName().equals("note")) {
                List<XmlNode> children = x.children();
                for (int i = children.size() - 1; i >= 0; i--) {
                    work.push(children.get(i));
                }
            }
        }
        return b.toString();
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
        List<Suspect> result = new ArrayList<>();
        for (Suspect s : find(text, evidence(document))) {
            int start = projection.map.get(s.offset());
            int end = projection.map.get(s.end() - 1) + 1;
            result.add(new Suspect(start, end - start, s.form(), s.score(), s.reasons(), s.corrections()));
        }
        return result;
    }

    private static final class Projection {
        final StringBuilder text = new StringBuilder();
        final List<Integer> map = new ArrayList<>();

        void add(char c, int offset) {
            text.append(c);
            map.add(offset);
        }
    }

    /** A boundary's newline after its content, at this offset. */
    private record BoundaryEnd(int offset) {
    }

    /** Projects a node and what it holds, in document order, with a stack of its own (no depth overflows it). */
    private static void project(XmlNode root, String source, Projection p) {
        java.util.ArrayDeque<Object> work = new java.util.ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object item = work.pop();
            if (item instanceof BoundaryEnd b) {
                p.add('\n', b.offset());
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
                if (BOUNDARIES.contains(e.localName())) {
                    p.add('\n', e.start());
                    work.push(new BoundaryEnd(Math.max(e.start(), e.end() - 1)));
                }
                List<XmlNode> children = e.children();
                for (int i = children.size() - 1; i >= 0; i--) {
                    work.push(children.get(i));
                }
            }
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
        strongestFirst.sort(Comparator.comparingDouble(SignalHit::weight).reversed());
        List<Reason> reasons = new ArrayList<>();
        java.util.EnumMap<Signal, Double> strongest = new java.util.EnumMap<>(Signal.class);
        for (SignalHit f : strongestFirst) {
            Reason reason = new Reason(f.signal(), f.detail());
            if (!reasons.contains(reason)) {
                reasons.add(reason);
            }
            strongest.merge(f.signal(), f.weight(), Math::max);
        }
        double notSuspect = 1;
        for (double w : strongest.values()) {
            notSuspect *= 1 - w;
        }
        double score = Math.round((1 - notSuspect) * 1000) / 1000.0;
        return new Suspect(start, end - start, text.substring(start, end), score, reasons,
                corrections(text, start, end, strongestFirst));
    }

    /**
     * The corrections of the whole span: each finding's ranked corrections widened to the span, weighted by the
     * finding's weight, and the findings' replacements applied together (strongest first); likeliest first.
     */
    private static List<Correction> corrections(String text, int start, int end, List<SignalHit> strongestFirst) {
        String form = text.substring(start, end);
        java.util.Map<String, Double> weights = new java.util.LinkedHashMap<>();
        suggestion(text, start, end, strongestFirst).ifPresent(s -> weights.merge(s, strongestFirst.get(0).weight(), Double::sum));
        for (SignalHit f : strongestFirst) {
            for (Correction c : f.corrections()) {
                String whole = text.substring(start, f.start()) + c.form() + text.substring(f.end(), end);
                if (!whole.equals(form)) {
                    weights.merge(whole, f.weight() * c.score(), Double::sum);
                }
            }
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Correction> out = new ArrayList<>();
        weights.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
                .forEach(e -> out.add(new Correction(e.getKey(), Math.round(e.getValue() / Math.max(1, total) * 1000) / 1000.0)));
        return out;
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
