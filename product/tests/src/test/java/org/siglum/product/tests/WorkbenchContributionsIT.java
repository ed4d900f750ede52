package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
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
import java.util.regex.Pattern;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.xml.parsers.DocumentBuilderFactory;

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
import org.siglum.launcher.api.PluginFolder;
import org.siglum.launcher.internal.FeatureLauncher;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The ui feature in a real Felix with the workbench window open on the sample edition, under a real display
 * ({@code xvfb-run -a mvn verify}): the window shows the contributions of the bundles that are running, and follows
 * them as bundles stop and start. The window's classes live in the framework, not on this test's class path, so the
 * test reaches its widgets by reflection, on the window's own thread ({@code Display.syncExec}), through the
 * {@code Workbench} service the application registers while the window is open.
 * <p>
 * One framework and one window for all the tests: SWT's native library loads once per JVM, so a second framework
 * (new class loaders) could not open a display. Each test leaves the window as it found it.
 * <p>
 * Issue 7's scenario (decision 0036) is here too, through the widgets as a person uses them: an apparatus row
 * selected selects its lemma's text; Apparatus › Record OCR reading… on a selected word, answered in its dialog,
 * changes the text only by the new entry, and Edit › Undo gives it back; a broken tag is listed in Problems within
 * the validation delay and goes with Undo; File › Export… writes the web edition and the text.
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
                StandardCharsets.UTF_8), new PluginFolder(dir.resolve("data/siglum/plugins")));
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
                "Add reading…\tShift+Ctrl+A", "Promote reading…\tShift+Ctrl+P", "Delete entry\tShift+Ctrl+D", "-",
                "Record suspect as reading…", "This correction everywhere…");
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


    /**
     * Help › Plugins… (issue 18): the dialog lists the bundles of the run with what they offer; disabling the notes
     * bundle there takes its views out of the window at once, and enabling it brings them back, without a restart.
     */
    @Test
    void helpPluginsListsTheBundlesAndDisablingOneTakesItsViewsAwayLive() throws Exception {
        assertThat(menus().get("Help")).contains("Plugins…");
        List<String> tabs = tabs();
        assertThat(tabs).contains("Notes");
        runFromMenu("Help", "Plugins");
        Object dialog = waitForShell("Plugins");
        Map<String, String> offers = onUi(() -> rows(dialog, 4));
        assertThat(offers).containsKeys("siglum.ui.notes", "siglum.ui.plugins", "org.apache.felix.scr");
        assertThat(offers.get("siglum.export.html")).contains("format html");
        assertThat(offers.get("siglum.ui.notes")).contains("view siglum.view.notes");
        assertThat(onUi(() -> rows(dialog, 2)).get("siglum.ui.notes")).isEqualTo("active");

        toggle(dialog, "siglum.ui.notes", "Disable");
        waitFor(() -> !tabs().contains("Notes"), "the Notes view leaves the window");
        assertThat(bundle("siglum.ui.notes").getState()).isEqualTo(Bundle.RESOLVED);
        waitFor(() -> "disabled".equals(quietly(() -> onUi(() -> rows(dialog, 2))).get("siglum.ui.notes")),
                "the dialog shows the bundle disabled");
        assertThat(Files.readString(dir.resolve("data/siglum/plugins").resolveSibling("plugins.state")))
                .as("kept for the next runs").contains("siglum.ui.notes");
        assertStillWorks();

        toggle(dialog, "siglum.ui.notes", "Enable");
        waitFor(() -> tabs().equals(tabs), "the Notes views come back where they were");
        waitFor(() -> "active".equals(quietly(() -> onUi(() -> rows(dialog, 2))).get("siglum.ui.notes")),
                "the dialog shows the bundle active");
        onUi(() -> {
            notifyListeners(button(dialog, 12 /* IDialogConstants.CLOSE_ID */), SWT_SELECTION, null);
            return null;
        });
        waitFor(() -> quietly(() -> onUi(() -> (Boolean) call(dialog, "isDisposed"))), "the dialog closes");
        assertStillWorks();
    }

    /**
     * The plugin kit's view (issue 18), built from {@code examples/} as its README says and installed into the running
     * window's framework: its Characters tab appears, shows the sample's characters, and goes with the plugin.
     */
    @Test
    void theExampleViewPluginAppearsInTheWindowAndLeavesWithIt() throws Exception {
        Path view = ExamplePlugins.build(dir.resolve("kit"))[1];
        List<String> tabs = tabs();
        Bundle plugin = framework.getBundleContext().installBundle(view.toUri().toString());
        try {
            plugin.start();
            waitFor(() -> tabs().contains("Characters"), "the Characters tab of the example plugin");
            String summary = onUi(() -> {
                for (Object folder : find(call(workbench, "shell"), "org.eclipse.swt.custom.CTabFolder")) {
                    for (Object item : (Object[]) call(folder, "getItems")) {
                        if ("Characters".equals(call(item, "getText"))) {
                            return labelsIn(call(item, "getControl")).get(0);
                        }
                    }
                }
                return "";
            });
            assertThat(summary).as("the view counts the sample's characters").containsPattern("[0-9]+ characters")
                    .contains("Thai");
            assertStillWorks();
        } finally {
            plugin.uninstall();
        }
        waitFor(() -> tabs().equals(tabs), "the tab leaves with the plugin");
        assertStillWorks();
    }

    /** The plugins dialog's table: bundle name to the text of a column. */
    private static Map<String, String> rows(Object dialog, int column) throws Exception {
        Map<String, String> rows = new LinkedHashMap<>();
        Object table = find(dialog, "org.eclipse.swt.widgets.Table").get(0);
        for (Object row : (Object[]) call(table, "getItems")) {
            rows.put((String) call(row, "getText", 0), (String) call(row, "getText", column));
        }
        return rows;
    }

    /** Selects a bundle's row in the plugins dialog and presses Disable or Enable, as the person does. */
    private void toggle(Object dialog, String bundle, String label) throws Exception {
        onUi(() -> {
            Object table = find(dialog, "org.eclipse.swt.widgets.Table").get(0);
            Object[] items = (Object[]) call(table, "getItems");
            for (int i = 0; i < items.length; i++) {
                if (bundle.equals(call(items[i], "getText", 0))) {
                    // by its parameter type: Table has several one-argument setSelection methods
                    table.getClass().getMethod("setSelection", int.class).invoke(table, i);
                    notifyListeners(table, SWT_SELECTION, items[i]);
                }
            }
            Object button = button(dialog, 1024 + 3 /* PluginsDialog.TOGGLE_ID */);
            assertThat(((String) call(button, "getText")).replace("&", "")).isEqualTo(label);
            return null;
        });
        Object button = onUi(() -> button(dialog, 1024 + 3));
        call(display, "asyncExec", (Runnable) () -> quietly(() -> {
            notifyListeners(button, SWT_SELECTION, null);
            return null;
        }));
    }

    // --- issue 7's scenario: a scholar's session on the sample, through the real widgets -------------------------

    @Test
    void selectingAnApparatusEntrySelectsItsLemmaInTheEditor() throws Exception {
        waitFor(() -> apparatusRows() == 136, "the apparatus view lists the sample's 136 entries");
        String[] selected = onUi(() -> {
            Object table = apparatusTable();
            Object row = ((Object[]) call(table, "getItems"))[9];
            table.getClass().getMethod("setSelection", int.class).invoke(table, 9);
            notifyListeners(table, SWT_SELECTION, row);
            return new String[] {(String) call(row, "getText", 2), (String) call(editor(), "getSelectionText")};
        });
        String lemmaCell = selected[0];
        String selection = selected[1];
        assertThat(selection).as("the editor's selection").isNotEmpty();
        // the row shows the lemma's text, then its sigla ("บอลเชวิก ED")
        assertThat(lemmaCell).as("the 10th row's lemma").matches(Pattern.quote(selection) + "( [\\w.-]+)*");
        assertStillWorks();
    }

    @Test
    void recordingAReadingWrapsTheSelectedWordInAnEntryAndUndoTakesItBack() throws Exception {
        waitFor(() -> apparatusRows() == 136, "the apparatus view lists the sample's 136 entries");
        String word = "รัฐธรรมนูญ";
        String reading = "รัฐธรรมนูณ";
        String before = editorText();
        int at = before.indexOf("<p>" + word + "ทั้งสองฉบับ") + 3;
        assertThat(at).as("a paragraph that begins with the word, outside any entry").isGreaterThan(3);
        onUi(() -> call(editor(), "setSelection", at, at + word.length()));
        assertThat(onUi(() -> (String) call(editor(), "getSelectionText"))).isEqualTo(word);

        runFromMenu("Apparatus", "Record OCR reading");
        Object dialog = waitForShell("Record OCR reading");
        onUi(() -> {
            assertThat(labelsIn(dialog)).contains(word);
            Object readingText = find(dialog, "org.eclipse.swt.widgets.Text").get(0);
            assertThat(call(readingText, "getText")).as("the reading, at first the lemma").isEqualTo(word);
            call(readingText, "setText", reading);
            notifyListeners(button(dialog, 0 /* IDialogConstants.OK_ID */), SWT_SELECTION, null);
            return null;
        });
        waitFor(() -> apparatusRows() == 137, "the apparatus view lists the new entry");
        String after = editorText();

        int prefix = 0;
        while (prefix < before.length() && prefix < after.length() && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < before.length() - prefix && suffix < after.length() - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        assertThat(before.substring(prefix, before.length() - suffix)).as("what the edit replaced").isEqualTo(word);
        String inserted = after.substring(prefix, after.length() - suffix);
        Element app = parseFragment(inserted);
        assertThat(app.getLocalName()).isEqualTo("app");
        assertThat(elements(app, "lem")).singleElement().extracting(Element::getTextContent).isEqualTo(word);
        List<Element> readings = elements(app, "rdg");
        assertThat(readings).singleElement().satisfies(r -> {
            assertThat(r.getAttribute("wit")).isEqualTo("#OCR");
            assertThat(r.getAttribute("cause")).isEqualTo("ocr-error");
            assertThat(r.getTextContent()).isEqualTo(reading);
        });

        runFromMenu("Edit", "Undo");
        waitFor(() -> before.equals(quietly(this::editorText)), "undo gives the text back");
        assertThat(editorText()).isEqualTo(before);
        waitFor(() -> apparatusRows() == 136, "the apparatus view lists the sample's entries again");
        assertStillWorks();
    }

    @Test
    void aBrokenTagIsListedInProblemsWithinTheValidationDelayAndUndoTakesItAway() throws Exception {
        String before = editorText();
        int at = before.indexOf("<p><persName ref=\"#lenin\">เลนิน</persName>ได้เปลี่ยน") + 3;
        assertThat(at).isGreaterThan(3);
        int line = (int) before.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        assertThat(problemLines()).as("no problem at line " + line + " before").doesNotContain(line);

        onUi(() -> call(editor(), "replaceTextRange", at, 0, "<hi "));
        assertThat(editorText()).isEqualTo(before.substring(0, at) + "<hi " + before.substring(at));
        // the window checks 500 ms after the last keystroke (WorkbenchWindow.CHECK_DELAY_MS); a margin for a busy machine
        waitFor(() -> problemLines().contains(line), "the Problems view lists a problem at line " + line,
                500 + 15_000);

        runFromMenu("Edit", "Undo");
        waitFor(() -> before.equals(quietly(this::editorText)), "undo gives the text back");
        waitFor(() -> !problemLines().contains(line), "the problem at line " + line + " goes", 500 + 15_000);
        assertStillWorks();
    }

    @Test
    void exportingFromTheDialogWritesTheWebEditionAndTheText() throws Exception {
        Path out = dir.resolve("exported");
        runFromMenu("File", "Export");
        Object dialog = waitForShell("Export");
        onUi(() -> {
            List<String> formats = new ArrayList<>();
            for (Object box : find(dialog, "org.eclipse.swt.widgets.Button")) {
                if (((Integer) call(box, "getStyle") & 32 /* SWT.CHECK */) != 0 && call(box, "getData") instanceof String id) {
                    formats.add(id);
                    call(box, "setSelection", id.equals("html") || id.equals("text"));
                    notifyListeners(box, SWT_SELECTION, null);
                }
            }
            assertThat(formats).contains("html", "text");
            Object folder = find(dialog, "org.eclipse.swt.widgets.Text").get(0);
            call(folder, "setText", out.toString());
            Object export = find(dialog, "org.eclipse.swt.widgets.Button").stream()
                    .filter(b -> "Export".equals(quietly(() -> ((String) call(b, "getText")).replace("&", ""))))
                    .findFirst().orElseThrow();
            notifyListeners(export, SWT_SELECTION, null);
            return null;
        });
        waitFor(() -> quietly(() -> onUi(() -> labelsIn(dialog))).contains("Done."), "the export's summary",
                180_000);
        Path html = out.resolve("chapter-3").resolve("index.html");
        String summary = onUi(() -> find(dialog, "org.eclipse.swt.widgets.Text").stream()
                .map(t -> quietly(() -> (String) call(t, "getText"))).reduce("", String::concat));
        assertThat(summary).contains(html.toString());

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(page.title()).contains("บทที่ 3 นโยบายเศรษฐกิจใหม่");
        List<Path> texts;
        try (var files = Files.list(out)) {
            texts = files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList();
        }
        assertThat(texts).singleElement().satisfies(t -> {
            assertThat(summary).contains(t.toString());
            assertThat(Files.readString(t, StandardCharsets.UTF_8)).isNotBlank().containsPattern("\\p{IsThai}{4}")
                    .contains("นโยบายเศรษฐกิจใหม่");
        });

        onUi(() -> {
            notifyListeners(button(dialog, 1 /* IDialogConstants.CANCEL_ID, "Close" */), SWT_SELECTION, null);
            return null;
        });
        waitFor(() -> quietly(() -> onUi(() -> (Boolean) call(dialog, "isDisposed"))), "the dialog closes");
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

    private static final int SWT_SELECTION = 13;

    /** The editor: the window's first StyledText. */
    private Object editor() throws Exception {
        return find(call(workbench, "shell"), "org.eclipse.swt.custom.StyledText").get(0);
    }

    private String editorText() throws Exception {
        return onUi(() -> (String) call(editor(), "getText"));
    }

    /** The table of the tab with this title. */
    private Object tableOfTab(String title) throws Exception {
        for (Object folder : find(call(workbench, "shell"), "org.eclipse.swt.custom.CTabFolder")) {
            for (Object item : (Object[]) call(folder, "getItems")) {
                if (title.equals(call(item, "getText"))) {
                    return find(call(item, "getControl"), "org.eclipse.swt.widgets.Table").get(0);
                }
            }
        }
        throw new AssertionError("no tab " + title);
    }

    private Object apparatusTable() throws Exception {
        return tableOfTab("Apparatus");
    }

    /** The lines of the problems listed (the Line:col column). */
    private List<Integer> problemLines() {
        return quietly(() -> onUi(() -> {
            List<Integer> lines = new ArrayList<>();
            for (Object row : (Object[]) call(tableOfTab("Problems"), "getItems")) {
                String place = (String) call(row, "getText", 1);
                lines.add(Integer.parseInt(place.substring(0, place.indexOf(':'))));
            }
            return lines;
        }));
    }

    /** Sends a widget an event of this type, as SWT does when the person acts on it. */
    private void notifyListeners(Object widget, int type, Object item) throws Exception {
        Class<?> eventClass = display.getClass().getClassLoader().loadClass("org.eclipse.swt.widgets.Event");
        Object event = eventClass.getConstructor().newInstance();
        eventClass.getField("item").set(event, item);
        widget.getClass().getMethod("notifyListeners", int.class, eventClass).invoke(widget, type, event);
    }

    /**
     * Chooses a menu item of the menu bar as the person does (its Selection listeners), later on the window's thread:
     * a command that opens a modal dialog does not return until the dialog closes.
     */
    private void runFromMenu(String menu, String label) throws Exception {
        Object item = onUi(() -> {
            Object bar = call(call(workbench, "shell"), "getMenuBar");
            for (Object header : (Object[]) call(bar, "getItems")) {
                if (menu.equals(((String) call(header, "getText")).replace("&", ""))) {
                    for (Object candidate : (Object[]) call(call(header, "getMenu"), "getItems")) {
                        if (((String) call(candidate, "getText")).replace("&", "").startsWith(label)) {
                            return candidate;
                        }
                    }
                }
            }
            return null;
        });
        assertThat(item).as(menu + " › " + label).isNotNull();
        call(display, "asyncExec", (Runnable) () -> {
            try {
                notifyListeners(item, SWT_SELECTION, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A shell of the display with this title, once it is open. */
    private Object waitForShell(String title) throws Exception {
        AtomicReference<Object> found = new AtomicReference<>();
        waitFor(() -> quietly(() -> onUi(() -> {
            for (Object shell : (Object[]) call(display, "getShells")) {
                if (!(Boolean) call(shell, "isDisposed") && title.equals(call(shell, "getText"))
                        && (Boolean) call(shell, "isVisible")) {
                    found.set(shell);
                    return true;
                }
            }
            return false;
        })), "the " + title + " dialog opens");
        return found.get();
    }

    /** The texts of the labels under a control (on the window's thread). */
    private static List<String> labelsIn(Object control) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Object label : find(control, "org.eclipse.swt.widgets.Label")) {
            texts.add((String) call(label, "getText"));
        }
        return texts;
    }

    /** A JFace dialog's button by its id (JFace keeps the id as the button's data). */
    private static Object button(Object dialog, int id) throws Exception {
        for (Object button : find(dialog, "org.eclipse.swt.widgets.Button")) {
            if (Integer.valueOf(id).equals(call(button, "getData"))) {
                return button;
            }
        }
        throw new AssertionError("no button " + id);
    }

    /** A piece of TEI text (the elements without their namespace declaration) parsed in the TEI namespace. */
    private static Element parseFragment(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                "<fragment xmlns=\"http://www.tei-c.org/ns/1.0\">" + xml + "</fragment>")));
        List<Element> children = new ArrayList<>();
        for (Node n = document.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            } else {
                assertThat(n.getTextContent().strip()).as("text outside the inserted element").isEmpty();
            }
        }
        assertThat(children).as("the inserted elements").hasSize(1);
        assertThat(children.get(0).getNamespaceURI()).isEqualTo("http://www.tei-c.org/ns/1.0");
        return children.get(0);
    }

    private static List<Element> elements(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
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
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable runnable = () -> {
            try {
                result.set(task.call());
            } catch (Exception | Error e) {
                failure.set(e);
            }
        };
        call(display, "syncExec", runnable);
        if (failure.get() instanceof Error e) {
            throw e;
        }
        if (failure.get() != null) {
            throw (Exception) failure.get();
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
        waitFor(condition, what, 30_000);
    }

    /** Waits until the condition holds, failing after the deadline (a deadline for the wait, not a timing claim). */
    private static void waitFor(Supplier<Boolean> condition, String what, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
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
