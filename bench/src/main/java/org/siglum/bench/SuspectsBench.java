package org.siglum.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.siglum.bench.Labels.Label;
import org.siglum.suspects.Evidence;
import org.siglum.suspects.Suspect;
import org.siglum.suspects.internal.ThaiSuspectFinder;

/**
 * Precision, recall and first-correction accuracy of {@code siglum suspects} on our labelled set, split by the OCR's
 * pages: the first half (pages 1-7 of the seed) is where thresholds were tuned, the second half (pages 8-15) is
 * reported apart as held-out. Learning: the held-out half is also run with the first half's labels given as recorded
 * OCR errors (what an edition with the first half proofread would teach). A suspect matches a label when their spans
 * overlap; its first correction is right when it gives the label's correction over the union of both spans.
 * Usage: SuspectsBench SEED.txt ocr-errors.tsv persons.tsv chapter-3.xml
 */
public final class SuspectsBench {

    /** Kinds of label that are letter errors (not real words, spacing, Latin, digits). */
    static final Set<String> LETTER_KINDS = Set.of("misrecognised-letter", "vowel", "tone-mark", "impossible-sequence",
            "foreign-script", "doubled");

    public static void main(String[] args) throws Exception {
        String seed = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        List<Label> labels = Labels.read(Path.of(args[1]));
        Set<String> names = new LinkedHashSet<>();
        List<String> persons = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8);
        for (String line : persons.subList(1, persons.size())) {
            String[] f = line.split("\t", -1);
            names.add(f[1]);
            names.addAll(Arrays.asList(f[2].split(" \\| ")));
        }
        int split = pageStart(seed, Files.readString(Path.of(args[3]), StandardCharsets.UTF_8), 7);
        ThaiSuspectFinder finder = new ThaiSuspectFinder();
        long t0 = System.nanoTime();
        finder.lexiconStatus();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        Evidence personsOnly = new Evidence(List.of(), names);
        List<Evidence.RecordedError> firstHalf = new ArrayList<>();
        for (Label l : labels) {
            if (l.offset() < split) {
                firstHalf.add(new Evidence.RecordedError(l.ocr(), l.correction()));
            }
        }
        Evidence learned = new Evidence(firstHalf, names);
        for (int i = 0; i < 5; i++) {
            finder.find(seed, personsOnly);
        }
        long[] times = new long[9];
        List<Suspect> suspects = null;
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            suspects = finder.find(seed, personsOnly);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        List<Suspect> withLearning = finder.find(seed, learned);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Seed: %,d characters; %d labels; split at offset %,d (start of OCR page 8);"
                + " lexicon loaded once in %.0f ms (%s); suspects of the whole seed in %.1f ms (median of 9 warm runs)%n%n",
                seed.length(), labels.size(), split, loadMs, String.join("; ", finder.lexiconStatus()), times[4] / 1e6));
        out.append("| set | labels | suspects | precision | recall | letter-error recall | first correction right"
                + " (of labels found) | first correction right (of letter errors) |\n|---|---|---|---|---|---|---|---|\n");
        row(out, "pages 1-7 (tuned on)", seed, labels, suspects, s -> s < split);
        row(out, "pages 8-15 (held out)", seed, labels, suspects, s -> s >= split);
        row(out, "pages 8-15, learning from pages 1-7's labels", seed, labels, withLearning, s -> s >= split);
        row(out, "all pages", seed, labels, suspects, s -> true);
        out.append("\nBy kind, held-out pages 8-15 with learning:\n\n| kind | labels | found | recall | first correction right |\n|---|---|---|---|---|\n");
        Map<String, int[]> byKind = new TreeMap<>();
        for (Label l : labels) {
            if (l.offset() < split) {
                continue;
            }
            int[] c = byKind.computeIfAbsent(l.kind(), k -> new int[3]);
            c[0]++;
            Suspect s = match(withLearning, l);
            if (s != null) {
                c[1]++;
                c[2] += right(seed, s, l) ? 1 : 0;
            }
        }
        byKind.forEach((kind, c) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %d |%n", kind, c[0], c[1],
                (double) c[1] / c[0], c[2])));
        if (System.getenv("SUSPECTS_DUMP") != null) {
            for (Suspect s : withLearning) {
                Label l = labels.stream().filter(x -> overlaps(s, x)).findFirst().orElse(null);
                System.err.println((l == null ? "FALSE " : right(seed, s, l) ? "RIGHT " : "WRONG ") + s.offset() + " " + s.form()
                        + " -> " + s.suggestion().orElse("-") + " " + s.score() + " " + s.reasons().get(0).signal()
                        + (l == null ? "" : " [" + l.correction() + " " + l.kind() + "]"));
            }
            for (Label l : labels) {
                if (match(withLearning, l) == null) {
                    System.err.println("MISSED " + l.offset() + " " + l.ocr() + " -> " + l.correction() + " " + l.kind());
                }
            }
        }
        System.out.print(out);
    }

    /** Where the n-th OCR page break of the edition falls in the seed: the text after the pb, found in the seed. */
    static int pageStart(String seed, String xml, int n) {
        int at = -1;
        for (int k = 0; k < n; k++) {
            at = xml.indexOf("<pb edRef=\"#OCR\"", at + 1);
        }
        int s = xml.indexOf('>', at) + 1;
        String after = xml.substring(s, xml.indexOf('<', s));
        String probe = after.substring(0, Math.min(20, after.length()));
        int found = seed.indexOf(probe);
        if (found < 0 || seed.indexOf(probe, found + 1) >= 0) {
            throw new IllegalStateException("page " + (n + 1) + " not found once in the seed: " + probe);
        }
        return found;
    }

    static void row(StringBuilder out, String name, String seed, List<Label> labels, List<Suspect> suspects,
            Predicate<Integer> inSet) {
        List<Suspect> ss = suspects.stream().filter(s -> inSet.test(s.offset())).toList();
        List<Label> ls = labels.stream().filter(l -> inSet.test(l.offset())).toList();
        int matching = (int) ss.stream().filter(s -> ls.stream().anyMatch(l -> overlaps(s, l))).count();
        int found = 0;
        int right = 0;
        int letters = 0;
        int lettersFound = 0;
        int lettersRight = 0;
        for (Label l : ls) {
            Suspect s = match(ss, l);
            boolean letter = LETTER_KINDS.contains(l.kind());
            letters += letter ? 1 : 0;
            if (s != null) {
                found++;
                lettersFound += letter ? 1 : 0;
                if (right(seed, s, l)) {
                    right++;
                    lettersRight += letter ? 1 : 0;
                }
            }
        }
        out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f (%d) | %.2f (%d / %d) | %.2f (%d) | %.2f (%d) |%n",
                name, ls.size(), ss.size(), ss.isEmpty() ? 0 : (double) matching / ss.size(), (double) found / ls.size(),
                found, (double) lettersFound / letters, lettersFound, letters, found == 0 ? 0 : (double) right / found, right,
                (double) lettersRight / letters, lettersRight));
    }

    static Suspect match(List<Suspect> suspects, Label l) {
        return suspects.stream().filter(s -> overlaps(s, l)).findFirst().orElse(null);
    }

    /** Whether the suspect's first correction gives the label's correction over both their spans. */
    static boolean right(String seed, Suspect s, Label l) {
        if (s.suggestion().isEmpty()) {
            return false;
        }
        int a = Math.min(s.offset(), l.offset());
        int b = Math.max(s.end(), l.end());
        String expected = seed.substring(a, l.offset()) + l.correction() + seed.substring(l.end(), b);
        String got = seed.substring(a, s.offset()) + s.suggestion().get() + seed.substring(s.end(), b);
        return expected.equals(got);
    }

    static boolean overlaps(Suspect s, Label l) {
        int end = l.offset() + Math.max(1, l.length());
        return s.offset() < end && l.offset() < s.end();
    }
}
