package org.siglum.ui.export.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.siglum.export.Diagnostic;

/**
 * The end of an export: the edition's problems when the check refused it (then nothing was written), else what the
 * check found odd (warnings; the formats went on) and what became of each format.
 */
record ExportSummary(Path outputFolder, List<Diagnostic> refused, List<Diagnostic> warnings,
        List<FormatOutcome> formats) {

    ExportSummary {
        refused = List.copyOf(refused);
        warnings = List.copyOf(warnings);
        formats = List.copyOf(formats);
    }

    ExportSummary(Path outputFolder, List<Diagnostic> refused, List<FormatOutcome> formats) {
        this(outputFolder, refused, List.of(), formats);
    }

    List<Path> files() {
        List<Path> files = new ArrayList<>();
        formats.forEach(f -> files.addAll(f.files()));
        return files;
    }

    long failures() {
        return formats.stream().filter(f -> f.status() != FormatOutcome.Status.WRITTEN).count();
    }

    /** The main page of the web edition, when one was written. */
    Optional<Path> webEdition() {
        return files().stream().filter(p -> p.getFileName().toString().endsWith(".html")).findFirst();
    }

    /** One short sentence for the status line. */
    String headline() {
        if (!refused.isEmpty()) {
            return "Export: the edition is not fit to export (" + refused.size()
                    + (refused.size() == 1 ? " problem" : " problems") + "); nothing was written";
        }
        int files = files().size();
        long failed = failures();
        return "Export: " + files + (files == 1 ? " file" : " files") + " written to " + outputFolder
                + (failed == 0 ? "" : "; " + failed + " of " + formats.size() + " formats did not finish");
    }

    /** The whole report: problems with file:line:col, then each format with its files and diagnostics. */
    String report() {
        StringBuilder out = new StringBuilder();
        if (!refused.isEmpty()) {
            out.append("Nothing was written: the edition has problems to fix first.\n");
            refused.forEach(d -> out.append(d.source()).append(':').append(d.line()).append(':').append(d.column())
                    .append(": ").append(d.message()).append('\n'));
            return out.toString();
        }
        if (!warnings.isEmpty()) {
            out.append(warnings.size()).append(warnings.size() == 1 ? " warning" : " warnings")
                    .append(" about the edition (exported all the same):\n");
            warnings.forEach(d -> out.append("    ").append(d).append('\n'));
        }
        for (FormatOutcome format : formats) {
            out.append(format.headline()).append('\n');
            for (Path file : format.files()) {
                out.append("    ").append(file).append('\n');
            }
            for (Diagnostic diagnostic : format.diagnostics()) {
                if (diagnostic.severity() != Diagnostic.Severity.INFO) {
                    out.append("    ").append(diagnostic).append('\n');
                }
            }
        }
        return out.toString();
    }
}
