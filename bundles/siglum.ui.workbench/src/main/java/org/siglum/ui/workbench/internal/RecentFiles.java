package org.siglum.ui.workbench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.siglum.core.SafeFiles;

/**
 * The editions opened last, most recent first, at most {@value #MAX}: {@code recent-files.txt} (one absolute path a
 * line) beside {@code layout.properties}. A missing or damaged file gives an empty list; writing is quiet.
 */
final class RecentFiles {

    static final int MAX = 8;

    private final Path file;
    private final List<Path> paths = new ArrayList<>();

    RecentFiles(Path folder) {
        this.file = folder == null ? null : folder.resolve("recent-files.txt");
        if (file != null && Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && paths.size() < MAX) {
                        try {
                            Path path = Path.of(line.strip());
                            if (path.isAbsolute() && !paths.contains(path)) {
                                paths.add(path);
                            }
                        } catch (InvalidPathException e) {
                            // a damaged line costs that entry only
                        }
                    }
                }
            } catch (IOException e) {
                paths.clear();
            }
        }
    }

    /** The files, most recent first. */
    List<Path> files() {
        return List.copyOf(paths);
    }

    /** Puts a file first (moving it if it was there) and writes the list. */
    void add(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        paths.remove(absolute);
        paths.add(0, absolute);
        while (paths.size() > MAX) {
            paths.remove(paths.size() - 1);
        }
        save();
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            StringBuilder lines = new StringBuilder();
            paths.forEach(p -> lines.append(p).append('\n'));
            SafeFiles.write(file, lines.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the list is a convenience
        }
    }
}
