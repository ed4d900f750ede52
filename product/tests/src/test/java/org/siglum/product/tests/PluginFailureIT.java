package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.launch.Framework;
import org.siglum.launcher.internal.FeatureLauncher;
import org.siglum.product.tests.plugins.FailingActivator;

/**
 * A failing plugin stays contained: the headless product is started with two deliberately broken bundles added, made
 * by this test (jars with hand-written manifests around a class of this module and classes it compiles): one that
 * throws on start, one whose exporters fail on use, on listing their options and on giving their id. The launcher
 * reports the bundle that did not start; {@code siglum export --format html,broken,...} still writes the web edition
 * and reports each broken format (exit 1); the other commands work.
 */
class PluginFailureIT {

    private static FeatureLauncher launcher;
    private static Framework framework;
    private static InProcessCli cli;
    private static final ByteArrayOutputStream launcherErr = new ByteArrayOutputStream();

    @TempDir
    static Path home;

    @TempDir
    Path dir;

    @BeforeAll
    static void startWithBrokenBundles() throws Exception {
        Path app = Siglum.app();
        Path testClasses = Path.of(FailingActivator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path startFails = bundle(home.resolve("siglum.test.startfails.jar"), "siglum.test.startfails",
                testClasses, FailingActivator.class.getName(), "org.osgi.framework");
        Path brokenFormats = bundle(home.resolve("siglum.test.brokenformats.jar"), "siglum.test.brokenformats",
                compileBrokenExporters(app), "org.siglum.product.tests.plugins.BrokenExporters",
                "org.osgi.framework,org.siglum.export;version=\"[1.0,2)\"");
        // the headless feature's bundles, by absolute path, and the two broken ones
        List<String> lines = new ArrayList<>();
        for (String entry : Files.readString(app.resolve("features/headless.list")).split("[\\r\\n:]+")) {
            if (!entry.isBlank() && !entry.strip().startsWith("#")) {
                lines.add(app.resolve(entry.strip()).normalize().toString());
            }
        }
        lines.add(startFails.toString());
        lines.add(brokenFormats.toString());
        Files.createDirectories(home.resolve("features"));
        Files.write(home.resolve("features/plugins.list"), lines);
        launcher = new FeatureLauncher(home, new PrintStream(launcherErr, true, StandardCharsets.UTF_8));
        framework = launcher.start("plugins");
        cli = new InProcessCli(framework);
    }

    @AfterAll
    static void stop() {
        if (framework != null) {
            launcher.stop(framework);
        }
    }

    /**
     * Compiles the broken exporters (a test resource) against the product's own siglum.export and the framework's
     * OSGi API; the export API stays off the test's class path, where it would hide the framework's Exporter services
     * from the system bundle.
     */
    private static Path compileBrokenExporters(Path app) throws Exception {
        Path source = home.resolve("src/org/siglum/product/tests/plugins/BrokenExporters.java");
        Files.createDirectories(source.getParent());
        try (var in = PluginFailureIT.class.getResourceAsStream("/plugins/BrokenExporters.java.txt")) {
            Files.write(source, in.readAllBytes());
        }
        Path exportApi;
        try (Stream<Path> jars = Files.list(app.resolve("bundles"))) {
            exportApi = jars.filter(p -> p.getFileName().toString().matches("siglum\\.export-[0-9].*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no siglum.export jar in " + app));
        }
        Path osgi = Path.of(org.osgi.framework.BundleActivator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path classes = Files.createDirectories(home.resolve("classes"));
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, messages, messages, "--release", "17",
                "-d", classes.toString(), "-cp", exportApi + java.io.File.pathSeparator + osgi, source.toString());
        assertThat(status).as("compiling the broken exporters: %s", messages.toString(StandardCharsets.UTF_8)).isZero();
        return classes;
    }

    /** A bundle jar: a manifest written here and the classes of the activator's package that start with its name. */
    private static Path bundle(Path jar, String symbolicName, Path classes, String activator, String imports)
            throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "0.0.1");
        main.putValue("Bundle-Activator", activator);
        main.putValue("Import-Package", imports);
        int dot = activator.lastIndexOf('.');
        String folder = activator.substring(0, dot).replace('.', '/');
        String simpleName = activator.substring(dot + 1);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> list = Files.list(classes.resolve(folder))) {
            for (Path c : list.filter(p -> p.getFileName().toString().startsWith(simpleName)).toList()) {
                out.putNextEntry(new JarEntry(folder + "/" + c.getFileName()));
                out.write(Files.readAllBytes(c));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void theLauncherReportsTheBundleThatDidNotStartAndTheOthersRun() throws Exception {
        assertThat(launcher.problems()).anySatisfy(p -> assertThat(p)
                .startsWith("bundle siglum.test.startfails did not start")
                .contains("this test bundle always fails to start"));
        assertThat(launcherErr.toString(StandardCharsets.UTF_8))
                .contains("siglum: warning: bundle siglum.test.startfails did not start");
        assertThat(launcher.problems()).noneMatch(p -> p.contains("brokenformats"));

        Path sample = Siglum.root().resolve("samples/chapter-3.xml");
        Siglum.Run info = cli.run(dir, List.of("info", sample.toString()));
        assertThat(info.exitCode()).as(info.toString()).isZero();
        Siglum.Run validate = cli.run(dir, List.of("validate", sample.toString()));
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        Siglum.Run witness = cli.run(dir, List.of("witness", sample.toString(), "--wit", "OCR"));
        assertThat(witness.exitCode()).as(witness.toString()).isZero();
        assertThat(witness.out()).contains("เลนิน");
    }

    @Test
    void brokenFormatsAreReportedAndTheOtherFormatsAreWritten() throws Exception {
        Path sample = Siglum.root().resolve("samples/chapter-3.xml");
        Siglum.Run run = cli.run(dir, List.of("export", sample.toString(), "--format", "html,broken,broken-options,text",
                "-o", "out"));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(dir.resolve("out/chapter-3/index.html")).isNotEmptyFile();
        assertThat(dir.resolve("out/chapter-3.ED.txt")).isNotEmptyFile();
        assertThat(run.err()).contains(
                "format broken failed: NoClassDefFoundError: org/example/MissingFromThisBundle",
                "format broken-options failed to give its options: IllegalStateException: options are not available",
                "failed to give its id: UnsupportedOperationException: no id",
                "export: 2 of 4 exports failed");
        assertThat(run.err()).doesNotContain("\tat ");

        Siglum.Run list = cli.run(dir, List.of("export", "--list-formats"));
        assertThat(list.exitCode()).as("the faults are findings\n%s", list).isEqualTo(1);
        assertThat(list.out().lines().filter(l -> !l.startsWith("\t")).map(l -> l.split("\t")[0]))
                .contains("html", "pdf", "text", "latex", "broken", "broken-options");
        assertThat(list.err()).contains("format broken-options failed to give its options", "failed to give its id");

        Siglum.Run alone = cli.run(dir, List.of("export", sample.toString(), "--format", "text", "-o", "out2"));
        assertThat(alone.exitCode()).as(alone.toString()).isZero();
        assertThat(alone.err()).contains("export: warning: a format of").contains("failed to give its id");
    }

}
