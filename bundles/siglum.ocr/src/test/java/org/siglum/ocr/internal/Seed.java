package org.siglum.ocr.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;


/** The seed chapter in ../shared/seed, or a skipped test. */
final class Seed {
    private Seed() {
    }

    static Path root() {
        String root = System.getProperty("siglum.root");
        return root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent().getParent();
    }

    static String text() throws IOException {
        Path seed = root().toAbsolutePath().normalize().getParent().resolve("shared/seed/chapter-3-ocr.txt");
        org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(seed), "no seed chapter at " + seed + "");
        return Files.readString(seed, StandardCharsets.UTF_8);
    }

    /** Every run of white space (space, tab, CR, LF) as one space, none at the ends. */
    static String collapse(String s) {
        return s.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }
}
