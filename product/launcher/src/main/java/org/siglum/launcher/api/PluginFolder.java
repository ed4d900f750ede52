package org.siglum.launcher.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The user's plugins: a folder of bundle jars that the launcher installs after the feature's bundles and starts, and
 * beside it a small state file naming the bundles (plugins or built-in) that are disabled: installed, not started.
 * One rule for the launcher (which reads them at start) and for the bundles that change them ({@code siglum plugins},
 * Help › Plugins), decision 0050.
 *
 * <p>The state file {@code NAME.state} beside the folder {@code NAME} is UTF-8 text, one {@code disabled
 * SYMBOLIC-NAME} a line; lines starting with {@code #} are comments.
 */
public final class PluginFolder {

    /** Framework property: the plugins folder of this run (absent when the run has none). */
    public static final String FOLDER_PROPERTY = "siglum.plugins.folder";

    /** Framework property: the feature of this run ({@code headless} or {@code ui}). */
    public static final String FEATURE_PROPERTY = "siglum.feature";

    /**
     * Manifest header of a plugin that belongs to one feature only, e.g. {@code Siglum-Feature: ui} for a view of the
     * window: the other features leave it out without a word (it needs packages only that feature has).
     */
    public static final String FEATURE_HEADER = "Siglum-Feature";

    private static final String DISABLED = "disabled ";

    private final Path folder;

    public PluginFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /**
     * The default folder, {@code $XDG_DATA_HOME/siglum/plugins}, or {@code ~/.local/share/siglum/plugins} where
     * {@code XDG_DATA_HOME} is unset or not absolute (as the XDG base directory specification says).
     */
    public static PluginFolder standard(Map<String, String> environment, String userHome) {
        String data = environment.get("XDG_DATA_HOME");
        Path base = data != null && !data.isBlank() && Paths.get(data).isAbsolute() ? Paths.get(data)
                : Paths.get(userHome, ".local", "share");
        return new PluginFolder(base.resolve("siglum").resolve("plugins"));
    }

    public Path folder() {
        return folder;
    }

    /** The state file beside the folder: {@code plugins.state} for the folder {@code plugins}. */
    public Path stateFile() {
        return folder.resolveSibling(folder.getFileName() + ".state");
    }

    /** The jars in the folder, by name; none when the folder does not exist. */
    public List<Path> jars() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a bundle location (as the framework gives it) is a jar of this folder. */
    public boolean holds(String location) {
        String uri = folder.toUri().toString();
        String bare = location.startsWith("reference:") ? location.substring("reference:".length()) : location;
        return bare.startsWith(uri.endsWith("/") ? uri : uri + "/");
    }

    /** The symbolic names of the disabled bundles; none when there is no state file. */
    public Set<String> disabled() throws IOException {
        Set<String> names = new TreeSet<>();
        Path state = stateFile();
        if (!Files.isRegularFile(state)) {
            return names;
        }
        for (String line : Files.readAllLines(state, StandardCharsets.UTF_8)) {
            line = line.strip();
            if (line.startsWith(DISABLED)) {
                names.add(line.substring(DISABLED.length()).strip());
            }
        }
        return names;
    }

    /** Writes the disabled bundles, atomically (a temporary file beside it, renamed into place). */
    public void writeDisabled(Set<String> names) throws IOException {
        Path state = stateFile();
        Files.createDirectories(state.getParent());
        List<String> lines = new ArrayList<>();
        lines.add("# Siglum: bundles installed but not started (siglum plugins enable NAME starts one again)");
        new TreeSet<>(names).forEach(n -> lines.add(DISABLED + n));
        Path temporary = Files.createTempFile(state.getParent(), ".plugins-", ".tmp");
        try {
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            moveIntoPlace(temporary, state);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Why a jar is not an OSGi bundle, or null when it is one. */
    public static String whyNotABundle(Path jar) {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest manifest = file.getManifest();
            if (manifest == null) {
                return "it has no manifest (META-INF/MANIFEST.MF), so it is not an OSGi bundle";
            }
            String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            if (name == null || name.isBlank()) {
                return "its manifest has no Bundle-SymbolicName, so it is not an OSGi bundle";
            }
            return null;
        } catch (IOException | SecurityException e) {
            return "it is not a readable jar (" + e.getMessage() + ")";
        }
    }

    /** The feature a plugin jar says it belongs to ({@link #FEATURE_HEADER}); empty when it belongs to every one. */
    public static java.util.Optional<String> feature(Path jar) {
        return header(jar, FEATURE_HEADER);
    }

    /** A main attribute of a jar's manifest, stripped; empty when the jar, its manifest or the attribute is absent. */
    public static java.util.Optional<String> header(Path jar, String name) {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue(name);
            return value == null || value.isBlank() ? java.util.Optional.empty()
                    : java.util.Optional.of(value.split(";")[0].strip());
        } catch (IOException | SecurityException e) {
            return java.util.Optional.empty();
        }
    }

    /** Renames a complete file over its target, atomically where the file system can. */
    public static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
