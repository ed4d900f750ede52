package org.siglum.validation;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing a validation found, at a place in a file.
 *
 * @param file the file as the caller named it (or the document's name)
 * @param line 1-based line
 * @param column 1-based column, in Unicode code points (as the core counts)
 * @param offset char offset into the document's text
 * @param severity how serious it is
 * @param rule what found it: {@code well-formedness}, {@code rng} for the grammar, or the Schematron assert's id
 *        (e.g. {@code wit-declared})
 * @param message one or two sentences for a scholar, without the location
 * @param detail the validator's own words where they differ from the message (Jing's message, the Schematron
 *        location XPath), or empty
 */
public record Finding(String file, int line, int column, int offset, Severity severity, String rule, String message,
        String detail) {

    /** How serious a finding is. */
    public enum Severity {
        /** The document does not conform: it is invalid. */
        ERROR,
        /** Worth a look; the document is still valid. */
        WARNING,
        /** Information only. */
        INFO;

        /** {@code error}, {@code warning}, {@code info}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        detail = detail == null ? "" : detail;
    }

    /** True for an {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE:LINE:COL: SEVERITY: [RULE] MESSAGE}, the command line's format. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.word() + ": [" + rule + "] " + message;
    }
}
