package org.siglum.ui.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportPreferencesTest {

    @TempDir
    Path dir;

    @Test
    void atFirstAnExportFolderBesideTheEditionAndTheWebEdition() {
        ExportPreferences preferences = new ExportPreferences(dir.resolve("config/export.properties"));
        assertThat(preferences.folderFor(dir.resolve("ed/chapter.xml"))).isEqualTo(dir.resolve("ed/export"));
        assertThat(preferences.formats()).containsExactly("html");
    }

    @Test
    void theSettingsFolderTheWindowUsesIsHonoured() {
        Path config = dir.resolve("settings");
        String before = System.getProperty("siglum.config");
        System.setProperty("siglum.config", config.toString());
        try {
            ExportPreferences preferences = ExportPreferences.inConfigFolder();
            assertThat(preferences.remember(dir.resolve("a.xml"), dir.resolve("out-a"), List.of("text"))).isTrue();
            assertThat(config.resolve("export.properties")).isRegularFile();
            assertThat(ExportPreferences.inConfigFolder().folderFor(dir.resolve("a.xml"))).isEqualTo(dir.resolve("out-a"));
        } finally {
            if (before == null) {
                System.clearProperty("siglum.config");
            } else {
                System.setProperty("siglum.config", before);
            }
        }
    }

    @Test
    void theFolderIsRememberedPerEditionAndTheFormatsForAll() {
        Path file = dir.resolve("config/export.properties");
        assertThat(new ExportPreferences(file).remember(dir.resolve("a.xml"), dir.resolve("out-a"),
                List.of("text", "pdf"))).isTrue();
        ExportPreferences again = new ExportPreferences(file);
        assertThat(again.folderFor(dir.resolve("a.xml"))).isEqualTo(dir.resolve("out-a"));
        assertThat(again.folderFor(dir.resolve("b.xml"))).isEqualTo(dir.resolve("export"));
        assertThat(again.formats()).containsExactly("text", "pdf");
        assertThat(file.getParent().toFile().list()).as("no temporary file left").containsExactly("export.properties");
    }

    @Test
    void aDamagedFileGivesTheDefaults() throws Exception {
        Path file = Files.createDirectories(dir.resolve("config")).resolve("export.properties");
        Files.writeString(file, "folder.x=\\u12", StandardCharsets.ISO_8859_1);
        ExportPreferences preferences = new ExportPreferences(file);
        assertThat(preferences.formats()).containsExactly("html");
        assertThat(preferences.folderFor(dir.resolve("x.xml"))).isEqualTo(dir.resolve("export"));
    }
}
