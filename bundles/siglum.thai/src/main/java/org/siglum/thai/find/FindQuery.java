package org.siglum.thai.find;

import java.util.Objects;

/**
 * What to look for and how.
 *
 * @param text the text to find, as typed (never empty)
 * @param caseSensitive whether {@code A} and {@code a} differ
 * @param wholeWord whether a match must start and end at word boundaries (ICU's, by dictionary for Thai)
 * @param ignoreMarkup whether to look in the text as read, without tags, comments and the readings and notes of the
 *        apparatus, so that a word interrupted by markup is still found
 */
public record FindQuery(String text, boolean caseSensitive, boolean wholeWord, boolean ignoreMarkup) {

    public FindQuery {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("nothing to find");
        }
    }

    /** Plain text, case-sensitive, anywhere. */
    public static FindQuery of(String text) {
        return new FindQuery(text, true, false, false);
    }
}
