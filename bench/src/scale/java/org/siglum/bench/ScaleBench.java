package org.siglum.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.siglum.launcher.internal.FeatureLauncher;
import org.xml.sax.helpers.DefaultHandler;

import com.thaiopensource.validate.ValidationDriver;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * One step of the scale benchmark on one generated edition, in a JVM of its own (run-scale.sh starts one per step and
 * size). The headless product is started in this JVM (Felix, every bundle) and its services are called as the
 * workbench calls them; the step's peer runs in the same JVM on the same file from the class path.
 * <p>
 * The first call is timed alone (cold: class loading, schema or stylesheet compilation); then warm-up and timed rounds,
 * as many as the step's cost allows: 5 warm-up and 11 timed rounds when the first call took under a second, 1 and 3
 * under 10 s, none and 1 under a minute; above a minute the first call is the only one (its time is given as
 * the warm time too, with 0 rounds). The warm figure is the median round.
 * <p>
 * Memory: the heap the opened document retains (used heap after a full GC with the document held, less the same
 * before it was read), and the process's peak resident set (VmHWM of /proc/self/status) when the step is done, with
 * the framework started and the document open.
 * <p>
 * Arguments: {@code ROOT STEP FILE CHAPTERS}; STEP is open, rng, sch, apparatus, notes, html or pdf. Prints one line:
 * {@code step chapters bytes rounds first warm peer peerName retainedHeap peakRss} (tab-separated, times in ms, memory
 * in bytes).
 */
public final class ScaleBench {

    private final BundleContext context;
    private final Path root;

