package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.siglum.launcher.internal.FeatureLauncher;

/**
 * A format is a bundle: installing the demonstration bundle {@code siglum.export.wordcount} (in no feature) into the
 * running headless product adds its formats {@code wordcount} and {@code broken} to {@code siglum export};
 * uninstalling it takes them away. Its {@code broken} format fails on use, and the other formats still run.
 */
class ExportPluginIT {

    private static FeatureLauncher launcher;
    private static Framework framework;

    @TempDir
    Path dir;

    @BeforeAll
    static void startHeadlessFeature() throws Exception {
        launcher = new FeatureLauncher(Siglum.app(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        framework = launcher.start("headless");
    }

    @AfterAll
    static void stop() {
        if (framework != null) {
            launcher.stop(framework);
        }
    }

    @Test
    void installingAFormatBundleAddsItsFormatsAndUninstallingTakesThemAway() throws Exception {
        Path jar = Siglum.root().resolve("bundles/siglum.export.wordcount/target/siglum.export.wordcount-0.1.0-SNAPSHOT.jar");
        assertThat(jar).as("the demonstration bundle is built before the product tests").exists();
        Path sample = Siglum.root().resolve("samples/chapter-3.xml");

        assertThat(formats()).contains("latex", "text").doesNotContain("wordcount", "broken");

        Bundle plugin = framework.getBundleContext().installBundle(jar.toUri().toString());
        try {
            plugin.start();
            waitFor(() -> formats().contains("wordcount"));
            assertThat(formats()).contains("latex", "text", "wordcount", "broken");

            Invocation run = invoke(List.of(sample.toString(), "--format", "wordcount,broken,text", "-o", "out"));
            assertThat(run.exit()).as(run.toString()).isEqualTo(1);
            assertThat(run.out().lines()).containsExactly("out/chapter-3.wordcount.txt", "out/chapter-3.ED.txt");
            assertThat(run.err()).contains("format broken failed: IllegalStateException: this demonstration format always fails")
                    .contains("1 of 3 exports failed");
            assertThat(Files.readString(dir.resolve("out/chapter-3.wordcount.txt")).strip()).matches("[1-9][0-9]*");
        } finally {
            plugin.uninstall();
        }
        waitFor(() -> !formats().contains("wordcount"));
        assertThat(formats()).contains("latex", "text").doesNotContain("wordcount", "broken");
        Invocation gone = invoke(List.of(sample.toString(), "--format", "wordcount", "-o", "out2"));
        assertThat(gone.exit()).isEqualTo(2);
        assertThat(gone.err()).isEqualTo("export: unknown format 'wordcount' (installed: "
                + String.join(", ", new java.util.TreeSet<>(formats())) + ")");
        assertThat(dir.resolve("out2")).doesNotExist();
    }

    private List<String> formats() throws Exception {
        Invocation list = invoke(List.of("--list-formats"));
        assertThat(list.exit()).as(list.toString()).isZero();
        return list.out().lines().filter(l -> !l.startsWith("\t")).map(l -> l.split("\t")[0]).toList();
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition condition) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.holds()) {
            assertThat(System.nanoTime()).as("waited 20 s for the services to change").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private record Invocation(int exit, String out, String err) {
    }

    /** Calls the export Command service as the cli application does; a CommandException gives its code and message. */
    private Invocation invoke(List<String> arguments) throws Exception {
        BundleContext context = framework.getBundleContext();
        for (ServiceReference<?> ref : context.getServiceReferences("org.siglum.cli.Command", null)) {
            Object command = context.getService(ref);
            try {
                if (!"export".equals(command.getClass().getMethod("name").invoke(command))) {
                    continue;
                }
                Class<?> contextType = command.getClass().getClassLoader().loadClass("org.siglum.cli.CommandContext");
                FrameworkCommandContext commandContext = new FrameworkCommandContext(contextType, dir);
                Method run = command.getClass().getMethod("run", contextType, List.class);
                try {
                    int exit = (Integer) run.invoke(command, commandContext.context(), arguments);
                    return new Invocation(exit, commandContext.outText(), commandContext.errText());
                } catch (InvocationTargetException e) {
                    Throwable failure = e.getCause();
                    int code = (Integer) failure.getClass().getMethod("exitCode").invoke(failure);
                    return new Invocation(code, commandContext.outText(), failure.getMessage());
                }
            } finally {
                context.ungetService(ref);
            }
        }
        throw new AssertionError("no command export");
    }
}
