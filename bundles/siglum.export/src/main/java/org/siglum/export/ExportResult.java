package org.siglum.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param format the exporter's id
 * @param files the files written (the main one first)
 * @param diagnostics what the steps reported on the way ({@code xsl:message}, FOP's warnings), in order
 */
public record ExportResult(String format, List<Path> files, List<Diagnostic> diagnostics) {
    public ExportResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }
}
