package org.siglum.suspects.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.siglum.suspects.Correction;
import org.siglum.suspects.Signal;
import org.siglum.thai.ThaiChars;

/**
 * The noisy channel: each run of Thai letters is segmented into known words (the lexicon, the edition's persons and
 * the forms the text itself repeats); each window of one to three words is compared with the known words that share
 * its shape key, and a candidate wins when {@code log P(form | candidate) + log P(candidate) > log P(form as printed)}
 * by the margin {@link #MARGIN} (docs/decisions/0043). Letters no known word covers and no candidate explains are
 * "not a word".
 */
final class Corrector {

    /** Cost (nats) of a letter no known word covers. */
    static final double UNKNOWN_LETTER = 6.5;
    /** Pseudo-count of a lexicon word never seen in the text; of a person's name. */
    static final double LEXICON_PRIOR = 0.5;
    static final double NAME_PRIOR = 3;
    /** How much likelier (nats) the corrected reading must be; tuned on the seed's first half (bench/results.md). */
    static final double MARGIN = 1.0;
    /** Candidates costing more than this in the channel are not considered (about three strong confusions). */
    static final double MAX_CHANNEL = 13;
    private static final int MAX_WINDOW = 3;
    private static final int MAX_WINDOW_CHARS = 30;

    private final WordIndex lexicon;
    private final WordIndex names;
    private final ConfusionModel model;
    private final double margin;

    private final Map<String, Integer> counts = new HashMap<>();
    private WordIndex forms = new WordIndex();
    private WordIndex textWords = new WordIndex();
    private double denominator;

    Corrector(WordIndex lexicon, WordIndex names, ConfusionModel model, double margin) {
        this.lexicon = lexicon;
        this.names = names;
        this.model = model;
        this.margin = margin;
    }

    private record Segment(int start, int end, boolean known) {
    }

    private record Run(int start, int end, List<Segment> segments) {
    }

    private record Window(int start, int end, String form, double gain, List<Correction> corrections, boolean nonWord) {
    }

    void run(String text, List<SignalHit> out) {
        names.forEach(forms::add);
        List<int[]> spans = thaiRuns(text);
        List<Run> runs = new ArrayList<>();
        for (int[] s : spans) {
            runs.add(new Run(s[0], s[1], segment(text, s[0], s[1])));
        }
        // forms the text repeats that no known word covers (names the lexicon lacks): known from the second pass on
        Map<String, Integer> unknown = new HashMap<>();
        for (Run r : runs) {
            for (String u : unknownStretches(text, r)) {
                unknown.merge(u, 1, Integer::sum);
            }
        }
        boolean added = false;
        for (Map.Entry<String, Integer> e : unknown.entrySet()) {
            if (e.getValue() >= 3 && e.getKey().length() >= 2) {
                added |= textWords.add(e.getKey());
                forms.add(e.getKey());
            }
        }
        if (added) {
            runs.replaceAll(r -> new Run(r.start(), r.end(), segment(text, r.start(), r.end())));
        }
        int total = 0;
        for (Run r : runs) {
            List<Segment> segs = r.segments();
            total += segs.size();
            for (int i = 0; i < segs.size(); i++) {
                for (int n = 1; n <= MAX_WINDOW && i + n <= segs.size(); n++) {
                    String f = text.substring(segs.get(i).start(), segs.get(i + n - 1).end());
                    if (counts.merge(f, 1, Integer::sum) == 2 && f.length() >= 4) {
                        forms.add(f);
                    }
                }
            }
        }
        denominator = total + LEXICON_PRIOR * lexicon.size() + 1;
        List<Window> windows = new ArrayList<>();
        for (Run r : runs) {
            windows(text, r, windows);
        }
        windows.sort(Comparator.comparingDouble(Window::gain).reversed());
        List<Window> chosen = new ArrayList<>();
        for (Window w : windows) {
            if (w.gain() < margin) {
                break;
            }
            if (chosen.stream().noneMatch(c -> c.start() < w.end() && w.start() < c.end())) {
                chosen.add(w);
            }
        }
        for (Window w : chosen) {
            double weight = w.nonWord() ? 0.55 + 0.4 * Math.tanh((w.gain() - margin) / 6)
                    : 0.35 + 0.5 * Math.tanh((w.gain() - margin) / 6);
            Signal signal = w.nonWord() ? Signal.NOT_A_WORD : Signal.LIKELIER_WORD;
            String best = w.corrections().get(0).form();
            String detail = w.nonWord() ? "not a Thai word; likely \"" + best + "\""
                    : "a real word, but \"" + best + "\" is likelier here";
            out.add(new SignalHit(w.start(), w.end(), signal, detail, Optional.of(best), w.corrections(), weight));
        }
        // letters no known word covers and no correction explains
        for (Run r : runs) {
            for (Segment s : r.segments()) {
                if (s.known() || chosen.stream().anyMatch(c -> c.start() < s.end() && s.start() < c.end())) {
                    continue;
                }
                int from = s.start();
                int to = s.end();
                out.add(new SignalHit(from, to, Signal.NOT_A_WORD, "no Thai word covers \"" + text.substring(from, to) + "\"",
                        Optional.empty(), List.of(), 0.3));
            }
        }
    }

