package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleRevision;
import org.siglum.launcher.internal.FeatureLauncher;

/**
 * The headless feature in a real Felix with real SCR, as {@code bin/siglum} starts it: every bundle active, the
 * services registered, and calls through them doing real work.
 */
class OsgiFrameworkIT {

    private static FeatureLauncher launcher;
    private static Framework framework;

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
    void everyBundleOfTheHeadlessFeatureIsActive() throws Exception {
        assertThat(launcher.problems()).as("problems while starting").isEmpty();
        String list = Files.readString(Siglum.app().resolve("features/headless.list"));
        long listed = java.util.Arrays.stream(list.split("[\\r\\n:]+")).filter(l -> !l.isBlank()).count();
        Bundle[] bundles = framework.getBundleContext().getBundles();
        assertThat(bundles.length - 1).as("installed bundles besides the system bundle").isEqualTo((int) listed);
        Map<String, String> notActive = new TreeMap<>();
        for (Bundle bundle : bundles) {
            boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
            int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (bundle.getState() != expected) {
                notActive.put(bundle.getSymbolicName(), "state " + bundle.getState());
            }
        }
        assertThat(notActive).as("bundles not active").isEmpty();
        assertThat(symbolicNames(bundles)).contains("siglum.thai", "siglum.suspects", "siglum.collation",
                "siglum.cli.textcrit", "com.ibm.icu");
        assertThat(symbolicNames(bundles)).contains("siglum.core", "siglum.cli", "org.apache.felix.scr",
                "org.eclipse.text", "org.eclipse.osgi");
    }

    @Test
    void theCommandLineApplicationAndItsCommandsAreServices() throws Exception {
        BundleContext context = framework.getBundleContext();
        assertThat(context.getServiceReferences("org.siglum.launcher.api.Application", "(siglum.application=cli)"))
                .as("the cli application").hasSize(1);
        List<String> names = new ArrayList<>();
        for (ServiceReference<?> ref : context.getServiceReferences("org.siglum.cli.Command", null)) {
            Object command = context.getService(ref);
            names.add((String) command.getClass().getMethod("name").invoke(command));
            context.ungetService(ref);
        }
        assertThat(names).contains("info", "validate", "suspects", "collate");
    }

    @Test
    void theSuspectsAndCollationServicesAreRegisteredAndWork(@TempDir Path dir) throws Exception {
        BundleContext context = framework.getBundleContext();
        assertThat(context.getServiceReferences("org.siglum.suspects.SuspectFinder", null)).hasSize(1);
        assertThat(context.getServiceReferences("org.siglum.collation.Collator", null)).hasSize(1);
        Files.writeString(dir.resolve("a.txt"), "ในปี 1921 สถานการณ์เช่นนี้", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), "ในปี 1921 สอดานการณ์เช่นนี้", StandardCharsets.UTF_8);
        Invocation collate = invoke("collate", dir, List.of("a.txt", "b.txt", "--format", "table"));
        assertThat(collate.exit).as(collate.err).isZero();
        assertThat(collate.out).isEqualTo("offset\ta\tb\n10\tสถานการณ์\tสอดานการณ์\n");
        Files.writeString(dir.resolve("c.txt"), "นายทروتสกี กล่าว", StandardCharsets.UTF_8);
        Invocation suspects = invoke("suspects", dir, List.of("c.txt", "--format", "json"));
        assertThat(suspects.exit).as(suspects.err).isEqualTo(1);
        assertThat(suspects.out).contains("\"form\": \"ทروتสกี\"", "\"suggestion\": \"ทรอตสกี\"");
    }

    @Test
    void theInfoServiceReadsAnEditionAndCountsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("small.xml");
        Files.writeString(file, """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body>
                <div><head>บทที่ ๓</head><p>นโยบาย<app><lem>เศรษฐกิจ</lem><rdg wit="#OCR">เศรษฐกิข</rdg></app>ใหม่<note n="26">เลนิน</note></p></div>
                </body></text></TEI>
                """, StandardCharsets.UTF_8);
        Invocation info = invoke("info", dir, List.of("small.xml", "--json"));
        assertThat(info.exit).as(info.err).isZero();
        assertThat(info.out).contains("\"divisions\": 1", "\"apps\": 1", "\"readings\": 1", "\"notes\": 1",
                "\"wellFormed\": true");
    }

    @Test
    void theCoreRoundTripsAFileByteForByteInsideTheFramework(@TempDir Path dir) throws Exception {
        byte[] bytes = ("\uFEFF<?xml version='1.0'?>\r\n<!DOCTYPE TEI [<!ENTITY e 'x'>]>\r\n"
                + "<TEI a='1' b=\"2\"><!-- c --><![CDATA[<>]]>&e;\uD835\uDD04 น้ำ</TEI>").getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("edge.xml");
        Files.write(file, bytes);
        Bundle core = bundle("siglum.core");
        Class<?> documentClass = core.loadClass("org.siglum.core.EditionDocument");
        Object document = documentClass.getMethod("read", Path.class).invoke(null, file);
        byte[] saved = (byte[]) documentClass.getMethod("toBytes").invoke(document);
        assertThat(saved).isEqualTo(bytes);
    }

    private static Bundle bundle(String symbolicName) {
        for (Bundle b : framework.getBundleContext().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static List<String> symbolicNames(Bundle[] bundles) {
        List<String> names = new ArrayList<>();
        for (Bundle b : bundles) {
            names.add(b.getSymbolicName());
        }
        return names;
    }

    private record Invocation(int exit, String out, String err) {
    }

    /** Calls a Command service as the cli application would, with a context whose streams we read. */
    private static Invocation invoke(String name, Path dir, List<String> arguments) throws Exception {
        BundleContext context = framework.getBundleContext();
        for (ServiceReference<?> ref : context.getServiceReferences("org.siglum.cli.Command", null)) {
            Object command = context.getService(ref);
            try {
                if (!name.equals(command.getClass().getMethod("name").invoke(command))) {
                    continue;
                }
                Class<?> contextType = bundle("siglum.cli").loadClass("org.siglum.cli.CommandContext");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
                Object commandContext = Proxy.newProxyInstance(contextType.getClassLoader(), new Class<?>[] {contextType},
                        (proxy, method, args) -> switch (method.getName()) {
                            case "out" -> outStream;
                            case "err" -> errStream;
                            case "workingDirectory" -> dir;
                            case "interactive" -> false;
                            case "resolve" -> dir.resolve((String) args[0]).normalize();
                            default -> throw new UnsupportedOperationException(method.getName());
                        });
                Method run = command.getClass().getMethod("run", contextType, List.class);
                int exit = (Integer) run.invoke(command, commandContext, arguments);
                return new Invocation(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            } finally {
                context.ungetService(ref);
            }
        }
        throw new AssertionError("no command " + name);
    }
}
