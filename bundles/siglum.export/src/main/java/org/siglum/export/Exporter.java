package org.siglum.export;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One publication format (web edition, print edition, LaTeX, plain text). A format bundle registers an implementation
 * as a service; adding or removing the bundle adds or removes the format everywhere (command line and window).
 */
@ConsumerType
public interface Exporter {

    /** The short name users type, e.g. {@code html}, {@code pdf}: lower case, no spaces, unique. */
    String id();

    /** A name for menus and dialogs, e.g. "Web edition (HTML)". */
    String name();

    /** The options this format understands, with their defaults; anything else in a request is refused. */
    List<ExportOption> options();

    /**
     * Writes the format for one edition into the request's output folder. Files appear only when complete: an
     * exporter writes to temporary files in the output folder and moves each into place (see {@link OutputFiles}), so
     * a failed or cancelled export never leaves a half-written file in place of a good one.
     *
     * @throws ExportException with a message naming the file, line and column where the edition is at fault
     * @throws ExportCanceledException when the monitor asked to stop
     */
    ExportResult export(ExportRequest request, ProgressMonitor monitor) throws ExportException;
}
