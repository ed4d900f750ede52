package org.siglum.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The labelled OCR errors of the seed (samples/ocr-errors.tsv) and the corrected text they give. */
final class Labels {

    /** One labelled error: {@code [offset, offset + length)} of the seed. */
    record Label(String id, int offset, int length, String ocr, String correction, String kind, String confidence) {
        int end() {
            return offset + length;
        }
    }

    private Labels() {
    }

    static List<Label> read(Path tsv) throws IOException {
        List<Label> labels = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            labels.add(new Label(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4], f[5], f[6]));
        }
        return labels;
    }

    /** The seed with every correction applied, as samples/README-labels.md says. */
    static String corrected(String seed, List<Label> labels) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Label l : labels) {
            b.append(seed, at, l.offset()).append(l.correction());
            at = l.end();
        }
        return b.append(seed.substring(at)).toString();
    }
}
