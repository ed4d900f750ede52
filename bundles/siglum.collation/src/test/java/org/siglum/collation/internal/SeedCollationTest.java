package org.siglum.collation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.siglum.collation.Collation;
import org.siglum.collation.CollationOptions;
import org.siglum.collation.Reading;
import org.siglum.collation.VariantPlace;
import org.siglum.collation.Witness;
import org.siglum.core.testing.ProjectFiles;

/** The seed chapter from OCR against its copy with every labelled correction applied (samples/README-labels.md). */
class SeedCollationTest {

    @Test
    void theSeedAgainstItsCorrectedCopyGivesOneSmallEntryPerCorrection() throws Exception {
        String seed = ProjectFiles.seed();
        List<String> lines = Files.readAllLines(ProjectFiles.file("samples/ocr-errors.tsv"), StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        StringBuilder corrected = new StringBuilder();
        int at = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split("\t", -1);
            rows.add(row);
            int offset = Integer.parseInt(row[1]);
            corrected.append(seed, at, offset).append(row[4]);
            at = offset + Integer.parseInt(row[2]);
        }
        corrected.append(seed.substring(at));

        Collation c = new ThaiCollator().collate(List.of(new Witness("OCR", seed), new Witness("ED", corrected.toString())),
                CollationOptions.thai());

        // every place is a labelled error, and small
        for (VariantPlace place : c.places()) {
            Reading ocr = place.lemma();
            assertThat(rows).as("place at " + ocr.start() + " " + ocr.text()).anyMatch(r -> overlaps(ocr, r));
            assertThat(ocr.text().length()).as(ocr.text()).isLessThanOrEqualTo(20);
        }
        // every correction but the spacing ones (white space is no variant) has a place
        int spacing = 0;
        for (String[] r : rows) {
            if (r[5].equals("spacing")) {
                spacing++;
                assertThat(c.places()).as(r[0]).noneMatch(p -> overlaps(p.lemma(), r));
            } else {
                assertThat(c.places()).as(r[0] + " " + r[3]).anyMatch(p -> overlaps(p.lemma(), r));
            }
        }
        // 128 corrections that are not spacing; 8 pairs of them touch with no space between and share a place
        assertThat(rows.size() - spacing).isEqualTo(128);
        assertThat(c.places()).hasSize(120);
    }

    private static boolean overlaps(Reading lemma, String[] row) {
        int offset = Integer.parseInt(row[1]);
        int end = offset + Integer.parseInt(row[2]);
        if (lemma.isEmpty()) {
            return offset <= lemma.start() && lemma.start() <= end;
        }
        if (offset == end) {
            return lemma.start() <= offset && offset <= lemma.end();
        }
        return lemma.start() < end && offset < lemma.end();
    }
}
