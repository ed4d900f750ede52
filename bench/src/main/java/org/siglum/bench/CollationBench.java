package org.siglum.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Supplier;

import org.siglum.bench.Labels.Label;
import org.siglum.collation.Collation;
import org.siglum.collation.CollationOptions;
import org.siglum.collation.VariantPlace;
import org.siglum.collation.Witness;
import org.siglum.collation.internal.ThaiCollator;
import org.siglum.thai.ThaiChars;
import org.siglum.thai.Token;
import org.siglum.thai.Tokens;

import eu.interedition.collatex.CollationAlgorithmFactory;
import eu.interedition.collatex.VariantGraph;
import eu.interedition.collatex.matching.EqualityTokenComparator;
import eu.interedition.collatex.simple.SimpleToken;
import eu.interedition.collatex.simple.SimpleWitness;
import eu.interedition.collatex.util.VariantGraphRanking;

/**
 * {@code siglum collate} against CollateX 1.7.1 (Dekker), same machine, same JVM, same run: the seed against its
 * corrected copy and against three copies with generated OCR-like noise. The true variant places are known from
 * construction; a place is true when its span in the base text overlaps one, false otherwise (a place caused by white
 * space alone is false: white space is no variant). CollateX is run on our ICU tokens (so both tools see the same
 * words) and on its own default tokenisation (white space and punctuation).
 * Usage: CollationBench SEED.txt ocr-errors.tsv
 */
public final class CollationBench {

    /** A data set: the base (the seed), the other witness, the true places and the white-space traps, in base offsets. */
    public record DataSet(String name, String base, String other, List<int[]> truths, List<int[]> traps) {
    }

    /** A tool's answer: the places as base spans {@code [start, end)} (start == end for an insertion). */
    record Answer(List<int[]> places, double millis) {
    }

    public static void main(String[] args) throws Exception {
        String seed = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        List<Label> labels = Labels.read(Path.of(args[1]));
        List<DataSet> sets = new ArrayList<>();
        List<int[]> truths = new ArrayList<>();
        List<int[]> traps = new ArrayList<>();
        for (Label l : labels) {
            (l.kind().equals("spacing") ? traps : truths).add(new int[] {l.offset(), l.end()});
        }
        sets.add(new DataSet("seed vs corrected copy", seed, Labels.corrected(seed, labels), truths, traps));
        double[] rates = {0.01, 0.03, 0.06};
        for (int k = 0; k < rates.length; k++) {
            sets.add(Noise.apply("seed vs noisy copy " + (k + 1) + " (" + (int) (rates[k] * 100) + "% of words)", seed,
                    rates[k], 1000 + k));
        }
        StringBuilder out = new StringBuilder();
        out.append("Times: Siglum median of 5 warm runs; CollateX on its own tokens median of 3; CollateX on ICU tokens one run "
                + "after one warm-up (it takes seconds).\n\n");
        out.append("| data set | true places | tool | places | true | false | true places found | time (ms) | ours / CollateX |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (DataSet set : sets) {
            Answer ours = time(3, 5, () -> ours(set.base(), set.other()));
            Answer dekkerIcu = time(1, 1, () -> collatex(set.base(), set.other(), true));
            Answer dekkerWs = time(2, 3, () -> collatex(set.base(), set.other(), false));
            row(out, set, "Siglum", ours, null);
            row(out, set, "CollateX Dekker, ICU tokens", dekkerIcu, ours);
            row(out, set, "CollateX Dekker, its tokens", dekkerWs, ours);
        }
        // two 40,000-character Thai witnesses
        DataSet noisy = Noise.apply("40k", seed, 0.03, 7);
        String a = seed.substring(0, 40_000);
        String b = noisy.other().substring(0, 40_000);
        Answer big = time(5, 9, () -> ours(a, b));
        Answer bigX = time(1, 1, () -> collatex(a, b, true));
        out.append(String.format(Locale.ROOT,
                "%nTwo 40,000-character Thai witnesses (the seed's first 40,000 characters and a noisy copy's): Siglum %.1f ms "
                        + "(median of 9 warm runs, %d places), CollateX Dekker on ICU tokens %.1f ms (one run after one warm-up, %d places); "
                        + "ratio %.3f.%n", big.millis(), big.places().size(), bigX.millis(), bigX.places().size(),
                big.millis() / bigX.millis()));
        System.out.print(out);
    }

