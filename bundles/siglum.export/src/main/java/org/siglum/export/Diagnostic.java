package org.siglum.export;

/**
 * A message from a step of an export: an {@code xsl:message}, a warning of FOP, a problem of the edition.
 *
 * @param severity how serious
 * @param source what said it: a stylesheet's name, {@code fop}, the edition's file
 * @param line the line in the source, 0 if unknown
 * @param column the column, 0 if unknown
 * @param message one sentence
 */
public record Diagnostic(Severity severity, String source, int line, int column, String message) {

    /** How serious a diagnostic is. */
    public enum Severity {
        INFO, WARNING, ERROR
    }

    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": "
                + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
