package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Bundles the product tests make for themselves: classes compiled at test time against the product's own API jars
 * (kept off the test's class path, where they would hide the framework's services from the system bundle), packed
 * with a hand-written manifest.
 */
final class TestBundles {

    private TestBundles() {
    }

    /** A jar of the assembled product's {@code bundles/} folder, by artifact id ({@code siglum.export}). */
    static Path productJar(String artifactId) throws Exception {
        try (Stream<Path> jars = Files.list(Siglum.app().resolve("bundles"))) {
            return jars.filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(artifactId) + "-[0-9].*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + artifactId + " jar in " + Siglum.app()));
        }
    }

    /** Compiles a source kept as a test resource ({@code /plugins/NAME.java.txt}) into {@code work/classes}. */
    static Path compile(Path work, String resource, String className, Path... classPath) throws Exception {
        Path source = work.resolve("src/" + className.replace('.', '/') + ".java");
        Files.createDirectories(source.getParent());
        try (var in = TestBundles.class.getResourceAsStream(resource)) {
            assertThat(in).as("test resource %s", resource).isNotNull();
            Files.write(source, in.readAllBytes());
        }
        Path osgi = Path.of(org.osgi.framework.BundleActivator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        StringBuilder cp = new StringBuilder(osgi.toString());
        for (Path p : classPath) {
            cp.append(java.io.File.pathSeparator).append(p);
        }
        Path classes = Files.createDirectories(work.resolve("classes"));
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, messages, messages, "--release", "17",
                "-d", classes.toString(), "-cp", cp.toString(), source.toString());
        assertThat(status).as("compiling %s: %s", resource, messages.toString(StandardCharsets.UTF_8)).isZero();
        return classes;
    }

    /**
     * A bundle jar: a manifest with the given headers (Bundle-ManifestVersion 2 added) and the classes of one class's
     * package whose names start with its simple name (its nested and anonymous classes); no class when it is null.
     */
    static Path jar(Path jar, Map<String, String> headers, Path classes, String className) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        headers.forEach(main::putValue);
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            if (className != null) {
                int dot = className.lastIndexOf('.');
                String folder = className.substring(0, dot).replace('.', '/');
                String simpleName = className.substring(dot + 1);
                try (Stream<Path> list = Files.list(classes.resolve(folder))) {
                    for (Path c : list.filter(p -> p.getFileName().toString().startsWith(simpleName)).toList()) {
                        out.putNextEntry(new JarEntry(folder + "/" + c.getFileName()));
                        out.write(Files.readAllBytes(c));
                        out.closeEntry();
                    }
                }
            }
        }
        return jar;
    }
}
