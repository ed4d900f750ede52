package org.siglum.ui.export.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;

import org.siglum.core.SafeFiles;

/**
 * What the export dialog remembers between runs, in {@code export.properties} of Siglum's configuration folder: the
 * output folder chosen for each edition and the formats last chosen. A missing or damaged file gives the defaults.
 */
final class ExportPreferences {

    private final Path file;

    ExportPreferences(Path file) {
        this.file = file;
    }

    /**
     * {@code export.properties} in Siglum's settings folder, as the window finds it: the folder the system property
     * {@code siglum.config} names, else {@code $XDG_CONFIG_HOME/siglum}, else {@code ~/.config/siglum}.
     */
    static ExportPreferences inConfigFolder() {
        String configured = System.getProperty("siglum.config");
        if (configured != null && !configured.isBlank()) {
            return new ExportPreferences(Path.of(configured).resolve("export.properties"));
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".config");
        return new ExportPreferences(base.resolve("siglum").resolve("export.properties"));
    }

    /** The folder last chosen for this edition; at first an {@code export} folder beside it. */
    Path folderFor(Path edition) {
        Path abs = edition.toAbsolutePath().normalize();
        String remembered = load().getProperty("folder." + abs);
        return remembered != null ? Path.of(remembered) : abs.resolveSibling("export");
    }

    /** The ids of the formats last chosen; at first the web edition. */
    Set<String> formats() {
        String list = load().getProperty("formats", "html");
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
        return ids;
    }

    /** Remembers a choice; returns false when the file cannot be written (the export goes on all the same). */
    boolean remember(Path edition, Path folder, Collection<String> formats) {
        Properties properties = load();
        properties.setProperty("folder." + edition.toAbsolutePath().normalize(), folder.toString());
        properties.setProperty("formats", String.join(",", formats));
        try {
            SafeFiles.write(file, out -> properties.store(out, "Siglum: the export dialog's choices"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Properties load() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties();
            }
        }
        return properties;
    }
}