    private ScaleBench(BundleContext context, Path root) {
        this.context = context;
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        String step = args[1];
        Path file = Path.of(args[2]).toAbsolutePath();
        int chapters = Integer.parseInt(args[3]);
        Path app = root.resolve("product/target/siglum");
        FeatureLauncher launcher = new FeatureLauncher(app, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        Framework framework = launcher.start("headless");
        try {
            new ScaleBench(framework.getBundleContext(), root).run(step, file, chapters);
        } finally {
            launcher.stop(framework);
        }
        System.exit(0);
    }

    private void run(String step, Path file, int chapters) throws Exception {
        Class<?> editionType = bundle("siglum.core").loadClass("org.siglum.core.EditionDocument");
        Method read = editionType.getMethod("read", Path.class);
        Method tree = editionType.getMethod("tree");
        Callable<Object> open = () -> {
            Object document = read.invoke(null, file);
            tree.invoke(document);
            return document;
        };
        long retained = -1;
        Object document;
        if (step.equals("open")) {
            long before = usedAfterGc();
            document = open.call();
            retained = usedAfterGc() - before;
        } else {
            document = open.call();
        }
        Object doc = document;
        Callable<Object> task;
        Callable<Object> peer = null;
        String peerName = "";
        switch (step) {
            case "open" -> {
                task = open;
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                peer = () -> {
                    factory.newSAXParser().parse(new java.io.ByteArrayInputStream(Files.readAllBytes(file)),
                            new DefaultHandler());
                    return file;
                };
                peerName = "JDK SAX parse of the file";
            }
            case "rng", "sch" -> {
                Object validator = service("org.siglum.validation.Validator", null);
                Class<?> choiceType = bundle("siglum.validation").loadClass("org.siglum.validation.SchemaChoice");
                Object choice = choiceType.getMethod(step.equals("rng") ? "siglumGrammar" : "siglumRules").invoke(null);
                Method validate = validator.getClass().getMethod("validate", editionType, choiceType);
                task = () -> {
                    List<?> findings = (List<?>) validate.invoke(validator, doc, choice);
                    if (!findings.isEmpty()) {
                        throw new IllegalStateException(file + " is not valid: " + findings.get(0));
                    }
                    return findings;
                };
                if (step.equals("rng")) {
                    ValidationDriver driver = new ValidationDriver();
                    driver.loadSchema(ValidationDriver.fileInputSource(root.resolve("tei-schemas/siglum.rng")
                            .toFile()));
                    peer = () -> {
                        if (!driver.validate(ValidationDriver.fileInputSource(file.toFile()))) {
                            throw new IllegalStateException("Jing: " + file + " is not valid");
                        }
                        return driver;
                    };
                    peerName = "Jing alone (ValidationDriver, schema loaded once) on the file";
                } else {
                    peer = identity(file);
                    peerName = "Saxon-HE identity transform of the file";
                }
            }
            case "apparatus" -> {
                Object service = service("org.siglum.apparatus.ApparatusService", null);
                Method entries = service.getClass().getMethod("entries", editionType);
                task = () -> expect((List<?>) entries.invoke(service, doc), chapters * ScaleEdition.APPS_PER_CHAPTER,
                        "apparatus entries");
                peer = open;
                peerName = "open (read + parse) of the same file";
            }
            case "notes" -> {
                Object service = service("org.siglum.citations.NoteService", null);
                Method footnotes = service.getClass().getMethod("footnotes", editionType);
                task = () -> expect((List<?>) footnotes.invoke(service, doc),
                        chapters * ScaleEdition.NOTES_PER_CHAPTER, "footnotes");
                peer = open;
                peerName = "open (read + parse) of the same file";
            }
            case "html", "pdf" -> {
                Object exporter = exporter(step);
                Bundle api = bundle("siglum.export");
                Class<?> requestType = api.loadClass("org.siglum.export.ExportRequest");
                Class<?> monitorType = api.loadClass("org.siglum.export.ProgressMonitor");
                // a monitor that never cancels and writes each phase's time to standard error (the script keeps it)
                long[] phase = {System.nanoTime()};
                String[] name = {"check"};
                Object none = java.lang.reflect.Proxy.newProxyInstance(monitorType.getClassLoader(),
                        new Class<?>[] {monitorType}, (proxy, method, a) -> {
                            switch (method.getName()) {
                                case "begin" -> {
                                    phase[0] = System.nanoTime();
                                    name[0] = "check";
                                }
                                case "subTask" -> {
                                    long now = System.nanoTime();
                                    System.err.printf(Locale.ROOT, "phase %s %d: %s %.0f ms%n", step, chapters,
                                            name[0], (now - phase[0]) / 1e6);
                                    phase[0] = now;
                                    name[0] = (String) a[0];
                                }
                                case "isCanceled" -> {
                                    return false;
                                }
                                case "checkCanceled" -> {
                                    return null;
                                }
                                default -> {
                                }
                            }
                            return null;
                        });
                Path out = Files.createTempDirectory("scale-" + step);
                Object request = requestType.getConstructor(editionType, Path.class, Path.class, Map.class)
                        .newInstance(doc, file, out, Map.of());
                Method export = exporter.getClass().getMethod("export", requestType, monitorType);
                task = () -> {
                    Object result = export.invoke(exporter, request, none);
                    System.err.printf(Locale.ROOT, "phase %s %d: %s %.0f ms%n", step, chapters, name[0],
                            (System.nanoTime() - phase[0]) / 1e6);
                    return result;
                };
                peer = identity(file);
                peerName = "Saxon-HE identity transform of the file";
            }
            default -> throw new IllegalArgumentException("unknown step " + step);
        }
        long s = System.nanoTime();
        call(task);
        double first = (System.nanoTime() - s) / 1e6;
        int warm = first < 1000 ? 5 : first < 10000 ? 1 : 0;
        int rounds = first < 1000 ? 11 : first < 10000 ? 3 : first < 60000 ? 1 : 0;
        double median = rounds == 0 ? first : median(task, warm, rounds);
        long peak = vmHwm();
        double peerMedian = peer == null ? Double.NaN : median(peer, 1, Math.max(3, rounds));
        System.out.println(String.join("\t", step, String.valueOf(chapters), String.valueOf(Files.size(file)),
                String.valueOf(rounds), fmt(first), fmt(median), fmt(peerMedian), peerName, String.valueOf(retained),
                String.valueOf(peak)));
    }

    private Callable<Object> identity(Path file) throws Exception {
        Processor processor = new Processor(false);
        XsltExecutable copy = processor.newXsltCompiler().compile(new StreamSource(root.resolve(
                "bench/src/export/identity.xsl").toFile()));
        Path out = Files.createTempFile("scale-identity", ".xml");
        return () -> {
            Xslt30Transformer t = copy.load30();
            Serializer serializer = processor.newSerializer(out.toFile());
            t.transform(new StreamSource(file.toFile()), serializer);
            return out;
        };
    }

    private static Object expect(List<?> list, int size, String what) {
        if (list.size() != size) {
            throw new IllegalStateException(list.size() + " " + what + ", expected " + size);
        }
        return list;
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new IllegalStateException("no bundle " + symbolicName + " in the product");
    }

    private Object service(String type, String filter) throws Exception {
        ServiceReference<?>[] refs = context.getServiceReferences(type, filter);
        if (refs == null || refs.length == 0) {
            throw new IllegalStateException("no service " + type + " in the product");
        }
        return context.getService(refs[0]);
    }

    private Object exporter(String id) throws Exception {
        ServiceReference<?>[] refs = context.getServiceReferences("org.siglum.export.Exporter", null);
        for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
            Object exporter = context.getService(ref);
            if (id.equals(exporter.getClass().getMethod("id").invoke(exporter))) {
                return exporter;
            }
        }
        throw new IllegalStateException("no exporter " + id + " in the product");
    }

    private static Object call(Callable<Object> task) throws Exception {
        try {
            return task.call();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    private static double median(Callable<Object> task, int warm, int rounds) throws Exception {
        for (int i = 0; i < warm; i++) {
            call(task);
        }
        double[] times = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            call(task);
            times[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(times);
        return times[rounds / 2];
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long vmHwm() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }

    private static String fmt(double ms) {
        return Double.isNaN(ms) ? "" : String.format(Locale.ROOT, "%.1f", ms);
    }
}
