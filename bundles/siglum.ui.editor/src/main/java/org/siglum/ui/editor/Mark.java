package org.siglum.ui.editor;

import java.util.Objects;

/**
 * A range of the text the editor marks: a validation error or warning (a squiggly underline) or an OCR suspect (a
 * dotted box). Offsets are the document's.
 *
 * @param kind what it marks
 * @param offset where it starts
 * @param length how many characters it covers
 * @param message what it says (the annotation's text)
 */
public record Mark(Kind kind, int offset, int length, String message) {

    /** What a mark marks, and so how it is drawn. */
    public enum Kind {
        /** A validation error: a red squiggle. */
        ERROR("siglum.error"),
        /** A validation warning: an amber squiggle. */
        WARNING("siglum.warning"),
        /** An OCR suspect: a purple dotted box. */
        SUSPECT("siglum.suspect");

        private final String annotationType;

        Kind(String annotationType) {
            this.annotationType = annotationType;
        }

        /** The type of the jface.text annotation that shows such a mark in {@link SourceEditor#annotations()}. */
        public String annotationType() {
            return annotationType;
        }
    }

    public Mark {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
