package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The plugin kit's two examples built as their README says: {@code mvn package} in a copy of {@code examples/},
 * against the assembled product's {@code sdk/repository}, with the Maven and the local repository of this build.
 */
final class ExamplePlugins {

    private ExamplePlugins() {
    }

    /** Builds the examples under {@code work}; returns the format's jar and the view's jar. */
    static Path[] build(Path work) throws Exception {
        Path examples = work.resolve("examples");
        copy(Siglum.root().resolve("examples"), examples);
        List<String> command = new ArrayList<>(List.of(maven(), "-B", "-q", "package",
                "-Dsiglum.sdk=" + Siglum.app().resolve("sdk/repository")));
        String repository = System.getProperty("siglum.maven.repo");
        if (repository != null && !repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(examples.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path log = work.resolve("maven.log");
        Process maven = builder.redirectOutput(log.toFile()).start();
        assertThat(maven.waitFor(10, TimeUnit.MINUTES)).as("the examples' build ends").isTrue();
        assertThat(maven.exitValue()).as("mvn package in examples/:\n" + Files.readString(log)).isZero();
        Path csv = examples.resolve("apparatus-csv/target/apparatus-csv-1.0.0.jar");
        Path view = examples.resolve("characters-view/target/characters-view-1.0.0.jar");
        assertThat(csv).exists();
        assertThat(view).exists();
        return new Path[] {csv, view};
    }

    private static String maven() {
        String home = System.getProperty("siglum.maven.home");
        if (home != null && !home.isBlank() && Files.isExecutable(Paths.get(home, "bin", "mvn"))) {
            return Paths.get(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> !from.relativize(f).toString().contains("target")).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
