package org.siglum.validation.assist;

import java.util.Objects;

/**
 * One thing the grammar allows at a place: replacing {@code length} characters at {@code offset} (what was already
 * typed of the name) with {@code text} and putting the caret {@code caret} characters into it.
 *
 * @param kind what is proposed
 * @param name the element's or attribute's name, or the value
 * @param offset where the replacement starts in the text
 * @param length how many characters it replaces (the part of the name already typed)
 * @param text the replacement, for example {@code <lem></lem>} or {@code wit=""}
 * @param caret where the caret goes, relative to {@code offset}
 */
public record Proposal(Kind kind, String name, int offset, int length, String text, int caret) {

    /** What a proposal inserts. */
    public enum Kind {
        /** An element, start and end tag, the caret between them. */
        ELEMENT,
        /** An attribute with an empty value, the caret inside the quotes. */
        ATTRIBUTE,
        /** One value of an attribute with a closed list of values. */
        VALUE
    }

    public Proposal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
