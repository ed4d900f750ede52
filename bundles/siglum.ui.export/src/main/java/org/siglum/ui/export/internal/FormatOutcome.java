package org.siglum.ui.export.internal;

import java.nio.file.Path;
import java.util.List;

import org.siglum.export.Diagnostic;

/**
 * What became of one format of an export.
 *
 * @param format the exporter's id
 * @param name the exporter's name
 * @param status written, failed, cancelled or not run (the export was cancelled before it)
 * @param files the files written, the main one first
 * @param diagnostics the warnings and errors the format reported on the way, with file:line:col
 * @param message why it failed, one line; empty when written
 */
record FormatOutcome(String format, String name, Status status, List<Path> files, List<Diagnostic> diagnostics,
        String message) {

    enum Status {
        WRITTEN, FAILED, CANCELLED, NOT_RUN
    }

    FormatOutcome {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A line for the summary, e.g. {@code pdf: cancelled; nothing left half-written}. */
    String headline() {
        return switch (status) {
            case WRITTEN -> format + ": " + files.size() + (files.size() == 1 ? " file" : " files") + " written";
            case FAILED -> format + ": failed: " + message;
            case CANCELLED -> format + ": cancelled; nothing left half-written";
            case NOT_RUN -> format + ": not run (the export was cancelled)";
        };
    }
}
