package org.siglum.product.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.siglum.core.testing.ProjectFiles;

/** The assembled application under test, and the shared material beside the checkout. */
final class Siglum {

    private Siglum() {
    }

    /** The repository's root folder ({@link ProjectFiles#root()}). */
    static Path root() {
        return ProjectFiles.root();
    }

    /** {@code product/target/siglum}. */
    static Path app() {
        String configured = System.getProperty("siglum.app");
        Path app = configured != null ? Paths.get(configured).normalize() : root().resolve("product/target/siglum");
        if (!Files.isExecutable(app.resolve("bin/siglum"))) {
            fail("the product is not assembled: " + app + "/bin/siglum is missing (mvn package first)");
        }
        return app;
    }

    /** {@code shared/NAME} beside the checkout ({@link ProjectFiles#shared(String)}): skipped where it is absent. */
    static Path shared(String name) {
        return ProjectFiles.shared(name);
    }

    /** Runs {@code bin/siglum} with arguments, in a working folder, and waits at most two minutes. */
    static Run run(Path workingDirectory, String... arguments) throws IOException, InterruptedException {
        return run(java.util.Map.of(), workingDirectory, arguments);
    }

    /**
     * Runs {@code bin/siglum} with variables added to (or, with an empty value, removed from) its environment.
     */
    static Run run(java.util.Map<String, String> environment, Path workingDirectory, String... arguments)
            throws IOException, InterruptedException {
        return run(environment, workingDirectory, 120, arguments);
    }

    /** As {@link #run(java.util.Map, Path, String...)}, waiting at most {@code seconds} (a book's print edition). */
    static Run run(java.util.Map<String, String> environment, Path workingDirectory, int seconds, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(app().resolve("bin/siglum").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().remove("SIGLUM_DEBUG");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        environment.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Path out = Files.createTempFile("siglum-out", ".txt");
        Path err = Files.createTempFile("siglum-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("siglum " + String.join(" ", arguments) + " did not finish within " + seconds + " s");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }
}
