package org.siglum.ui.workbench.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.siglum.core.SafeFiles;

/**
 * The sizes of the window's parts between runs: a small properties file ({@code layout.properties} in
 * {@code $XDG_CONFIG_HOME/siglum} or {@code ~/.config/siglum}). A missing or unreadable file gives the defaults.
 */
final class LayoutStore {

    private final Path file;
    private final Properties properties = new Properties();

    LayoutStore(Path folder) {
        this.file = folder == null ? null : folder.resolve("layout.properties");
        if (file != null && Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                properties.clear(); // a damaged file costs the sizes, not the start
            }
        }
    }

    /** The folder Siglum keeps its settings in, by the XDG rules (the system property siglum.config overrides). */
    static Path defaultFolder() {
        String configured = System.getProperty("siglum.config");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("siglum");
    }

    /** The weights kept under the key, or the defaults when none (or not as many) were kept. */
    int[] weights(String key, int... defaults) {
        String value = properties.getProperty(key);
        if (value == null) {
            return defaults;
        }
        try {
            int[] weights = Arrays.stream(value.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
            return weights.length == defaults.length && Arrays.stream(weights).allMatch(w -> w > 0) ? weights : defaults;
        } catch (NumberFormatException e) {
            return defaults;
        }
    }

    void setWeights(String key, int[] weights) {
        properties.setProperty(key, String.join(",", Arrays.stream(weights).mapToObj(Integer::toString).toList()));
    }

    /** The list kept under the key (comma-separated), or an empty one. */
    List<String> list(String key) {
        String value = properties.getProperty(key, "");
        return Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    void setList(String key, List<String> values) {
        properties.setProperty(key, String.join(",", values));
    }

    /** Writes the file (quietly: losing the sizes is no reason to bother the person on the way out). */
    void save() {
        if (file == null) {
            return;
        }
        try {
            SafeFiles.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                properties.store(writer, "Siglum window layout");
                writer.flush();
            });
        } catch (IOException e) {
            // the sizes are a convenience
        }
    }
}
