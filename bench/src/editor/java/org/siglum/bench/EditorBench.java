package org.siglum.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

import org.siglum.core.EditionDocument;
import org.siglum.thai.find.FindQuery;
import org.siglum.thai.find.TextFinder;
import org.siglum.validation.internal.assist.RngSchemaGuide;

/**
 * The editor's per-keystroke and per-search work on the sample chapter, each against a peer measured in the same run
 * (docs/decisions/0028): content proposals at the end of the last paragraph (the whole text scanned) against the
 * core's parse of the same text; find against {@code String.indexOf} over the same text. 5 warm-up rounds, then the
 * median of 9 timed rounds.
 * <p>
 * Usage: {@code EditorBench <repo root>}; prints a Markdown table.
 */
public final class EditorBench {

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        String text = Files.readString(repo.resolve("samples/chapter-3.xml"));
        RngSchemaGuide guide = new RngSchemaGuide();
        int offset = text.lastIndexOf("</p>");
        guide.propose(text, offset); // the grammar is read once, on first use

        List<String[]> rows = new ArrayList<>();
        double parse = median(() -> EditionDocument.ofText(text, "chapter-3.xml").tree().elementList().size());
        double propose = median(() -> guide.propose(text, offset).size());
        rows.add(row("proposals at the end of the last paragraph", propose, "core parse of the text", parse));

        double indexOf = median(() -> count(text, "รัฐ"));
        double findCased = median(() -> TextFinder.findAll(text, new FindQuery("Lenin", false, false, false)).size());
        double indexOfCased = median(() -> count(text, "Lenin"));
        rows.add(row("find all \"Lenin\" (ignoring case)", findCased, "String.indexOf loop (exact case)", indexOfCased));
        for (FindQuery query : List.of(new FindQuery("รัฐ", true, false, false), new FindQuery("รัฐ", false, false, false),
                new FindQuery("รัฐ", true, true, false), new FindQuery("รัฐ", true, true, true))) {
            double find = median(() -> TextFinder.findAll(text, query).size());
            String mode = (query.caseSensitive() ? "" : "ignoring case, ") + (query.wholeWord() ? "whole words, " : "")
                    + (query.ignoreMarkup() ? "ignoring markup, " : "");
            rows.add(row("find all \"รัฐ\" (" + (mode.isEmpty() ? "plain" : mode.substring(0, mode.length() - 2)) + ")",
                    find, "String.indexOf loop", indexOf));
        }
        System.out.printf(Locale.ROOT, "Sample: samples/chapter-3.xml, %d characters.%n%n", text.length());
        System.out.println("| work | ours (ms) | peer | peer (ms) | ratio ours / peer |");
        System.out.println("|---|---|---|---|---|");
        for (String[] r : rows) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
    }

    private static String[] row(String work, double ours, String peer, double theirs) {
        return new String[] {work, fmt(ours), peer, fmt(theirs), String.format(Locale.ROOT, "%.1f", ours / theirs)};
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    private static int sink;

    private static double median(IntSupplier work) {
        for (int i = 0; i < 5; i++) {
            sink += work.getAsInt();
        }
        double[] rounds = new double[9];
        for (int i = 0; i < rounds.length; i++) {
            long t = System.nanoTime();
            sink += work.getAsInt();
            rounds[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(rounds);
        return rounds[4];
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, ms < 10 ? "%.2f" : "%.0f", ms);
    }
}
