package org.siglum.core.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * Where tests find their files: one rule for every test module (shared through siglum.core's test jar).
 * <ul>
 * <li>The project's own files (samples, schemas, fixtures, docs) lie under the repository root and must be there: a
 * test that misses one fails. The root is {@code -Dsiglum.root} (the build sets it), else the nearest folder above the
 * working directory that holds {@code pom.xml} and {@code bundles/}.</li>
 * <li>The shared material that is not ours ({@code corpus}, {@code tei}) lies in {@code -Dsiglum.shared}, else in
 * {@code shared} beside the repository root; a test that needs it is skipped, with a message, where it is absent.</li>
 * </ul>
 */
public final class ProjectFiles {

    /** The system property naming the repository root. */
    public static final String ROOT_PROPERTY = "siglum.root";

    /** The system property naming the folder of shared material (default: {@code shared} beside the root). */
    public static final String SHARED_PROPERTY = "siglum.shared";

    /** The seed chapter from OCR that the sample edition is made from. */
    public static final String SEED = "samples/chapter-3-ocr.txt";

    private ProjectFiles() {
    }

    /** The repository's root folder, absolute and normalised. */
    public static Path root() {
        String configured = System.getProperty(ROOT_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("bundles")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root above " + start + " (set -D" + ROOT_PROPERTY + ")");
    }

    /** A file or folder of the project, relative to the root; the calling test fails when it is missing. */
    public static Path file(String relative) {
        Path path = root().resolve(relative);
        assertTrue(Files.exists(path), () -> relative + " is missing from the project (looked at " + path + ")");
        return path;
    }

    /** A text file of the project, read as UTF-8. */
    public static String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the seed chapter ({@value #SEED}). */
    public static String seed() {
        return read(SEED);
    }

    /** The folder of shared material, whether or not it exists. */
    public static Path sharedRoot() {
        String configured = System.getProperty(SHARED_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return root().resolveSibling("shared");
    }

    /** {@code shared/NAME}; the calling test is skipped, saying what it needs, when it is absent. */
    public static Path shared(String name) {
        Path dir = sharedRoot().resolve(name);
        Assumptions.assumeTrue(Files.exists(dir), () -> dir + " is absent: this test needs the shared " + name);
        return dir;
    }

    /** {@code shared/NAME} where it exists, for tests that take it as extra input beside their own. */
    public static Optional<Path> sharedIfPresent(String name) {
        Path dir = sharedRoot().resolve(name);
        return Files.exists(dir) ? Optional.of(dir) : Optional.empty();
    }
}
