package org.siglum.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @Test
    void noArgumentOpensTheWindow() {
        assertThat(Main.chooseFeature(List.of(), null)).isEqualTo("ui");
        assertThat(Main.chooseFeature(List.of("--ui"), null)).isEqualTo("ui");
    }

    @Test
    void oneExistingFileOpensTheWindow(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("edition.xml"), "<TEI/>");
        assertThat(Main.chooseFeature(List.of(file.toString()), null)).isEqualTo("ui");
    }

    @Test
    void aCommandRunsWithoutAWindow(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("edition.xml"), "<TEI/>");
        assertThat(Main.chooseFeature(List.of("info", file.toString()), null)).isEqualTo("headless");
        assertThat(Main.chooseFeature(List.of("--help"), null)).isEqualTo("headless");
        assertThat(Main.chooseFeature(List.of("missing.xml"), null)).isEqualTo("headless");
    }

    @Test
    void anExplicitFeatureWins() {
        assertThat(Main.chooseFeature(List.of(), "headless")).isEqualTo("headless");
    }

    @Test
    void thePluginsFolderFollowsXdgDataHomeAndPluginsChoosesAnotherForOneRun(@TempDir Path dir) throws Exception {
        List<String> none = new java.util.ArrayList<>(List.of("export", "--list-formats"));
        assertThat(Main.pluginFolder(none, java.util.Map.of(), "/home/u").folder())
                .isEqualTo(Path.of("/home/u/.local/share/siglum/plugins"));
        assertThat(Main.pluginFolder(none, java.util.Map.of("XDG_DATA_HOME", "/data"), "/home/u").folder())
                .isEqualTo(Path.of("/data/siglum/plugins"));
        assertThat(Main.pluginFolder(none, java.util.Map.of("XDG_DATA_HOME", "relative"), "/home/u").folder())
                .as("a relative XDG_DATA_HOME is ignored, as the specification says")
                .isEqualTo(Path.of("/home/u/.local/share/siglum/plugins"));
        assertThat(none).containsExactly("export", "--list-formats");

        List<String> chosen = new java.util.ArrayList<>(List.of("--plugins", dir.toString(), "export", "--list-formats"));
        org.siglum.launcher.api.PluginFolder folder = Main.pluginFolder(chosen, java.util.Map.of("XDG_DATA_HOME", "/data"), "/home/u");
        assertThat(folder.folder()).isEqualTo(dir);
        assertThat(folder.stateFile()).isEqualTo(dir.resolveSibling(dir.getFileName() + ".state"));
        assertThat(chosen).as("the option is the launcher's: the command does not see it").containsExactly("export", "--list-formats");
        assertThat(Main.chooseFeature(chosen, null)).isEqualTo("headless");
    }

    @Test
    void theStateFileKeepsTheDisabledBundles(@TempDir Path dir) throws Exception {
        org.siglum.launcher.api.PluginFolder folder = new org.siglum.launcher.api.PluginFolder(dir.resolve("plugins"));
        assertThat(folder.disabled()).isEmpty();
        folder.writeDisabled(java.util.Set.of("siglum.export.text", "org.example.csv"));
        assertThat(folder.disabled()).containsExactly("org.example.csv", "siglum.export.text");
        assertThat(Files.readString(dir.resolve("plugins.state"))).contains("disabled siglum.export.text\n");
        assertThat(folder.holds(dir.resolve("plugins/a.jar").toUri().toString())).isTrue();
        assertThat(folder.holds("reference:" + dir.resolve("plugins/a.jar").toUri())).isTrue();
        assertThat(folder.holds(dir.resolve("plugins-other/a.jar").toUri().toString())).isFalse();
        try (var list = Files.list(dir)) {
            assertThat(list.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactly("plugins.state");
        }
    }
}