    private static void row(StringBuilder out, DataSet set, String tool, Answer answer, Answer ours) {
        int truePlaces = 0;
        for (int[] p : answer.places()) {
            if (set.truths().stream().anyMatch(t -> overlaps(p, t))) {
                truePlaces++;
            }
        }
        int found = (int) set.truths().stream().filter(t -> answer.places().stream().anyMatch(p -> overlaps(p, t))).count();
        out.append(String.format(Locale.ROOT, "| %s | %d | %s | %d | %d | %d | %d / %d | %.1f | %s |%n", set.name(),
                set.truths().size(), tool, answer.places().size(), truePlaces, answer.places().size() - truePlaces, found,
                set.truths().size(), answer.millis(),
                ours == null ? "" : String.format(Locale.ROOT, "%.3f", ours.millis() / answer.millis())));
    }

    static boolean overlaps(int[] place, int[] truth) {
        if (place[0] == place[1]) {
            return truth[0] <= place[0] && place[0] <= truth[1];
        }
        if (truth[0] == truth[1]) {
            return place[0] <= truth[0] && truth[0] <= place[1];
        }
        return place[0] < truth[1] && truth[0] < place[1];
    }

    private static Answer time(int warmUps, int runs, Supplier<List<int[]>> tool) {
        for (int i = 0; i < warmUps; i++) {
            tool.get();
        }
        long[] t = new long[runs];
        List<int[]> result = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            result = tool.get();
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        return new Answer(result, t[runs / 2] / 1e6);
    }

    static List<int[]> ours(String base, String other) {
        Collation c = new ThaiCollator().collate(List.of(new Witness("A", base), new Witness("B", other)), CollationOptions.thai());
        List<int[]> places = new ArrayList<>();
        for (VariantPlace p : c.places()) {
            places.add(new int[] {p.lemma().start(), p.lemma().end()});
        }
        return places;
    }

    /** CollateX's places: runs of consecutive ranks where the two witnesses do not read the same (normalised) tokens. */
    static List<int[]> collatex(String base, String other, boolean icuTokens) {
        Map<eu.interedition.collatex.Token, int[]> offsets = new IdentityHashMap<>();
        SimpleWitness a = witness("A", base, icuTokens, offsets);
        SimpleWitness b = witness("B", other, icuTokens, offsets);
        VariantGraph graph = new VariantGraph();
        CollationAlgorithmFactory.dekker(new EqualityTokenComparator()).collate(graph, List.of(a, b));
        List<SortedMap<eu.interedition.collatex.Witness, Set<eu.interedition.collatex.Token>>> table =
                VariantGraphRanking.of(graph).asTable();
        List<int[]> places = new ArrayList<>();
        int lastBaseEnd = 0;
        int[] open = null;
        for (SortedMap<eu.interedition.collatex.Witness, Set<eu.interedition.collatex.Token>> row : table) {
            Set<eu.interedition.collatex.Token> ta = row.getOrDefault(a, Set.of());
            Set<eu.interedition.collatex.Token> tb = row.getOrDefault(b, Set.of());
            boolean same = normalised(ta).equals(normalised(tb));
            int[] span = span(ta, offsets);
            if (same) {
                if (open != null) {
                    places.add(open);
                    open = null;
                }
            } else {
                if (open == null) {
                    open = span == null ? new int[] {lastBaseEnd, lastBaseEnd} : span.clone();
                } else if (span != null) {
                    if (open[0] == open[1] && open[0] == lastBaseEnd && open[1] <= span[0]) {
                        open[0] = span[0];
                    }
                    open[1] = Math.max(open[1], span[1]);
                }
            }
            if (span != null) {
                lastBaseEnd = span[1];
            }
        }
        if (open != null) {
            places.add(open);
        }
        return places;
    }

    private static String normalised(Set<eu.interedition.collatex.Token> tokens) {
        StringBuilder s = new StringBuilder();
        for (eu.interedition.collatex.Token t : tokens) {
            s.append(((SimpleToken) t).getNormalized());
        }
        return s.toString();
    }

    private static int[] span(Set<eu.interedition.collatex.Token> tokens, Map<eu.interedition.collatex.Token, int[]> offsets) {
        int[] span = null;
        for (eu.interedition.collatex.Token t : tokens) {
            int[] o = offsets.get(t);
            if (o != null) {
                span = span == null ? o.clone() : new int[] {Math.min(span[0], o[0]), Math.max(span[1], o[1])};
            }
        }
        return span;
    }

    private static SimpleWitness witness(String sigil, String text, boolean icuTokens,
            Map<eu.interedition.collatex.Token, int[]> offsets) {
        if (!icuTokens) {
            SimpleWitness w = new SimpleWitness(sigil, text);
            int at = 0;
            for (eu.interedition.collatex.Token t : w.getTokens()) {
                String content = ((SimpleToken) t).getContent();
                String core = content.strip();
                int found = core.isEmpty() ? -1 : text.indexOf(core, at);
                if (found >= 0) {
                    offsets.put(t, new int[] {found, found + core.length()});
                    at = found + core.length();
                }
            }
            return w;
        }
        SimpleWitness w = new SimpleWitness(sigil);
        List<eu.interedition.collatex.Token> tokens = new ArrayList<>();
        for (Token t : Tokens.words(text)) {
            String key = org.siglum.collation.VariantPlace.normalise(t.text());
            if (!key.isEmpty()) {
                SimpleToken token = new SimpleToken(w, t.text(), key);
                tokens.add(token);
                offsets.put(token, new int[] {t.start(), t.end()});
            }
        }
        w.setTokens(tokens);
        return w;
    }

