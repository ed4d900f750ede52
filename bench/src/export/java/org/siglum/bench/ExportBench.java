package org.siglum.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.xml.transform.stream.StreamSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.siglum.launcher.internal.FeatureLauncher;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * The export of the sample edition per format, against Saxon copying the same file (identity transform), in the same
 * run. In process: the headless product started in this JVM (Felix, every bundle), {@code siglum export} called as
 * its Command service, warm (5 rounds) then the median of 9; the floor is Saxon-HE 12 on the class path, the identity
 * stylesheet compiled once, the same rounds. As commands: {@code bin/siglum export} and {@code java -cp Saxon-HE.jar
 * net.sf.saxon.Transform} as processes, median of 5 wall times.
 *
 * <p>Arguments: ROOT SAXON_CLASSPATH FORMAT... (e.g. {@code text latex html pdf}); a format not installed is reported
 * and skipped.
 */
public final class ExportBench {

    private static final int WARM = 5;
    private static final int ROUNDS = 9;
    private static final int COMMAND_ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        String saxonClasspath = args[1];
        List<String> formats = Arrays.asList(args).subList(2, args.length);
        Path app = root.resolve("product/target/siglum");
        Path sample = root.resolve("samples/chapter-3.xml");
        Path identity = root.resolve("bench/src/export/identity.xsl");
        Path work = Files.createTempDirectory("export-bench");

        // the floor, in process
        Processor processor = new Processor(false);
        XsltExecutable copy = processor.newXsltCompiler().compile(new StreamSource(identity.toFile()));
        Runnable saxon = () -> {
            try {
                Xslt30Transformer t = copy.load30();
                Serializer out = processor.newSerializer(work.resolve("identity.xml").toFile());
                t.transform(new StreamSource(sample.toFile()), out);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        double saxonWarm = median(saxon);
        double saxonCommand = commandMedian(work, "java", "-cp", saxonClasspath, "net.sf.saxon.Transform",
                "-s:" + sample, "-xsl:" + identity, "-o:" + work.resolve("identity-cli.xml"));

        FeatureLauncher launcher = new FeatureLauncher(app, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        Framework framework = launcher.start("headless");
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "Sample edition %s (%,d bytes). Floor: Saxon identity transform, "
                + "%.1f ms warm in process, %.0f ms as a command.%n%n", root.relativize(sample), Files.size(sample),
                saxonWarm, saxonCommand));
        table.append("| format | first run in process (ms) | warm in process, median (ms) | ratio to Saxon in process "
                + "| `siglum export` command, median (ms) | ratio to Saxon command |\n|---|---|---|---|---|---|\n");
        try {
            for (String format : formats) {
                Path out = work.resolve("out-" + format);
                List<String> arguments = List.of(sample.toString(), "--format", format, "-o", out.toString());
                long s = System.nanoTime();
                int first = export(framework, work, arguments);
                double firstMs = (System.nanoTime() - s) / 1e6;
                if (first != 0) {
                    table.append("| ").append(format).append(" | not installed or failed (exit ").append(first)
                            .append(") | | | | |\n");
                    continue;
                }
                double warm = median(() -> {
                    try {
                        export(framework, work, arguments);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                double command = commandMedian(work, app.resolve("bin/siglum").toString(), "export", sample.toString(),
                        "--format", format, "-o", work.resolve("cmd-" + format).toString());
                table.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.0f | %.2f |%n", format, firstMs,
                        warm, warm / saxonWarm, command, command / saxonCommand));
            }
        } finally {
            launcher.stop(framework);
        }
        System.out.print(table);
    }

    private static double median(Runnable task) {
        for (int i = 0; i < WARM; i++) {
            task.run();
        }
        double[] times = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long s = System.nanoTime();
            task.run();
            times[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(times);
        return times[ROUNDS / 2];
    }

    private static double commandMedian(Path work, String... command) throws Exception {
        double[] times = new double[COMMAND_ROUNDS];
        for (int i = 0; i < COMMAND_ROUNDS; i++) {
            long s = System.nanoTime();
            Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("command.log").toFile()).start();
            int exit = p.waitFor();
            times[i] = (System.nanoTime() - s) / 1e6;
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + exit + ": "
                        + Files.readString(work.resolve("command.log")));
            }
        }
        Arrays.sort(times);
        return times[COMMAND_ROUNDS / 2];
    }

    /** Calls the export Command service as the cli application does; returns its exit code. */
    private static int export(Framework framework, Path dir, List<String> arguments) throws Exception {
        BundleContext context = framework.getBundleContext();
        for (ServiceReference<?> ref : context.getServiceReferences("org.siglum.cli.Command", null)) {
            Object command = context.getService(ref);
            try {
                if (!"export".equals(command.getClass().getMethod("name").invoke(command))) {
                    continue;
                }
                Class<?> contextType = command.getClass().getClassLoader().loadClass("org.siglum.cli.CommandContext");
                PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
                Object commandContext = Proxy.newProxyInstance(contextType.getClassLoader(), new Class<?>[] {contextType},
                        (proxy, method, a) -> switch (method.getName()) {
                            case "out", "err" -> sink;
                            case "workingDirectory" -> dir;
                            case "interactive" -> false;
                            case "resolve" -> dir.resolve((String) a[0]).normalize();
                            default -> throw new UnsupportedOperationException(method.getName());
                        });
                Method run = command.getClass().getMethod("run", contextType, List.class);
                try {
                    return (Integer) run.invoke(command, commandContext, arguments);
                } catch (InvocationTargetException e) {
                    return 2;
                }
            } finally {
                context.ungetService(ref);
            }
        }
        throw new IllegalStateException("no export command in the product");
    }

    private ExportBench() {
    }
}
