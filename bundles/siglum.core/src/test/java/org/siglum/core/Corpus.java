package org.siglum.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/** The shared corpus of real TEI files at ../shared/corpus relative to the repository root (read-only). */
final class Corpus {
    private Corpus() {
    }

    static Path root() {
        String prop = System.getProperty("siglum.root");
        if (prop != null && Files.isDirectory(Paths.get(prop).resolve("bundles"))) {
            return Paths.get(prop).toAbsolutePath();
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("bundles/siglum.core"))) {
                return p;
            }
        }
        return Paths.get("").toAbsolutePath();
    }

    static Path shared() {
        return root().resolve("../shared").normalize();
    }

    /** The corpus files; skips the calling test when the shared folder is absent. */
    static List<Path> files() throws IOException {
        Path dir = shared().resolve("corpus");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no shared corpus at " + dir + ": corpus tests skipped");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }
}
