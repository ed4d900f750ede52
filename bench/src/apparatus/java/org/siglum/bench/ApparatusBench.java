package org.siglum.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.siglum.apparatus.ApparatusEntry;
import org.siglum.apparatus.ApparatusService;
import org.siglum.apparatus.ReadingSpec;
import org.siglum.apparatus.internal.DocumentApparatus;
import org.siglum.core.EditionDocument;

/**
 * The apparatus service on a real edition: listing every entry (tree already parsed, and after an edit, when the
 * tree must be parsed again), and one change (a reading added to the first entry) with its undo.
 * A hand-written harness: warm-up rounds, then timed rounds; each figure is the median.
 * <p>
 * Usage: {@code ApparatusBench <edition.xml>}; prints a Markdown table.
 */
public final class ApparatusBench {
    private static final int WARM = 15;
    private static final int ROUNDS = 21;

    public static void main(String[] args) throws Exception {
        Path file = Paths.get(args[0]);
        ApparatusService apparatus = new DocumentApparatus();
        EditionDocument doc = EditionDocument.read(file);
        byte[] bytes = Files.readAllBytes(file);
        String witness = apparatus.witnesses(doc).get(0).id();
        String firstId = apparatus.entries(doc).get(0).id();
        int entries = apparatus.entries(doc).size();

        double[] list = new double[ROUNDS];
        double[] parseList = new double[ROUNDS];
        double[] addUndo = new double[ROUNDS];
        for (int round = -WARM; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            List<ApparatusEntry> all = apparatus.entries(doc);
            long t1 = System.nanoTime();
            if (all.size() != entries) {
                throw new IllegalStateException("entries changed: " + all.size());
            }
            apparatus.addReading(doc, firstId, ReadingSpec.of(witness, "x", "bench"));
            doc.undo();
            long t2 = System.nanoTime();
            List<ApparatusEntry> again = apparatus.entries(doc); // the undo invalidated the tree: parse + list
            long t3 = System.nanoTime();
            if (again.size() != entries) {
                throw new IllegalStateException("entries changed: " + again.size());
            }
            if (round >= 0) {
                list[round] = (t1 - t0) / 1e6;
                addUndo[round] = (t2 - t1) / 1e6;
                parseList[round] = (t3 - t2) / 1e6;
            }
        }
        if (!Arrays.equals(doc.toBytes(), bytes)) {
            throw new IllegalStateException("add + undo did not give back the file's bytes");
        }
        System.out.printf(Locale.ROOT, "| input | size | entries | list (tree parsed) ms | parse + list ms | add reading + undo ms |%n");
        System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| %s | %.1f MB | %d | %.2f | %.2f | %.2f |%n", file.getFileName(),
                bytes.length / 1e6, entries, median(list), median(parseList), median(addUndo));
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
