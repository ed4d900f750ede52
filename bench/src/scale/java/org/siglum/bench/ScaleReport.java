package org.siglum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scale benchmark's Markdown tables from the lines ScaleBench printed (run-scale.sh collects them): one row per
 * size and step, then the warm time per chapter at each size and its growth.
 * <p>
 * Usage: {@code ScaleReport RAW.tsv}.
 */
public final class ScaleReport {

    private static final Map<String, String> NAMES = Map.of("open", "open (read + parse)", "rng",
            "validate: siglum.rng", "sch", "validate: siglum.sch", "apparatus", "apparatus listing", "notes",
            "notes listing", "html", "export HTML", "pdf", "export PDF");

    private ScaleReport() {
    }

    public static void main(String[] args) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("| N | size | step | rounds | first (ms) | warm median (ms) | per chapter (ms) | peer (ms) "
                + "| ratio to peer | retained heap after open | peak RSS |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        Map<String, Map<Integer, Double>> perChapter = new LinkedHashMap<>();
        Map<String, String> peers = new LinkedHashMap<>();
        java.util.Set<String> coldCells = new java.util.HashSet<>();
        for (String[] r : rows) {
            String step = r[0];
            int n = Integer.parseInt(r[1]);
            String size = mb(Long.parseLong(r[2]));
            if (r.length < 10) {
                out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | | | | | | | |%n", n, size, name(step),
                        r.length > 3 ? r[3] : "failed"));
                continue;
            }
            double first = Double.parseDouble(r[4]);
            double warm = Double.parseDouble(r[5]);
            double peer = r[6].isEmpty() ? Double.NaN : Double.parseDouble(r[6]);
            long retained = Long.parseLong(r[8]);
            long rss = Long.parseLong(r[9]);
            if (!r[7].isEmpty()) {
                peers.put(name(step), r[7]);
            }
            boolean cold = "0".equals(r[3]);
            String mark = cold ? "*" : "";
            perChapter.computeIfAbsent(step, k -> new TreeMap<>()).put(n, warm / n);
            if (cold) {
                coldCells.add(step + " " + n);
            }
            out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", n, size,
                    name(step), r[3], ms(first), cold ? "" : ms(warm), ms(warm / n) + mark,
                    Double.isNaN(peer) ? "" : ms(peer),
                    Double.isNaN(peer) ? "" : String.format(Locale.ROOT, "%.2f", warm / peer),
                    retained < 0 ? "" : mb(retained), mb(rss)));
        }
        out.append("\nWarm time per chapter and its growth (a ratio of 1 is linear; above 1 the cost per chapter "
                + "grows with the book):\n\n| step | per chapter at 1 (ms) | at 10 | at 100 | 10 / 1 | 100 / 10 |\n"
                + "|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Map<Integer, Double>> e : perChapter.entrySet()) {
            Map<Integer, Double> m = e.getValue();
            String k = e.getKey();
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", name(k),
                    cell(m.get(1)) + (coldCells.contains(k + " 1") ? "*" : ""),
                    cell(m.get(10)) + (coldCells.contains(k + " 10") ? "*" : ""),
                    cell(m.get(100)) + (coldCells.contains(k + " 100") ? "*" : ""), ratio(m.get(10), m.get(1)),
                    ratio(m.get(100), m.get(10))));
        }
        if (!coldCells.isEmpty()) {
            out.append("\n\\* the first call only (it took over a minute, so it was not repeated): a cold figure, with "
                    + "class loading and stylesheet compilation, where the others are warm medians; a ratio with one "
                    + "overstates the growth a little.\n");
        }
        out.append("\nPeers (same JVM, same file, same rounds): ");
        List<String> p = new ArrayList<>();
        peers.forEach((k, v) -> p.add(k + ": " + v));
        out.append(String.join("; ", p)).append(".\n");
        System.out.print(out);
    }

    private static String name(String step) {
        return NAMES.getOrDefault(step, step);
    }

    private static String cell(Double v) {
        return v == null ? "" : ms(v);
    }

    private static String ratio(Double a, Double b) {
        return a == null || b == null ? "" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : v < 100 ? "%.1f" : "%.0f", v);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
