package org.siglum.core;

import java.util.Objects;

/**
 * A well-formedness problem found by the parser, at a source offset with its 1-based line and column (columns count
 * Unicode code points, see {@link TextLocation}).
 *
 * @param severity ERROR for a well-formedness error; WARNING for something Siglum chose not to do (such as loading
 *        an external entity)
 * @param offset char offset into the source text
 * @param line 1-based line
 * @param column 1-based column in code points
 * @param message one sentence, without location
 */
public record Problem(Severity severity, int offset, int line, int column, String message) {

    /** How serious a problem is. */
    public enum Severity {
        /** The document is not well-formed. */
        ERROR,
        /** Well-formedness is not affected, or could not be decided without reading something Siglum never reads. */
        WARNING
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** True for an {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code line:column: error: message}. */
    @Override
    public String toString() {
        return line + ":" + column + ": " + (severity == Severity.ERROR ? "error" : "warning") + ": " + message;
    }
}
