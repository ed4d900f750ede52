package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins as a user adds them to the assembled product ({@code bin/siglum} as a process, decision 0050): jars in the
 * plugins folder ({@code $XDG_DATA_HOME/siglum/plugins}) or given by {@code siglum plugins install}; one that does not
 * resolve is named in one line with the package and version it misses and left out; {@code disable} of a built-in
 * format lets a plugin's format of the same id take its place, as a higher service.ranking does without disabling.
 */
class PluginsIT {

    private static final String CLASS = "org.siglum.product.tests.plugins.PlainText";

    @TempDir
    static Path work;

    private static Path plainText;
    private static Path plainTextRanked;
    private static Path needsNewerApi;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeTheTestPlugins() throws Exception {
        Path classes = TestBundles.compile(work.resolve("plaintext"), "/plugins/PlainText.java.txt", CLASS,
                TestBundles.productJar("siglum.export"), TestBundles.productJar("siglum.core"));
        String imports = "org.osgi.framework,org.siglum.core;version=\"[1.0,2)\",org.siglum.export;version=\"[1.0,2)\"";
        plainText = TestBundles.jar(work.resolve("jars/plaintext.jar"), Map.of("Bundle-SymbolicName", "org.example.plaintext",
                "Bundle-Version", "1.0.0", "Bundle-Activator", CLASS, "Import-Package", imports), classes, CLASS);
        plainTextRanked = TestBundles.jar(work.resolve("jars/plaintext-ranked.jar"), Map.of("Bundle-SymbolicName",
                "org.example.plaintext.ranked", "Bundle-Version", "1.0.0", "Bundle-Activator", CLASS, "Import-Package",
                imports, "Test-Ranking", "10"), classes, CLASS);
        // built for an export API that does not exist yet, and needing a package nobody offers
        needsNewerApi = TestBundles.jar(work.resolve("jars/needs-newer-api.jar"), Map.of("Bundle-SymbolicName",
                "org.example.needsnewerapi", "Bundle-Version", "2.0.0", "Import-Package",
                "org.siglum.export;version=\"[2.0,3)\",org.example.nowhere;version=\"1.5\""), null, null);
    }

    private static Path wordcount() {
        Path jar = Siglum.root().resolve("bundles/siglum.export.wordcount/target/siglum.export.wordcount-0.1.0-SNAPSHOT.jar");
        assertThat(jar).as("the demonstration bundle is built before the product tests").exists();
        return jar;
    }

    /** bin/siglum with its own XDG_DATA_HOME (so the user's plugins are not those of the machine). */
    private Siglum.Run siglum(String... arguments) throws Exception {
        return Siglum.run(Map.of("XDG_DATA_HOME", dir.resolve("data").toString()), dir, arguments);
    }

    private static List<String> formats(Siglum.Run run) {
        return run.out().lines().filter(l -> !l.startsWith("\t")).map(l -> l.split("\t")[0]).toList();
    }

    @Test
    void bundlesInThePluginsFolderAreStartedAndOneThatDoesNotResolveIsNamedAndLeftOut() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data/siglum/plugins"));
        Files.copy(wordcount(), folder.resolve("wordcount.jar"));
        Files.copy(needsNewerApi, folder.resolve("needs-newer-api.jar"));
        Files.writeString(folder.resolve("notes.txt"), "not a jar: ignored");

        Siglum.Run list = siglum("export", "--list-formats");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(formats(list)).contains("html", "pdf", "latex", "text", "wordcount", "broken");
        List<String> warnings = list.err().lines().filter(l -> l.contains("needsnewerapi")).toList();
        assertThat(warnings).containsExactly("siglum: warning: plugin org.example.needsnewerapi 2.0.0 left out: it needs"
                + " package org.siglum.export version [2.0.0,3.0.0), installed: " + exportApiVersion()
                + "; package org.example.nowhere version 1.5.0 or newer, which no installed bundle exports");

        Path sample = Siglum.root().resolve("samples/chapter-3.xml");
        Siglum.Run export = siglum("export", sample.toString(), "--format", "wordcount", "-o", "out");
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(Files.readString(dir.resolve("out/chapter-3.wordcount.txt")).strip()).matches("[1-9][0-9]*");

