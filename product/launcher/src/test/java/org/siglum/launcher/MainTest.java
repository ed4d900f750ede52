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
}
