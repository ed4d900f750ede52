package org.siglum.export;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.siglum.core.EditionDocument;

/**
 * What to export and where.
 *
 * @param document the edition as it is now (in the window, possibly with unsaved edits)
 * @param edition the edition's file: its folder is the only one stylesheets may read besides our own resources
 * @param outputDirectory the folder to write into; the only one stylesheets may write to
 * @param options the format's options by name
 */
public record ExportRequest(EditionDocument document, Path edition, Path outputDirectory, Map<String, String> options) {

    public ExportRequest {
        options = Map.copyOf(options);
        edition = edition.toAbsolutePath().normalize();
        outputDirectory = outputDirectory.toAbsolutePath().normalize();
    }

    /** The value of an option, if the request gives one. */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** The edition's file name without its extension, e.g. {@code chapter-3}: the base of output file names. */
    public String baseName() {
        String name = edition.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