    /** Maximal runs of Thai letters (and the foreign letters OCR puts for Thai ones). */
    static List<int[]> thaiRuns(String text) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!runLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < text.length() && runLetter(text.charAt(i))) {
                i++;
            }
            runs.add(new int[] {s, i});
        }
        return runs;
    }

    private static boolean runLetter(char c) {
        return ThaiChars.isThaiLetter(c) || ConfusionModel.FOREIGN.containsKey(c);
    }

    /** Fewest unknown letters, then fewest words: the known words of the run, unknown letters gathered. */
    private List<Segment> segment(String text, int from, int to) {
        int n = to - from;
        double[] best = new double[n + 1];
        int[] back = new int[n + 1];
        boolean[] knownStep = new boolean[n + 1];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        best[0] = 0;
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (best[i] == Double.MAX_VALUE) {
                continue;
            }
            ends.clear();
            lexicon.endsAt(text, from + i, to, ends);
            names.endsAt(text, from + i, to, ends);
            textWords.endsAt(text, from + i, to, ends);
            for (int e : ends) {
                int j = e - from;
                double c = best[i] + 1;
                if (c < best[j]) {
                    best[j] = c;
                    back[j] = i;
                    knownStep[j] = true;
                }
            }
            double c = best[i] + 100;
            if (c < best[i + 1]) {
                best[i + 1] = c;
                back[i + 1] = i;
                knownStep[i + 1] = false;
            }
        }
        List<Segment> segs = new ArrayList<>();
        int j = n;
        while (j > 0) {
            int i = back[j];
            if (!knownStep[j] && !segs.isEmpty() && !segs.get(segs.size() - 1).known()
                    && segs.get(segs.size() - 1).start() == from + j) {
                Segment last = segs.remove(segs.size() - 1);
                segs.add(new Segment(from + i, last.end(), false));
            } else {
                segs.add(new Segment(from + i, from + j, knownStep[j]));
            }
            j = i;
        }
        java.util.Collections.reverse(segs);
        return segs;
    }

    private static List<String> unknownStretches(String text, Run r) {
        List<String> out = new ArrayList<>();
        List<Segment> segs = r.segments();
        for (int i = 0; i < segs.size(); i++) {
            if (!segs.get(i).known()) {
                // an unknown stretch with its neighbours is how a name the lexicon lacks is cut
                int s = i > 0 ? segs.get(i - 1).start() : segs.get(i).start();
                int e = i + 1 < segs.size() ? segs.get(i + 1).end() : segs.get(i).end();
                out.add(text.substring(segs.get(i).start(), segs.get(i).end()));
                out.add(text.substring(s, e));
                if (i > 0) {
                    out.add(text.substring(s, segs.get(i).end()));
                }
                if (i + 1 < segs.size()) {
                    out.add(text.substring(segs.get(i).start(), e));
                }
            }
        }
        return out;
    }

    private final Map<String, Double> costs = new HashMap<>();

    private double wordCost(String w) {
        Double c = costs.get(w);
        if (c == null) {
            c = computeWordCost(w);
            costs.put(w, c);
        }
        return c;
    }

    private double computeWordCost(String w) {
        double prior = names.contains(w) || textWords.contains(w) ? NAME_PRIOR : lexicon.contains(w) ? LEXICON_PRIOR : 0;
        double count = counts.getOrDefault(w, 0);
        if (prior == 0 && count < 2) {
            return Double.MAX_VALUE;
        }
        return -Math.log((count + prior) / denominator);
    }

    private double segmentsCost(String text, List<Segment> segs, int from, int to) {
        double c = 0;
        for (int k = from; k < to; k++) {
            Segment s = segs.get(k);
            if (s.known()) {
                c += wordCost(text.substring(s.start(), s.end()));
            } else {
                c += UNKNOWN_LETTER * (s.end() - s.start()) + 4;
            }
        }
        return c;
    }

    private void windows(String text, Run r, List<Window> out) {
        List<Segment> segs = r.segments();
        List<String> cands = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < segs.size(); i++) {
            for (int n = 1; n <= MAX_WINDOW && i + n <= segs.size(); n++) {
                int start = segs.get(i).start();
                int end = segs.get(i + n - 1).end();
                if (end - start > MAX_WINDOW_CHARS) {
                    break;
                }
                String form = text.substring(start, end);
                boolean nonWord = false;
                for (int k = i; k < i + n; k++) {
                    nonWord |= !segs.get(k).known();
                }
                double asPrinted = segmentsCost(text, segs, i, i + n);
                double whole = wordCost(form);
                asPrinted = Math.min(asPrinted, whole);
                cands.clear();
                candidates(form, cands, nonWord || n > 1);
                Map<String, Double> scored = new LinkedHashMap<>();
                seen.clear();
                char after = end < text.length() ? text.charAt(end) : ' ';
                for (String c : cands) {
                    if (c.equals(form) || !seen.add(c) || Math.abs(c.length() - form.length()) > 3
                            || droppedAtEdge(form, c, after)) {
                        continue;
                    }
                    double lm = wordCost(c);
                    if (lm == Double.MAX_VALUE) {
                        continue;
                    }
                    double channel = model.cost(form, c);
                    if (channel > MAX_CHANNEL) {
                        continue;
                    }
                    scored.put(c, asPrinted - lm - channel);
                }
                if (scored.isEmpty()) {
                    continue;
                }
                List<Map.Entry<String, Double>> ranked = new ArrayList<>(scored.entrySet());
                ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
                double gain = ranked.get(0).getValue();
                if (gain < margin) {
                    continue;
                }
                List<Correction> corrections = new ArrayList<>();
                double norm = 0;
                for (int k = 0; k < Math.min(5, ranked.size()); k++) {
                    norm += Math.exp(ranked.get(k).getValue() - gain);
                }
                for (int k = 0; k < Math.min(5, ranked.size()); k++) {
                    double p = Math.exp(ranked.get(k).getValue() - gain) / norm;
                    corrections.add(new Correction(ranked.get(k).getKey(), Math.round(p * 1000) / 1000.0));
                }
                out.add(new Window(start, end, form, gain, corrections, nonWord));
            }
        }
    }

    /**
     * A candidate that is the form less something at its start or end is mostly the form less a neighbouring word;
     * only one stray letter at the end counts (a speck read as a letter), never before a full stop (an abbreviation
     * such as ค.ศ.).
     */
    private static boolean droppedAtEdge(String form, String c, char after) {
        if (c.length() >= form.length()) {
            return false;
        }
        if (form.startsWith(c)) {
            return form.length() - c.length() > 1 || after == '.' || !ThaiChars.isConsonant(form.charAt(form.length() - 1));
        }
        return form.endsWith(c);
    }

    /** Known words and repeated forms sharing the form's shape key, or its key less one letter, or a learned chunk. */
    private void candidates(String form, List<String> out, boolean withDeletions) {
        String key = ConfusionModel.skeleton(form);
        lookup(key, out);
        if (withDeletions && key.length() >= 4) {
            for (int k = 0; k < key.length(); k++) {
                lookup(key.substring(0, k) + key.substring(k + 1), out);
            }
        }
        for (Map.Entry<String, Map<String, Integer>> e : model.learnedChunks().entrySet()) {
            for (int at = form.indexOf(e.getKey()); at >= 0; at = form.indexOf(e.getKey(), at + 1)) {
                for (String meant : e.getValue().keySet()) {
                    String v = form.substring(0, at) + meant + form.substring(at + e.getKey().length());
                    lookup(ConfusionModel.skeleton(v), out);
                }
            }
        }
    }

    private void lookup(String key, List<String> out) {
        if (key.isEmpty()) {
            return;
        }
        lexicon.withSkeleton(key, out);
        forms.withSkeleton(key, out);
    }
}
