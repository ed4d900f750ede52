package org.siglum.citations;

import java.util.List;

import org.siglum.core.TextReplacement;

/**
 * A problem with the edition's notes, and the edit that fixes it.
 *
 * @param kind what is wrong
 * @param offset where (source offset)
 * @param line 1-based line
 * @param column 1-based column
 * @param message one sentence
 * @param fix the minimal replacements that fix it (empty when there is no automatic fix)
 */
public record NoteFinding(Kind kind, int offset, int line, int column, String message, List<TextReplacement> fix) {

    public NoteFinding {
        fix = List.copyOf(fix);
    }

    /** What is wrong. */
    public enum Kind {
        /** A number given twice. */
        DUPLICATE_NUMBER,
        /** A number skipped. */
        GAP,
        /** A number lower than the one before. */
        ORDER,
        /** A number that is not a number. */
        NOT_A_NUMBER,
        /** An anchor of type note that no note points to. */
        ANCHOR_WITHOUT_NOTE,
        /** An anchor that several notes point to. */
        ANCHOR_WITH_SEVERAL_NOTES,
        /** A note whose target does not exist. */
        NOTE_WITHOUT_ANCHOR,
        /** A citation pointing to no bibliography entry. */
        CITATION_UNRESOLVED
    }
}
