package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.launch.Framework;
import org.osgi.util.tracker.ServiceTracker;
import org.siglum.launcher.api.Application;
import org.siglum.launcher.internal.FeatureLauncher;

/**
 * The ui feature in a real Felix with the workbench window open on the sample edition, under a real display
 * ({@code xvfb-run -a mvn verify}): the window shows the contributions of the bundles that are running, and follows
 * them as bundles stop and start. The window's classes live in the framework, not on this test's class path, so the
 * test reaches its widgets by reflection, on the window's own thread ({@code Display.syncExec}), through the
 * {@code Workbench} service the application registers while the window is open.
 * <p>
 * One framework and one window for all the tests: SWT's native library loads once per JVM, so a second framework
 * (new class loaders) could not open a display. Each test leaves the window as it found it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchContributionsIT {

    private static final String WORKBENCH = "org.siglum.ui.api.Workbench";

    @TempDir
    static Path dir;

    private FeatureLauncher launcher;
    private Framework framework;
    private Thread uiThread;
    private final AtomicReference<Object> exit = new AtomicReference<>();
    private Object workbench;
    private Object display;

    @BeforeAll
    void openTheWindow() throws Exception {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isEmpty()) {
            fail("This test opens the workbench window and needs an X display: run it as `xvfb-run -a mvn verify`.");
        }
        Path sample = Files.copy(Siglum.root().resolve("samples/chapter-3.xml"), dir.resolve("chapter-3.xml"));
        System.setProperty("siglum.config", dir.resolve("config").toString());
        System.setProperty("org.eclipse.swt.internal.SessionManagerDBus.disable", "true");
        launcher = new FeatureLauncher(Siglum.app(), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        framework = launcher.start("ui");
        assertThat(launcher.problems()).as("problems while starting").isEmpty();
        BundleContext context = framework.getBundleContext();

        ServiceTracker<Application, Application> application = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=" + Application.class.getName()
                        + ")(siglum.application=workbench))"),
                null);
        application.open();
        Application workbenchApplication = application.waitForService(30_000);
        assertThat(workbenchApplication).as("the workbench application").isNotNull();
        // SWT's user-interface thread is the one that makes the display: the application's run, on a thread of ours
        uiThread = new Thread(() -> {
            try {
                exit.set(workbenchApplication.run(List.of(sample.toString())));
            } catch (Throwable e) {
                exit.set(e);
            } finally {
                application.close();
            }
        }, "workbench-ui");
        uiThread.start();

        ServiceTracker<Object, Object> window = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=" + WORKBENCH + ")(siglum.window=main))"), null);
        window.open();
        workbench = window.waitForService(30_000);
        assertThat(workbench).as("the window's Workbench service").isNotNull();
        display = call(call(workbench, "shell"), "getDisplay");
        waitFor(() -> tabs().containsAll(List.of("Outline", "Apparatus", "Suspects", "Problems")), "the views");
    }

    @AfterAll
    void closeTheWindow() throws Exception {
        try {
            if (display != null && uiThread.isAlive()) {
                onUi(() -> {
                    call(call(workbench, "shell"), "dispose");
                    return null;
                });
            }
            if (uiThread != null) {
                uiThread.join(30_000);
            }
            assertThat(exit.get()).as("the application's exit").isEqualTo(0);
        } finally {
            if (framework != null) {
                launcher.stop(framework);
            }
            System.clearProperty("siglum.config");
        }
    }

    @Test
    void theWindowShowsTheSampleTheApparatusEntriesAndTheContributedCommands() throws Exception {
        assertThat(onUi(() -> (String) call(find(call(workbench, "shell"), "org.eclipse.swt.custom.StyledText").get(0),
                "getText"))).isEqualTo(Files.readString(dir.resolve("chapter-3.xml")));
        // other bundles of the feature may add views and menus of their own
        assertThat(tabs()).containsSubsequence("Outline", "Apparatus", "Suspects", "Problems");
        waitFor(() -> apparatusRows() == 136, "the apparatus view lists the sample's 136 entries");
        Map<String, List<String>> menus = menus();
        assertThat(menus.keySet()).containsSubsequence("File", "Edit", "Apparatus", "Help");
        assertThat(menus.get("File")).contains("Open…\tCtrl+O", "Open Recent", "Save\tCtrl+S", "Quit\tCtrl+Q");
        assertThat(menus.get("Apparatus")).containsExactly("Record OCR reading…\tShift+Ctrl+R",
                "Promote reading…\tShift+Ctrl+P", "Delete entry\tShift+Ctrl+D", "-", "Record suspect as reading");
    }

    @Test
    void stoppingTheApparatusBundleTakesItsViewsAndCommandsAwayAndStartingItBringsThemBack() throws Exception {
        List<String> tabs = tabs();
        List<String> menuBar = List.copyOf(menus().keySet());
        Bundle apparatus = bundle("siglum.ui.apparatus");
        apparatus.stop();
        waitFor(() -> !tabs().contains("Apparatus"), "the Apparatus tab goes");
        assertThat(tabs()).doesNotContain("Apparatus", "Suspects").contains("Outline", "Problems")
                .hasSize(tabs.size() - 2);
        waitFor(() -> !menus().containsKey("Apparatus"), "the Apparatus menu goes");
        assertThat(menus().keySet()).doesNotContain("Apparatus").containsSubsequence("File", "Edit", "Help")
                .hasSize(menuBar.size() - 1);
        assertStillWorks();

        apparatus.start();
        waitFor(() -> tabs().contains("Apparatus") && tabs().contains("Suspects"), "the tabs come back");
        assertThat(tabs()).isEqualTo(tabs);
        waitFor(() -> menus().containsKey("Apparatus"), "the Apparatus menu comes back");
        assertThat(List.copyOf(menus().keySet())).isEqualTo(menuBar);
        waitFor(() -> apparatusRows() == 136, "the apparatus view lists the entries again");
        assertStillWorks();
    }

    @Test
    void aViewThatFailsIsReportedAndTheOtherViewsGoOn() throws Exception {
        Bundle broken = framework.getBundleContext().installBundle("test:broken-view", brokenViewBundle());
        broken.start();
        waitFor(() -> labels().stream().anyMatch(t -> t.startsWith("The view Broken could not be shown")),
                "the status line reports the broken view");
        assertThat(labels()).anyMatch(t -> t.contains("this view is broken on purpose"));
        assertThat(tabs()).containsSubsequence("Outline", "Apparatus", "Suspects", "Problems").doesNotContain("Broken");
        waitFor(() -> apparatusRows() == 136, "the apparatus view still lists the entries");
        assertStillWorks();
        broken.uninstall();
        assertStillWorks();
    }

    // --- the window, by reflection on its thread -----------------------------------------------------------------

    /** The editor takes a selection from a contributed view's call and reports it back; the text is still there. */
    private void assertStillWorks() throws Exception {
        String selection = onUi(() -> {
            call(workbench, "select", 100, 7);
            Object now = call(workbench, "selection");
            return call(now, "offset") + "+" + call(now, "length");
        });
        assertThat(selection).isEqualTo("100+7");
        assertThat(onUi(() -> ((String) call(find(call(workbench, "shell"), "org.eclipse.swt.custom.StyledText").get(0),
                "getText")).length())).isPositive();
    }

    private List<String> tabs() {
        return quietly(() -> onUi(() -> {
            List<String> titles = new ArrayList<>();
            for (Object folder : find(call(workbench, "shell"), "org.eclipse.swt.custom.CTabFolder")) {
                for (Object item : (Object[]) call(folder, "getItems")) {
                    titles.add((String) call(item, "getText"));
                }
            }
            return titles;
        }));
    }

    private int apparatusRows() {
        return quietly(() -> onUi(() -> {
            for (Object folder : find(call(workbench, "shell"), "org.eclipse.swt.custom.CTabFolder")) {
                for (Object item : (Object[]) call(folder, "getItems")) {
                    if ("Apparatus".equals(call(item, "getText"))) {
                        List<Object> tables = find(call(item, "getControl"), "org.eclipse.swt.widgets.Table");
                        return (Integer) call(tables.get(0), "getItemCount");
                    }
                }
            }
            return -1;
        }));
    }

    private Map<String, List<String>> menus() {
        return quietly(() -> onUi(() -> {
            Map<String, List<String>> menus = new LinkedHashMap<>();
            Object bar = call(call(workbench, "shell"), "getMenuBar");
            for (Object header : (Object[]) call(bar, "getItems")) {
                List<String> items = new ArrayList<>();
                for (Object item : (Object[]) call(call(header, "getMenu"), "getItems")) {
                    boolean separator = ((Integer) call(item, "getStyle") & 2 /* SWT.SEPARATOR */) != 0;
                    items.add(separator ? "-" : ((String) call(item, "getText")).replace("&", ""));
                }
                menus.put(((String) call(header, "getText")).replace("&", ""), items);
            }
            return menus;
        }));
    }

    private List<String> labels() {
        return quietly(() -> onUi(() -> {
            List<String> texts = new ArrayList<>();
            for (Object label : find(call(workbench, "shell"), "org.eclipse.swt.widgets.Label")) {
                texts.add((String) call(label, "getText"));
            }
            return texts;
        }));
    }

    /** The widgets of a class (by name) under a control, depth first. */
    private static List<Object> find(Object control, String className) throws Exception {
        List<Object> found = new ArrayList<>();
        if (isA(control.getClass(), className)) {
            found.add(control);
        }
        if (isA(control.getClass(), "org.eclipse.swt.widgets.Composite")) {
            for (Object child : (Object[]) call(control, "getChildren")) {
                found.addAll(find(child, className));
            }
        }
        return found;
    }

    private static boolean isA(Class<?> type, String className) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    /** Calls a public method by name and argument count. */
    private static Object call(Object target, String name, Object... arguments) throws Exception {
        for (Method method : target.getClass().getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
                method.setAccessible(true);
                return method.invoke(target, arguments);
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + name);
    }

    /** Runs on the window's thread and returns what it returned (or throws what it threw). */
    private <T> T onUi(Callable<T> task) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Runnable runnable = () -> {
            try {
                result.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            }
        };
        call(display, "syncExec", runnable);
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private static <T> T quietly(Callable<T> task) {
        try {
            return task.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.get()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    /** The broken view's source: a view whose part cannot be made. */
    private static final String BROKEN_VIEW = """
            package org.siglum.test.broken;

            import org.eclipse.swt.widgets.Composite;
            import org.siglum.ui.api.ViewContribution;
            import org.siglum.ui.api.ViewPart;
            import org.siglum.ui.api.ViewPlacement;
            import org.siglum.ui.api.Workbench;

            public final class BrokenView implements ViewContribution {
                public String id() { return "test.broken"; }
                public String title() { return "Broken"; }
                public ViewPlacement placement() { return ViewPlacement.BOTTOM; }
                public ViewPart createPart(Composite parent, Workbench workbench) {
                    throw new IllegalStateException("this view is broken on purpose");
                }
            }
            """;

    /**
     * A bundle with one DS component, a ViewContribution that throws in createPart: compiled here against the
     * product's own API and SWT jars, so that no copy of the API joins this test's class path (the framework would
     * then hide the services of the API's types from the test).
     */
    private static InputStream brokenViewBundle() throws IOException {
        String className = "org.siglum.test.broken.BrokenView";
        String classFile = className.replace('.', '/') + ".class";
        Path work = Files.createTempDirectory(dir, "broken-view");
        Path source = Files.createDirectories(work.resolve("src/org/siglum/test/broken")).resolve("BrokenView.java");
        Files.writeString(source, BROKEN_VIEW);
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path bundles = Siglum.app().resolve("bundles");
        String classPath;
        try (var jars = Files.list(bundles)) {
            classPath = String.join(java.io.File.pathSeparator, jars
                    .filter(j -> j.getFileName().toString().startsWith("siglum.ui.api-")
                            || j.getFileName().toString().startsWith("org.eclipse.swt.gtk.linux"))
                    .map(Path::toString).toList());
        }
        javax.tools.JavaCompiler compiler = javax.tools.ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("a JDK's compiler").isNotNull();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int result = compiler.run(null, messages, messages, "--release", "17", "-cp", classPath, "-d",
                classes.toString(), source.toString());
        assertThat(result).as("compiling the broken view: " + messages).isZero();
        byte[] bytes = Files.readAllBytes(classes.resolve(classFile));
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "siglum.test.brokenview");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Siglum-Layer", "ui");
        main.putValue("Import-Package", "org.siglum.ui.api,org.eclipse.swt.widgets");
        main.putValue("Service-Component", "OSGI-INF/broken.xml");
        String component = """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="broken.view" immediate="true">
                  <implementation class="%s"/>
                  <service><provide interface="org.siglum.ui.api.ViewContribution"/></service>
                </scr:component>
                """.formatted(className);
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            out.putNextEntry(new JarEntry(classFile));
            out.write(bytes);
            out.closeEntry();
            out.putNextEntry(new JarEntry("OSGI-INF/broken.xml"));
            out.write(component.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return new ByteArrayInputStream(jar.toByteArray());
    }
}
