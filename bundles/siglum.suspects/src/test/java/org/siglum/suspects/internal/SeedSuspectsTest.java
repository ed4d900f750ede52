package org.siglum.suspects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siglum.core.testing.ProjectFiles;
import org.siglum.suspects.Suspect;
import org.siglum.thai.ThaiChars;

import com.ibm.icu.lang.UScript;

/** The seed chapter from OCR (samples/chapter-3-ocr.txt) against our labels (samples/ocr-errors.tsv). */
class SeedSuspectsTest {

    private static String seed;
    private static List<String[]> labels;
    private static List<Suspect> suspects;

    @BeforeAll
    static void read() throws Exception {
        seed = ProjectFiles.seed();
        labels = new ArrayList<>();
        List<String> lines = Files.readAllLines(ProjectFiles.file("samples/ocr-errors.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            labels.add(line.split("\t", -1));
        }
        suspects = new ThaiSuspectFinder().find(seed);
    }

    @Test
    void everyLabelledForeignScriptErrorIsFoundWithAMixedScriptReason() {
        for (String[] row : labels) {
            if (row[5].equals("foreign-script")) {
                int offset = Integer.parseInt(row[1]);
                int end = offset + Integer.parseInt(row[2]);
                assertThat(suspects).as(row[0] + " " + row[3])
                        .anyMatch(s -> s.offset() < end && offset < s.end() && s.reasons().get(0).detail().contains("letters"));
            }
        }
    }

    @Test
    void everyTokenThatMixesThaiWithAnotherScriptIsFound() {
        int checked = 0;
        for (String token : seed.split("[\\s\\p{P}\\d]+")) {
            boolean thai = token.codePoints().anyMatch(cp -> ThaiChars.script(cp) == UScript.THAI);
            boolean other = token.codePoints().anyMatch(cp -> {
                int s = ThaiChars.script(cp);
                return s != UScript.THAI && s != UScript.COMMON;
            });
            if (thai && other) {
                checked++;
                for (int at = seed.indexOf(token); at >= 0; at = seed.indexOf(token, at + 1)) {
                    final int from = at;
                    assertThat(suspects).as(token + " at " + at).anyMatch(s -> s.offset() < from + token.length() && from < s.end());
                }
            }
        }
        assertThat(checked).as("mixed tokens in the seed").isGreaterThanOrEqualTo(3);
    }

    @Test
    void precisionAndRecallOnTheLabelsStayAboveTheirMeasuredFloor() {
        int matched = 0;
        for (Suspect s : suspects) {
            if (labels.stream().anyMatch(r -> overlaps(s, r))) {
                matched++;
            }
        }
        long found = labels.stream().filter(r -> suspects.stream().anyMatch(s -> overlaps(s, r))).count();
        // measured 2026-11-25: precision 20/41, recall 21/135 (bench/results.md); floors leave room for tuning
        assertThat((double) matched / suspects.size()).as("precision").isGreaterThan(0.4);
        assertThat((double) found / labels.size()).as("recall").isGreaterThan(0.14);
    }

    private static boolean overlaps(Suspect s, String[] row) {
        int offset = Integer.parseInt(row[1]);
        int end = offset + Math.max(1, Integer.parseInt(row[2]));
        return s.offset() < end && offset < s.end();
    }
}
