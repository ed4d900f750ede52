package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.siglum.launcher.api.PluginFolder;
import org.siglum.launcher.internal.FeatureLauncher;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin kit (issue 18, decision 0050): the two plugins of {@code examples/} are built with Maven outside Siglum's
 * build, against the API artifacts of the assembled product ({@code sdk/repository}), as their README says; then
 * installed into the product as a user does, through the plugins folder and through {@code siglum plugins install}.
 * The format writes the apparatus as CSV, checked against an independent reading of the TEI; the view is offered to
 * the window by the ui feature and left out, without a word, by the command line.
 */
class ExamplePluginsIT {

    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    @TempDir
    static Path work;

    private static Path csvPlugin;
    private static Path viewPlugin;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildTheExamplesAsTheirReadmeSays() throws Exception {
        Path[] jars = ExamplePlugins.build(work);
        csvPlugin = jars[0];
        viewPlugin = jars[1];
    }

    private Siglum.Run siglum(String... arguments) throws Exception {
        return Siglum.run(Map.of("XDG_DATA_HOME", dir.resolve("data").toString()), dir, arguments);
    }

    @Test
    void theExamplesAreBundlesThatImportOnlySiglumsVersionedApi() throws Exception {
        Manifest csv = manifest(csvPlugin);
        assertThat(csv.getMainAttributes().getValue("Bundle-SymbolicName")).isEqualTo("org.example.siglum.csv");
        assertThat(csv.getMainAttributes().getValue("Import-Package"))
                .contains("org.siglum.export;version=\"[1.", "org.siglum.apparatus;version=\"[1.")
                .doesNotContain("internal");
        assertThat(csv.getMainAttributes().getValue("Service-Component")).isNotBlank();
        Manifest view = manifest(viewPlugin);
        assertThat(view.getMainAttributes().getValue("Siglum-Feature")).isEqualTo("ui");
        assertThat(view.getMainAttributes().getValue("Import-Package")).contains("org.siglum.ui.api;version=\"[1.");
    }

    private static Manifest manifest(Path jar) throws Exception {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest();
        }
    }

    @Test
    void theFormatFromThePluginsFolderWritesEveryReadingOfTheApparatusAsCsv() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data/siglum/plugins"));
        Files.copy(csvPlugin, folder.resolve("apparatus-csv.jar"));
        Siglum.Run formats = siglum("export", "--list-formats");
        assertThat(formats.exitCode()).as(formats.toString()).isZero();
        assertThat(formats.out()).contains("apparatus-csv\tApparatus as CSV (example plugin)");
        assertThat(formats.err()).isEmpty();

        Path sample = Siglum.root().resolve("samples/chapter-3.xml");
        Siglum.Run export = siglum("export", sample.toString(), "--format", "apparatus-csv", "-o",
                dir.resolve("out").toString());
        assertThat(export.exitCode()).as(export.toString()).isZero();
        Path csv = dir.resolve("out/chapter-3.apparatus.csv");
        List<List<String>> rows = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactly("\uFEFFentry", "line", "column", "lemma", "lemma witnesses",
                "witnesses", "reading", "cause", "type");

        // the TEI read on its own: one row per rdg of every app, one for an app without any
        Document tei = parse(sample);
        NodeList apps = tei.getElementsByTagNameNS(TEI, "app");
        int expected = 0;
        for (int i = 0; i < apps.getLength(); i++) {
            expected += Math.max(1, ((Element) apps.item(i)).getElementsByTagNameNS(TEI, "rdg").getLength());
        }
        assertThat(rows).hasSize(expected + 1);
        Element e2 = byId(apps, "e2");
        Element lem = (Element) e2.getElementsByTagNameNS(TEI, "lem").item(0);
        Element rdg = (Element) e2.getElementsByTagNameNS(TEI, "rdg").item(0);
        List<String> row = rows.stream().filter(r -> r.get(0).equals("e2")).findFirst().orElseThrow();
        assertThat(row.get(3)).isEqualTo(lem.getTextContent().strip());
        assertThat(row.get(4)).isEqualTo(lem.getAttribute("wit").replace("#", ""));
        assertThat(row.get(6)).isEqualTo(rdg.getTextContent().strip());
        assertThat(row.get(7)).isEqualTo(rdg.getAttribute("cause"));
        assertThat(rows.stream().map(r -> r.get(0)).distinct().count()).isEqualTo(apps.getLength() + 1);
    }

    @Test
    void theViewInstalledByCommandIsLeftOutByTheCommandLineAndOfferedToTheWindow() throws Exception {
        Siglum.Run install = siglum("plugins", "install", viewPlugin.toString());
        assertThat(install.exitCode()).as(install.toString()).isZero();
        assertThat(install.out()).contains("installed org.example.siglum.characters 1.0.0");
        Siglum.Run list = siglum("plugins", "list");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out().lines().filter(l -> l.startsWith("org.example.siglum.characters\t")))
                .singleElement().asString().contains("\twindow-only\tplugin");
        assertThat(list.err()).as("a plugin of the window is no problem for the command line").isEmpty();

        // the ui feature, with the same plugins folder, offers the view to the window
        FeatureLauncher launcher = new FeatureLauncher(Siglum.app(), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PluginFolder(dir.resolve("data/siglum/plugins")));
        Framework framework = launcher.start("ui");
        try {
            assertThat(launcher.problems()).isEmpty();
            BundleContext context = framework.getBundleContext();
            List<String> views = new ArrayList<>();
            for (ServiceReference<?> ref : context.getServiceReferences("org.siglum.ui.api.ViewContribution", null)) {
                if ("org.example.siglum.characters".equals(ref.getBundle().getSymbolicName())) {
                    Object view = context.getService(ref);
                    Class<?> api = view.getClass().getClassLoader().loadClass("org.siglum.ui.api.ViewContribution");
                    views.add(api.getMethod("id").invoke(view) + " " + api.getMethod("title").invoke(view));
                    context.ungetService(ref);
                }
            }
            assertThat(views).containsExactly("org.example.characters Characters");
        } finally {
            launcher.stop(framework);
        }
    }

    private static Element byId(NodeList elements, String id) {
        for (int i = 0; i < elements.getLength(); i++) {
            Element e = (Element) elements.item(i);
            if (id.equals(e.getAttributeNS("http://www.w3.org/XML/1998/namespace", "id"))) {
                return e;
            }
        }
        throw new AssertionError("no app " + id);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** RFC 4180 read back: quoted fields, doubled quotes, CRLF rows. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
