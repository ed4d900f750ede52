package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.tei.schemas.Validators;

/**
 * {@code siglum correct} in the real product, on a copy of the sample edition: the dry run lists the occurrences with
 * FILE:LINE:COL and changes nothing; the chosen ones become entries that follow the sample's conventions, every byte
 * elsewhere stays, and the edition stays valid against siglum.rng.
 */
class CorrectCommandIT {

    @TempDir
    Path dir;

    @Test
    void aSeriesOfCorrectionsIsListedThenRecordedAsEntriesInTheSamplesOwnWay() throws Exception {
        Path file = Files.copy(Siglum.root().resolve("samples/chapter-3.xml"), dir.resolve("chapter-3.xml"));
        String before = Files.readString(file);

        Siglum.Run dry = Siglum.run(dir, "correct", "chapter-3.xml", "--from", "กรรมกร", "--to", "กรรมการ",
                "--dry-run");
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        List<String> lines = dry.out().lines().toList();
        List<String> places = lines.subList(0, lines.size() - 1);
        assertThat(places).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(l -> assertThat(l).matches("chapter-3\\.xml:\\d+:\\d+: \\d+: ….*\\[กรรมกร\\].*….*"));
        // each FILE:LINE:COL points at the form
        for (String l : places) {
            String[] parts = l.split(":", 4);
            String line = before.lines().skip(Integer.parseInt(parts[1]) - 1).findFirst().orElseThrow();
            int col = Integer.parseInt(parts[2]);
            assertThat(line.substring(line.offsetByCodePoints(0, col - 1))).startsWith("กรรมกร");
        }
        assertThat(lines.get(lines.size() - 1)).contains("(--dry-run: nothing changed)");
        assertThat(Files.readString(file)).isEqualTo(before);

        Siglum.Run run = Siglum.run(dir, "correct", "chapter-3.xml", "--from", "กรรมกร", "--to", "กรรมการ",
                "--only", "1,3", "--type", "real-word");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().lines().toList()).last().asString()
                .matches("chapter-3\\.xml:\\d+:\\d+: recorded 2 corrections of \"กรรมกร\" as \"กรรมการ\" "
                        + "\\(entries app-1 to app-2\\); \\d+ of the \\d+ not recorded; saved .*");
        String after = Files.readString(file);
        String entry = "<app xml:id=\"app-%d\" type=\"ocr\"><lem wit=\"#ED\">กรรมการ</lem><rdg wit=\"#OCR\" "
                + "cause=\"ocr-error\" type=\"real-word\">กรรมกร</rdg></app>";
        // exactly the two forms replaced, nothing else
        int first = after.indexOf(String.format(entry, 1));
        int second = after.indexOf(String.format(entry, 2));
        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(first);
        String undone = after.replace(String.format(entry, 1), "กรรมกร").replace(String.format(entry, 2), "กรรมกร");
        assertThat(undone).isEqualTo(before);
        assertThat(dir.resolve("chapter-3.xml~")).hasContent(before);
        assertThat(Validators.relaxng(Siglum.root().resolve("tei-schemas/siglum.rng"), file)).as("RELAX NG").isEmpty();

        Siglum.Run refused = Siglum.run(dir, "correct", "chapter-3.xml", "--from", "กรรมกร", "--to", "กรรมการ",
                "--where", "pages:1-2");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("not a kind of scope");
    }
}
