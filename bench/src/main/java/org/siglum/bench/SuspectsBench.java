package org.siglum.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.siglum.bench.Labels.Label;
import org.siglum.suspects.Reason;
import org.siglum.suspects.Signal;
import org.siglum.suspects.Suspect;
import org.siglum.suspects.internal.ThaiSuspectFinder;

/**
 * Precision and recall of {@code siglum suspects} on our labelled set. A suspect matches a label when their spans
 * overlap; precision = suspects matching some label / suspects; recall = labels matched by some suspect / labels.
 * Usage: SuspectsBench SEED.txt ocr-errors.tsv
 */
public final class SuspectsBench {

    public static void main(String[] args) throws Exception {
        String seed = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        List<Label> labels = Labels.read(Path.of(args[1]));
        ThaiSuspectFinder finder = new ThaiSuspectFinder();
        for (int i = 0; i < 5; i++) {
            finder.find(seed);
        }
        long[] times = new long[9];
        List<Suspect> suspects = null;
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            suspects = finder.find(seed);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Seed: %,d characters; %d labels; %d suspects; time %.1f ms (median of 9 warm runs)%n%n",
                seed.length(), labels.size(), suspects.size(), times[4] / 1e6));
        out.append("| cut | suspects | matching a label | precision | labels found | recall |\n|---|---|---|---|---|---|\n");
        for (int top : new int[] {10, 25, 50, Integer.MAX_VALUE}) {
            List<Suspect> cut = suspects.subList(0, Math.min(top, suspects.size()));
            int matching = (int) cut.stream().filter(s -> labels.stream().anyMatch(l -> overlaps(s, l))).count();
            int found = (int) labels.stream().filter(l -> cut.stream().anyMatch(s -> overlaps(s, l))).count();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %d / %d | %.2f |%n",
                    top == Integer.MAX_VALUE ? "all" : "top " + top, cut.size(), matching,
                    cut.isEmpty() ? 0 : (double) matching / cut.size(), found, labels.size(), (double) found / labels.size()));
        }
        out.append("\nRecall by kind of label (all suspects):\n\n| kind | labels | found | recall |\n|---|---|---|---|\n");
        Map<String, int[]> byKind = new TreeMap<>();
        for (Label l : labels) {
            int[] c = byKind.computeIfAbsent(l.kind(), k -> new int[2]);
            c[0]++;
            final List<Suspect> all = suspects;
            if (all.stream().anyMatch(s -> overlaps(s, l))) {
                c[1]++;
            }
        }
        byKind.forEach((kind, c) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f |%n", kind, c[0], c[1],
                (double) c[1] / c[0])));
        out.append("\nPrecision by signal (a suspect counts for every signal among its reasons):\n\n| signal | weight | suspects | matching a label | precision |\n|---|---|---|---|---|\n");
        for (Signal signal : Signal.values()) {
            List<Suspect> with = new ArrayList<>();
            for (Suspect s : suspects) {
                if (s.reasons().stream().map(Reason::signal).anyMatch(signal::equals)) {
                    with.add(s);
                }
            }
            int matching = (int) with.stream().filter(s -> labels.stream().anyMatch(l -> overlaps(s, l))).count();
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %d | %d | %.2f |%n", signal.name().toLowerCase(Locale.ROOT),
                    signal.weight(), with.size(), matching, with.isEmpty() ? 0 : (double) matching / with.size()));
        }
        System.out.print(out);
    }

    static boolean overlaps(Suspect s, Label l) {
        int end = l.offset() + Math.max(1, l.length());
        return s.offset() < end && l.offset() < s.end();
    }
}
