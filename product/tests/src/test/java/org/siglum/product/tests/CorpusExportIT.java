package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siglum.core.testing.TeiText;

/**
 * Real editions of other projects through the whole command, as a scholar would run it: every file of
 * {@code ../shared/corpus} in all four formats at once. Odd but legal TEI is a warning, never a refusal (decision
 * 0039); each format writes its files, without an error; the print edition has pages, and FOP found a glyph for
 * every character: no {@code glyphNotAvailable}. The text of every paragraph, block, verse line, heading, list item
 * and note, read from the TEI with the JDK's DOM ({@link TeiText}), is in the text {@code pdftotext} reads from the
 * PDF ({@link PrintedText}), all but at most one in ten where pdftotext reads the page otherwise than it is printed
 * (right-to-left text: one word in ten of the edition). The notes are counted: the web edition has a marker and a
 * note for each, the LaTeX a footnote.
 */
class CorpusExportIT {

    @TempDir
    Path dir;

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(Siglum.shared("corpus"))) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyFormatIsWrittenWithWarningsAtMost(Path edition) throws Exception {
        String base = edition.getFileName().toString().replaceFirst("\\.xml$", "");
        Siglum.Run run = Siglum.run(java.util.Map.of(), dir, 900, "export", edition.toString(), "--format",
                "html,pdf,latex,text", "-o", "out");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err().lines()).as("no error").noneMatch(l -> l.contains(": error:"));
        List<String> written = run.out().lines().toList();
        assertThat(written).as(run.toString()).contains("out/" + base + "/index.html", "out/" + base + ".pdf",
                "out/" + base + ".tex").anyMatch(l -> l.startsWith("out/" + base) && l.endsWith(".txt"));
        for (String file : written) {
            assertThat(dir.resolve(file)).as(file).isNotEmptyFile();
        }
        Process info = new ProcessBuilder("pdfinfo", dir.resolve("out/" + base + ".pdf").toString())
                .redirectErrorStream(true).start();
        String pdfinfo = new String(info.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(info.waitFor()).as(pdfinfo).isZero();
        assertThat(pdfinfo).as("pages of the print edition").containsPattern("(?m)^Pages:\\s+[1-9]");

        // every note is a note of its own: in the web edition a marker and the note (the apparatus's notes are in
        // its entries, and the web edition shows them as notes too), in LaTeX a footnote (a note in a note in its text)
        String html = Files.readString(dir.resolve("out/" + base + "/index.html"));
        String tex = Files.readString(dir.resolve("out/" + base + ".tex"));
        int notes = TeiText.notes(edition, true);
        assertThat(count(html, "class=\"note-text\"")).as("notes of the web edition").isGreaterThanOrEqualTo(notes);
        assertThat(count(html, "class=\"noteref\"")).as("note markers of the web edition").isGreaterThanOrEqualTo(notes);
        assertThat(count(tex, "\\footnoteA{")).as("footnotes of the LaTeX").isEqualTo(TeiText.notes(edition, false));

        assertThat(run.err().lines()).as("FOP found a glyph for every character").noneMatch(l -> l.contains("glyphNotAvailable"));
        PrintedText pdf = PrintedText.of(dir.resolve("out/" + base + ".pdf"));
        List<String> missing = new java.util.ArrayList<>();
        List<String> unfoundWords = new java.util.ArrayList<>();
        int segments = 0;
        int rightToLeftWords = 0;
        for (String name : List.of("p", "ab", "l", "head", "item", "note")) {
            for (String segment : TeiText.words(edition, name)) {
                if (PrintedText.rightToLeft(segment)) {
                    rightToLeftWords += PrintedText.words(segment).size();
                    unfoundWords.addAll(pdf.unfoundWords(segment));
                    continue;
                }
                segments++;
                String where = pdf.missing(segment);
                if (where != null) {
                    missing.add(name + ": " + where);
                }
            }
        }
        // pdftotext's reading is not the page's everywhere (a short paragraph across a page and its foot): at most one
        // segment in ten may not be found, and which are not is printed
        assertThat(missing.size() * 10).as("%s: paragraphs and notes not found in the PDF's text, of %d: %s", base,
                segments, missing).isLessThanOrEqualTo(segments);
        // right-to-left text word by word: pdftotext cuts a Syriac word at a mark that FOP set above or below the
        // baseline: at most one word in ten of the edition
        System.out.printf("%s: %d of %d right-to-left words not found in the PDF%n", base, unfoundWords.size(),
                rightToLeftWords);
        assertThat(unfoundWords.size() * 10).as("%s: right-to-left words not found in the PDF's text, of %d: %s",
                base, rightToLeftWords, unfoundWords).isLessThanOrEqualTo(rightToLeftWords);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