        Siglum.Run plugins = siglum("plugins", "list", "--plugins-only");
        assertThat(plugins.exitCode()).as("a plugin left out is a finding\n%s", plugins).isEqualTo(1);
        assertThat(plugins.out().lines()).containsExactly(
                "org.example.needsnewerapi\t2.0.0\tleft-out\tplugin\t-",
                "siglum.export.wordcount\t0.1.0.SNAPSHOT\tactive\tplugin\tformat broken, format wordcount");
    }

    private static String exportApiVersion() throws Exception {
        try (var jar = new java.util.jar.JarFile(TestBundles.productJar("siglum.export").toFile())) {
            String exports = jar.getManifest().getMainAttributes().getValue("Export-Package");
            var m = java.util.regex.Pattern.compile("org\\.siglum\\.export;[^,]*version=\"([0-9.]+)\"").matcher(exports);
            assertThat(m.find()).as(exports).isTrue();
            return m.group(1);
        }
    }

    @Test
    void pluginsInstallCopiesABundleIntoTheFolderAndRemoveTakesItAway() throws Exception {
        Path folder = dir.resolve("my-plugins");
        Siglum.Run install = siglum("--plugins", folder.toString(), "plugins", "install", wordcount().toString());
        assertThat(install.exitCode()).as(install.toString()).isZero();
        assertThat(install.out()).isEqualTo("installed siglum.export.wordcount 0.1.0.SNAPSHOT into " + folder + "\n");
        assertThat(folder.resolve(wordcount().getFileName())).hasSameBinaryContentAs(wordcount());
        try (var files = Files.list(folder)) {
            assertThat(files).as("no partial copy left").hasSize(1);
        }
        assertThat(formats(siglum("--plugins", folder.toString(), "export", "--list-formats"))).contains("wordcount");
        assertThat(formats(siglum("export", "--list-formats"))).as("another folder: not there").doesNotContain("wordcount");

        Files.writeString(dir.resolve("plain.jar"), "not a zip");
        Siglum.Run refused = siglum("--plugins", folder.toString(), "plugins", "install", "plain.jar");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("siglum: plugins: " + dir.resolve("plain.jar") + ": it is not a readable jar");
        Siglum.Run builtIn = siglum("--plugins", folder.toString(), "plugins", "install",
                TestBundles.productJar("siglum.export.text").toString());
        assertThat(builtIn.exitCode()).isEqualTo(2);
        assertThat(builtIn.err()).contains("siglum.export.text is built into Siglum");
        assertThat(folder.resolve("plain.jar")).doesNotExist();

        Siglum.Run left = siglum("--plugins", folder.toString(), "plugins", "install", needsNewerApi.toString());
        assertThat(left.exitCode()).as(left.toString()).isEqualTo(1);
        assertThat(left.err()).contains("org.example.needsnewerapi left out: it needs package org.siglum.export version [2.0.0,3.0.0)");

        Siglum.Run remove = siglum("--plugins", folder.toString(), "plugins", "remove", "siglum.export.wordcount");
        assertThat(remove.exitCode()).as(remove.toString()).isZero();
        assertThat(folder.resolve(wordcount().getFileName())).doesNotExist();
        assertThat(formats(siglum("--plugins", folder.toString(), "export", "--list-formats"))).doesNotContain("wordcount");
        Siglum.Run builtInRemove = siglum("--plugins", folder.toString(), "plugins", "remove", "siglum.export.text");
        assertThat(builtInRemove.exitCode()).isEqualTo(2);
        assertThat(builtInRemove.err()).contains("is built into Siglum and cannot be removed; disable it instead");
    }

    @Test
    void disablingABuiltInFormatLetsAPluginsFormatOfTheSameIdTakeItsPlace() throws Exception {
        Path folder = dir.resolve("plugins");
        Path sample = Siglum.root().resolve("samples/chapter-3.xml");
        assertThat(siglum("--plugins", folder.toString(), "plugins", "install", plainText.toString()).exitCode()).isZero();

        Siglum.Run same = siglum("--plugins", folder.toString(), "export", sample.toString(), "--format", "text", "-o", "a");
        assertThat(same.exitCode()).as(same.toString()).isZero();
        assertThat(same.out().lines()).as("same ranking: the built-in format stays").containsExactly("a/chapter-3.ED.txt");

        Siglum.Run disable = siglum("--plugins", folder.toString(), "plugins", "disable", "siglum.export.text");
        assertThat(disable.exitCode()).as(disable.toString()).isZero();
        assertThat(Files.readString(dir.resolve("plugins.state"))).contains("disabled siglum.export.text\n");
        Siglum.Run list = siglum("--plugins", folder.toString(), "plugins", "list");
        assertThat(list.out().lines()).contains("siglum.export.text\t0.1.0.SNAPSHOT\tdisabled\tbuilt-in\t-",
                "org.example.plaintext\t1.0.0\tactive\tplugin\tformat text");
        Siglum.Run formats = siglum("--plugins", folder.toString(), "export", "--list-formats");
        assertThat(formats.out().lines()).contains("text\tPlain text (a plugin's)");
        Siglum.Run replaced = siglum("--plugins", folder.toString(), "export", sample.toString(), "--format", "text", "-o", "b");
        assertThat(replaced.exitCode()).as(replaced.toString()).isZero();
        assertThat(replaced.out().lines()).containsExactly("b/chapter-3.plain.txt");
        assertThat(Files.readString(dir.resolve("b/chapter-3.plain.txt"))).contains("เลนิน").doesNotContain("<p");

        assertThat(siglum("--plugins", folder.toString(), "plugins", "enable", "siglum.export.text").exitCode()).isZero();
        Siglum.Run back = siglum("--plugins", folder.toString(), "export", sample.toString(), "--format", "text", "-o", "c");
        assertThat(back.out().lines()).containsExactly("c/chapter-3.ED.txt");

        Siglum.Run refused = siglum("--plugins", folder.toString(), "plugins", "disable", "siglum.cli");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("siglum.cli keeps Siglum running and cannot be disabled");
    }

    @Test
    void aPluginsFormatOfHigherRankingTakesThePlaceOfTheBuiltInOneWithoutDisablingIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plugins"));
        Files.copy(plainTextRanked, folder.resolve("ranked.jar"));
        Path sample = Siglum.root().resolve("samples/chapter-3.xml");
        Siglum.Run list = siglum("--plugins", folder.toString(), "plugins", "list", "--plugins-only");
        assertThat(list.out().lines()).containsExactly(
                "org.example.plaintext.ranked\t1.0.0\tactive\tplugin\tformat text (ranking 10)");
        Siglum.Run run = siglum("--plugins", folder.toString(), "export", sample.toString(), "--format", "text", "-o", "out");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().lines()).containsExactly("out/chapter-3.plain.txt");
    }
}
