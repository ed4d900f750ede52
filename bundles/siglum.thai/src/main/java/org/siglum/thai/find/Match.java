package org.siglum.thai.find;

/**
 * Where a query matched in the source text.
 *
 * @param start the offset of its first character in the source
 * @param end the offset after its last character in the source
 * @param crossesMarkup whether markup (or a reading, a note, an entity) lies inside it: only when ignoring markup;
 *        such a match is found but not replaced, since replacing it would move or drop that markup
 */
public record Match(int start, int end, boolean crossesMarkup) {

    public int length() {
        return end - start;
    }
}
