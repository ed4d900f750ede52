package org.siglum.ui.workbench.internal.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the picture of an icon named by the freedesktop icon naming specification ({@code document-save}) in the
 * desktop's icon themes, as GTK programs do: the folders {@code icons/THEME/SIZExSIZE/CONTEXT} under
 * {@code $XDG_DATA_HOME} and each of {@code $XDG_DATA_DIRS}, the theme of GTK's desktop (Adwaita) first, then
 * hicolor; the symbolic (monochrome) variant first, which suits a toolbar. No widgets: the window loads what it finds.
 */
public final class IconTheme {

    private static final List<String> THEMES = List.of("Adwaita", "hicolor", "gnome", "breeze");
    private static final List<String> CONTEXTS = List.of("actions", "legacy", "apps", "places", "status", "devices",
            "mimetypes", "categories", "emblems");

    private final List<Path> roots;
    private final Map<String, Optional<Path>> found = new LinkedHashMap<>();

    /** The themes under these folders ({@code .../icons}), in this order. */
    public IconTheme(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The themes of this desktop: {@code $XDG_DATA_HOME/icons}, {@code ~/.icons}, each {@code $XDG_DATA_DIRS/icons}. */
    public static IconTheme ofDesktop(Function<String, String> environment) {
        List<Path> roots = new ArrayList<>();
        String home = System.getProperty("user.home");
        String dataHome = environment.apply("XDG_DATA_HOME");
        if (dataHome != null && !dataHome.isBlank()) {
            roots.add(Path.of(dataHome, "icons"));
        } else if (home != null) {
            roots.add(Path.of(home, ".local", "share", "icons"));
        }
        if (home != null) {
            roots.add(Path.of(home, ".icons"));
        }
        String dataDirs = environment.apply("XDG_DATA_DIRS");
        if (dataDirs == null || dataDirs.isBlank()) {
            dataDirs = "/usr/local/share:/usr/share";
        }
        for (String dir : dataDirs.split(":")) {
            if (!dir.isBlank()) {
                roots.add(Path.of(dir, "icons"));
            }
        }
        return new IconTheme(roots);
    }

    /** The PNG file of the icon at about this size (pixels), if a theme has one. */
    public synchronized Optional<Path> find(String name, int size) {
        return found.computeIfAbsent(name + "@" + size, key -> search(name, size));
    }

    private Optional<Path> search(String name, int size) {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("..")) {
            return Optional.empty();
        }
        List<String> sizes = List.of(size + "x" + size, "16x16", "22x22", "24x24", "32x32");
        List<String> files = List.of(name + "-symbolic.symbolic.png", name + "-symbolic.png", name + ".png");
        for (String theme : THEMES) {
            for (Path root : roots) {
                Path themeDir = root.resolve(theme);
                if (!Files.isDirectory(themeDir)) {
                    continue;
                }
                for (String dimension : sizes) {
                    for (String context : CONTEXTS) {
                        for (String file : files) {
                            Path candidate = themeDir.resolve(dimension).resolve(context).resolve(file);
                            if (Files.isRegularFile(candidate)) {
                                return Optional.of(candidate);
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
