package org.siglum.core;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import org.siglum.core.testing.ProjectFiles;

/** The shared corpus of real TEI files ({@code shared/corpus} beside the repository, read-only). */
final class Corpus {
    private Corpus() {
    }

    /** The corpus files; skips the calling test when the shared corpus is absent. */
    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(ProjectFiles.shared("corpus"))) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }
}