    /** Seeded OCR-like noise on Thai words, each edit's base span recorded. */
    public static final class Noise {
        private static final String[][] CONFUSIONS = {{"ข", "ช"}, {"ด", "ต"}, {"บ", "ป"}, {"พ", "ผ"}, {"ถ", "ภ"},
            {"อ", "ย"}, {"ิ", "ี"}, {"่", "้"}, {"โ", "ไ"}, {"ร", "ล"}};
        private static final String[][] FOREIGN = {{"น", "ন"}, {"ต", "ত"}, {"ร", "ر"}, {"อ", "و"}, {"ม", "ম"}};

        public static DataSet apply(String name, String seed, double rate, long randomSeed) {
            Random random = new Random(randomSeed);
            List<Token> words = new ArrayList<>();
            for (Token t : Tokens.words(seed)) {
                if (t.length() >= 2 && t.text().codePoints().allMatch(ThaiChars::isThaiLetter)) {
                    words.add(t);
                }
            }
            List<int[]> truths = new ArrayList<>();
            List<int[]> traps = new ArrayList<>();
            List<Object[]> edits = new ArrayList<>(); // {start, end, replacement}
            int lastEnd = -1;
            for (Token w : words) {
                if (w.start() <= lastEnd + 1 || random.nextDouble() >= rate) {
                    continue;
                }
                String text = w.text();
                Object[] edit = null;
                boolean trap = false;
                int kind = random.nextInt(5);
                for (int attempt = 0; attempt < 5 && edit == null; attempt++, kind = (kind + 1) % 5) {
                    switch (kind) {
                        case 0 -> edit = replaceOne(w, text, CONFUSIONS, random);
                        case 1 -> edit = replaceOne(w, text, FOREIGN, random);
                        case 2 -> {
                            int p = markAt(text, random);
                            if (p >= 0) {
                                edit = new Object[] {w.start() + p, w.start() + p + 1, ""};
                            }
                        }
                        case 3 -> {
                            int p = markAt(text, random);
                            if (p >= 0) {
                                edit = new Object[] {w.start() + p, w.start() + p + 1, text.substring(p, p + 1).repeat(2)};
                            }
                        }
                        default -> {
                            int p = 1 + random.nextInt(text.length() - 1);
                            if (ThaiChars.isConsonant(text.charAt(p)) || ThaiChars.isPreposedVowel(text.charAt(p))) {
                                edit = new Object[] {w.start() + p, w.start() + p, " "};
                                trap = true;
                            }
                        }
                    }
                }
                if (edit == null) {
                    continue;
                }
                edits.add(edit);
                (trap ? traps : truths).add(new int[] {(int) edit[0], (int) edit[1]});
                lastEnd = w.end();
            }
            StringBuilder b = new StringBuilder();
            int at = 0;
            for (Object[] e : edits) {
                b.append(seed, at, (int) e[0]).append((String) e[2]);
                at = (int) e[1];
            }
            b.append(seed.substring(at));
            return new DataSet(name, seed, b.toString(), truths, traps);
        }

        private static Object[] replaceOne(Token w, String text, String[][] pairs, Random random) {
            List<Object[]> options = new ArrayList<>();
            for (String[] pair : pairs) {
                for (int k = 0; k < 2; k++) {
                    String from = pair[k];
                    String to = pair[pairs == FOREIGN ? 1 : 1 - k];
                    if (pairs == FOREIGN && k == 1) {
                        continue;
                    }
                    for (int p = text.indexOf(from); p >= 0; p = text.indexOf(from, p + 1)) {
                        options.add(new Object[] {w.start() + p, w.start() + p + 1, to});
                    }
                }
            }
            return options.isEmpty() ? null : options.get(random.nextInt(options.size()));
        }

        private static int markAt(String text, Random random) {
            List<Integer> marks = new ArrayList<>();
            for (int p = 0; p < text.length(); p++) {
                if (ThaiChars.isToneMark(text.charAt(p)) || ThaiChars.isAboveBelowVowel(text.charAt(p))) {
                    marks.add(p);
                }
            }
            return marks.isEmpty() ? -1 : marks.get(random.nextInt(marks.size()));
        }
    }
}
