package org.siglum.core.tei;

import org.siglum.core.XmlElement;

/**
 * Where a note is anchored in the text. The model: a note's anchor is the place where the {@code <note>} itself
 * stands ({@link Kind#INLINE}), unless its {@code @target} points ({@code #id}) to an {@code <anchor xml:id="id">},
 * which is then its anchor ({@link Kind#ANCHOR}). Besides, every {@code ref} or {@code ptr} whose {@code @target}
 * points to a note's xml:id is a reference to it ({@link Kind#REFERENCE}).
 *
 * @param kind what the anchor is
 * @param element the element that marks the place (the note, the anchor, or the ref/ptr)
 * @param note the note anchored there
 * @param offset the source offset of that place (the element's start)
 */
public record TeiAnchor(Kind kind, XmlElement element, TeiNote note, int offset) {

    /** How a note is anchored. */
    public enum Kind {
        /** The note stands where it applies. */
        INLINE,
        /** The note's @target points to this anchor element. */
        ANCHOR,
        /** A ref or ptr points to the note. */
        REFERENCE
    }
}
