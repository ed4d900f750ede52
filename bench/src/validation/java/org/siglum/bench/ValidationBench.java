package org.siglum.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.siglum.core.EditionDocument;
import org.siglum.core.Xml;
import org.siglum.validation.Finding;
import org.siglum.validation.SchemaChoice;
import org.siglum.validation.internal.JingSchematronValidator;

/**
 * Warm, in-process validation of a chapter-size edition: our grammar, our rules, both, and the full TEI. A hand-written
 * harness: the first call (schema compilation included) timed alone, then 5 warm-up rounds and 9 timed rounds; each
 * warm figure is the median round.
 * <p>
 * Usage: {@code ValidationBench <repo root> <output dir>}; prints a Markdown table. The edition is
 * {@code samples/chapter-3.xml} when present, else generated from {@code samples/chapter-3-ocr.txt} on the
 * tei-schemas valid fixture (header, witnesses, persons, bibliography), valid against siglum.rng and siglum.sch.
 */
public final class ValidationBench {

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path out = Path.of(args.length > 1 ? args[1] : "bench/target");
        Files.createDirectories(out);
        Path sample = repo.resolve("samples/chapter-3.xml");
        Path file;
        String source;
        if (Files.isRegularFile(sample)) {
            file = sample;
            source = "samples/chapter-3.xml";
        } else {
            file = out.resolve("chapter-validation.xml");
            Files.writeString(file, generate(repo), StandardCharsets.UTF_8);
            source = "generated from the seed";
        }
        EditionDocument document = EditionDocument.read(file);
        JingSchematronValidator service = new JingSchematronValidator();
        List<String[]> rows = new ArrayList<>();
        List<SchemaChoice> choices = new ArrayList<>(List.of(SchemaChoice.siglumGrammar(), SchemaChoice.siglumRules(),
                SchemaChoice.siglum()));
        Path teiAll = repo.getParent().resolve("shared/tei/tei_all.rng");
        if (Files.isRegularFile(teiAll)) {
            choices.add(SchemaChoice.file(teiAll));
        }
        for (SchemaChoice choice : choices) {
            long t0 = System.nanoTime();
            List<Finding> findings = service.validate(document, choice);
            double first = (System.nanoTime() - t0) / 1e6;
            for (int i = 0; i < 5; i++) {
                service.validate(document, choice);
            }
            double[] rounds = new double[9];
            for (int i = 0; i < rounds.length; i++) {
                long t = System.nanoTime();
                service.validate(document, choice);
                rounds[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(rounds);
            String label = choice.path().isPresent() ? "tei_all (RELAX NG)" : switch (choice.label()) {
                case "siglum grammar" -> "siglum.rng (RELAX NG)";
                case "siglum rules" -> "siglum.sch (Schematron)";
                default -> "siglum (both)";
            };
            rows.add(new String[] {label, fmt(first), fmt(rounds[4]), fmt(rounds[0]) + "–" + fmt(rounds[8]),
                    String.valueOf(findings.size())});
        }
        System.out.printf(Locale.ROOT, "Edition: %s, %d KB, %d elements.%n%n", source, Files.size(file) / 1024,
                document.tree().elementList().size());
        System.out.println("| schema | first call, compile included (ms) | warm median (ms) | warm min–max (ms) | findings |");
        System.out.println("|---|---|---|---|---|");
        for (String[] r : rows) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
        System.out.println();
        System.out.println("FILE " + file);
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, ms < 10 ? "%.2f" : "%.0f", ms);
    }

    /** The valid fixture with the seed's paragraphs added to its chapter: apps every 7th word, a note every 60th. */
    static String generate(Path repo) throws Exception {
        String fixture = Files.readString(repo.resolve("tei-schemas/src/test/resources/valid/edition.xml"));
        String seed = Files.readString(repo.resolve("samples/chapter-3-ocr.txt"));
        StringBuilder body = new StringBuilder();
        int word = 0;
        int note = 3;
        for (String line : seed.split("\\R")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            body.append("        <p>");
            String[] words = text.split(" +");
            for (int i = 0; i < words.length; i++) {
                String w = Xml.escapeText(words[i]);
                word++;
                if (i > 0) {
                    body.append(' ');
                }
                if (word % 7 == 0) {
                    body.append("<app type=\"ocr\"><lem wit=\"#ED\">").append(w)
                            .append("</lem><rdg wit=\"#OCR\" cause=\"ocr-error\" type=\"substitution\">").append(w)
                            .append("ฯ</rdg></app>");
                } else {
                    body.append(w);
                }
                if (word % 60 == 0) {
                    body.append("<anchor xml:id=\"ga").append(note).append("\" type=\"note\"/><note place=\"foot\" n=\"")
                            .append(note).append("\" target=\"#ga").append(note).append("\">หมายเหตุ ").append(note)
                            .append("</note>");
                    note++;
                }
            }
            body.append("</p>\n");
        }
        String marker = "        </lg>\n";
        int at = fixture.indexOf(marker) + marker.length();
        String result = fixture.substring(0, at) + body + fixture.substring(at);
        return result.replace("<note place=\"foot\" n=\"3\" target=\"#a3\">",
                "<note place=\"foot\" n=\"" + note + "\" target=\"#a3\">");
    }
}
