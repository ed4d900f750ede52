package org.siglum.ui.export.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.siglum.core.EditionDocument;
import org.siglum.export.Exporter;

/**
 * One export as the dialog asks for it: a copy of the editor's text (unsaved edits included), the edition's file (for
 * the names of the files written and the folder stylesheets may read), the output folder and the formats in order.
 */
record ExportPlan(EditionDocument document, Path edition, Path outputFolder, List<Format> formats) {

    ExportPlan {
        formats = List.copyOf(formats);
    }

    /** One format to run, with the options given to it (only those it declares). */
    record Format(Exporter exporter, Map<String, String> options) {
        Format {
            options = Map.copyOf(options);
        }
    }

    /** The witness asked of a format that takes one ({@code wit}), if any. */
    java.util.Optional<String> witness() {
        return formats.stream().map(f -> f.options().get("wit")).filter(w -> w != null && !w.isBlank()).findFirst();
    }
}
