package org.siglum.ui.plugins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.plugins.Offer;
import org.siglum.plugins.PluginInfo;

/** The plugins dialog's model without widgets: rows, filter, the actions and what they say. */
class PluginsModelTest {

    @TempDir
    Path dir;

    private ShelfOfPlugins shelf;
    private PluginsModel model;

    @BeforeEach
    void aRunWithBuiltInBundlesAndOnePlugin() {
        shelf = new ShelfOfPlugins(dir.resolve("plugins"))
                .add("siglum.export.html", false, "", new Offer("format", "html", 0))
                .add("siglum.ui.apparatus", false, "", new Offer("view", "apparatus", 0),
                        new Offer("window-handler", "siglum.apparatus.record", 0))
                .add("siglum.plugins", false, "", new Offer("service", "org.siglum.plugins.PluginService", 0))
                .add("org.example.csv", true, "", new Offer("format", "csv", 10))
                .add("org.example.old", true, "it needs package org.siglum.export version [2.0.0,3.0.0)");
        model = new PluginsModel(shelf);
    }

    private static java.util.List<String> names(java.util.List<PluginInfo> rows) {
        return rows.stream().map(PluginInfo::symbolicName).toList();
    }

    @Test
    void pluginsComeFirstAndTheSummarySaysWhatThereIsAndWhere() {
        assertThat(names(model.rows())).containsExactly("org.example.csv", "org.example.old", "siglum.export.html",
                "siglum.plugins", "siglum.ui.apparatus");
        assertThat(model.summary()).isEqualTo("3 built-in bundles, 2 plugins, 1 does not run. Plugins folder: "
                + dir.resolve("plugins"));
        PluginInfo old = shelf.find("org.example.old").orElseThrow();
        assertThat(PluginsModel.state(old)).isEqualTo("does not resolve");
        PluginInfo apparatus = shelf.find("siglum.ui.apparatus").orElseThrow();
        assertThat(PluginsModel.offers(apparatus)).as("the window's handlers are no offer a user picks")
                .isEqualTo("view apparatus");
        assertThat(PluginsModel.offers(shelf.find("org.example.csv").orElseThrow())).isEqualTo("format csv (ranking 10)");
    }

    @Test
    void theFilterMatchesEveryWordInNameStateOriginOrOffer() {
        model.setFilter("format");
        assertThat(names(model.rows())).containsExactly("org.example.csv", "siglum.export.html");
        model.setFilter("format plugin");
        assertThat(names(model.rows())).containsExactly("org.example.csv");
        model.setFilter("does not resolve");
        assertThat(names(model.rows())).containsExactly("org.example.old");
        model.setFilter("");
        model.setShowBuiltIn(false);
        assertThat(names(model.rows())).containsExactly("org.example.csv", "org.example.old");
    }

    @Test
    void aBuiltInBundleCanBeDisabledAndEnabledButNotRemoved() {
        model.select("siglum.export.html");
        assertThat(model.canRemove()).isFalse();
        assertThat(model.canToggle()).isTrue();
        assertThat(model.toggleLabel()).isEqualTo("&Disable");
        PluginsModel.Outcome off = model.toggleSelected();
        assertThat(off.ok()).isTrue();
        assertThat(off.message()).isEqualTo("siglum.export.html disabled: it is stopped now and not started in the next runs.");
        assertThat(PluginsModel.state(model.selected().orElseThrow())).isEqualTo("disabled");
        assertThat(model.toggleLabel()).isEqualTo("&Enable");
        assertThat(model.summary()).contains("1 disabled");
        assertThat(model.toggleSelected().message()).startsWith("siglum.export.html enabled");
        assertThat(shelf.calls).containsExactly("disable siglum.export.html", "enable siglum.export.html");

        model.select("siglum.plugins");
        PluginsModel.Outcome refused = model.toggleSelected();
        assertThat(refused.ok()).isFalse();
        assertThat(refused.message()).isEqualTo("siglum.plugins keeps Siglum running and cannot be disabled");
        assertThat(model.selected().orElseThrow().enabled()).isTrue();
    }

    @Test
    void installingSelectsThePluginAndSaysWhatItOffersOrWhyItDoesNotRun() throws Exception {
        Path jar = Files.writeString(dir.resolve("tei-csv.jar"), "org.example.teicsv\nformat tei-csv\nview csv-table\n");
        PluginsModel.Outcome installed = model.install(jar);
        assertThat(installed.ok()).isTrue();
        assertThat(installed.message()).isEqualTo(
                "Installed org.example.teicsv 1.0.0, active: it offers format tei-csv, view csv-table.");
        assertThat(model.selected().map(PluginInfo::symbolicName)).contains("org.example.teicsv");
        assertThat(model.canRemove()).isTrue();

        Path broken = Files.writeString(dir.resolve("broken.jar"), "org.example.broken\nneeds package org.nowhere\n");
        PluginsModel.Outcome notRunning = model.install(broken);
        assertThat(notRunning.ok()).isFalse();
        assertThat(notRunning.message()).isEqualTo("Installed org.example.broken 1.0.0 into the plugins folder, but it"
                + " does not run: it needs package org.nowhere");

        PluginsModel.Outcome refused = model.install(Files.writeString(dir.resolve("html.jar"), "siglum.export.html\n"));
        assertThat(refused.ok()).isFalse();
        assertThat(refused.message()).endsWith("siglum.export.html is built into Siglum");

        model.select("org.example.teicsv");
        assertThat(model.removeSelected().message())
                .isEqualTo("Removed org.example.teicsv and its jar from the plugins folder.");
        assertThat(names(model.rows())).doesNotContain("org.example.teicsv");
        assertThat(model.selected()).isEmpty();
    }

    @Test
    void withoutAPluginsFolderNothingCanBeChanged() {
        PluginsModel none = new PluginsModel(new ShelfOfPlugins(null).add("siglum.export.html", false, ""));
        none.select("siglum.export.html");
        assertThat(none.canInstall()).isFalse();
        assertThat(none.canToggle()).isFalse();
        assertThat(none.canRemove()).isFalse();
        assertThat(none.summary()).endsWith("This run has no plugins folder: nothing can be changed here.");
    }
}
