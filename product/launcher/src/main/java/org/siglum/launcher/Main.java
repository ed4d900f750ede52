package org.siglum.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.siglum.launcher.api.PluginFolder;
import org.siglum.launcher.internal.FeatureLauncher;
import org.siglum.launcher.internal.LaunchException;

/**
 * The {@code bin/siglum} entry point: picks the feature to run (the workbench window, or the command line without a
 * window), starts Felix with that feature's bundles and hands the arguments to the feature's application.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            Path home = home();
            List<String> arguments = new ArrayList<>(Arrays.asList(args));
            PluginFolder plugins = pluginFolder(arguments, System.getenv(), System.getProperty("user.home"));
            String feature = chooseFeature(arguments, System.getProperty("siglum.feature", System.getenv("SIGLUM_FEATURE")));
            code = new FeatureLauncher(home, err, plugins, bundleCache(System.getenv(), System.getProperty("user.home")))
                    .run(feature, arguments);
        } catch (LaunchException e) {
            err.println("siglum: " + e.getMessage());
            code = 2;
        }
        System.exit(code);
    }

    /**
     * Where Felix's bundle cache is kept between runs ({@code $XDG_CACHE_HOME/siglum}); none (a temporary cache per run)
     * with {@code SIGLUM_NO_CACHE} set or {@code -Dsiglum.cache=off}; {@code -Dsiglum.cache=DIR} for another folder.
     */
    static Path bundleCache(Map<String, String> environment, String userHome) {
        String configured = System.getProperty("siglum.cache");
        if ("off".equals(configured) || environment.get("SIGLUM_NO_CACHE") != null) {
            return null;
        }
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        return FeatureLauncher.standardCache(environment, userHome);
    }

    /**
     * The plugins folder of this run: {@code --plugins DIR} (or {@code --plugins=DIR}) before the command, removed from
     * the arguments; else {@code -Dsiglum.plugins}; else {@code $XDG_DATA_HOME/siglum/plugins}.
     */
    static PluginFolder pluginFolder(List<String> arguments, Map<String, String> environment, String userHome)
            throws LaunchException {
        if (!arguments.isEmpty() && arguments.get(0).startsWith("--plugins=")) {
            String dir = arguments.remove(0).substring("--plugins=".length());
            return new PluginFolder(Paths.get(dir));
        }
        if (!arguments.isEmpty() && arguments.get(0).equals("--plugins")) {
            if (arguments.size() < 2) {
                throw new LaunchException("--plugins needs a folder (siglum --plugins DIR COMMAND ...)");
            }
            arguments.remove(0);
            return new PluginFolder(Paths.get(arguments.remove(0)));
        }
        String configured = System.getProperty("siglum.plugins");
        if (configured != null && !configured.isBlank()) {
            return new PluginFolder(Paths.get(configured));
        }
        return PluginFolder.standard(environment, userHome);
    }

    /**
     * The workbench runs when there is no argument, or one argument that names an existing file or asks for the window
     * ({@code --ui}); everything else is a command for the command line.
     */
    static String chooseFeature(List<String> arguments, String override) {
        if (override != null && !override.isBlank()) {
            return override.trim();
        }
        if (arguments.isEmpty()) {
            return "ui";
        }
        String first = arguments.get(0);
        if (first.equals("--ui")) {
            return "ui";
        }
        if (arguments.size() == 1 && !first.startsWith("-") && Files.isRegularFile(Paths.get(first))) {
            return "ui";
        }
        return "headless";
    }

    /** The application folder: the parent of the {@code lib} folder that holds this class's jar. */
    static Path home() throws LaunchException {
        String configured = System.getProperty("siglum.home");
        if (configured != null) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        try {
            Path jar = Paths.get(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent().toAbsolutePath().normalize();
        } catch (Exception e) {
            throw new LaunchException("cannot tell where Siglum is installed; set -Dsiglum.home", e);
        }
    }

    static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover folder in the temporary directory is harmless
        }
    }
}
