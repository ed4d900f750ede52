package org.siglum.thai.find;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Grapheme clusters (ICU's character instance for Thai): a base letter with its vowel and tone marks above and below
 * ("ที่", "น้ำ") is one cluster, and a caret or a selection end belongs at its edges, never between its characters.
 * Only the characters near the offset are looked at, so this is cheap on a whole document.
 */
public final class Clusters {

    private static final ULocale THAI = new ULocale("th");
    /** Much longer than any cluster: a window this wide around an offset decides its boundaries. */
    private static final int REACH = 32;

    private Clusters() {
    }

    /** Whether a caret may stand at the offset: at the text's ends or between two clusters. */
    public static boolean isBoundary(CharSequence text, int offset) {
        return before(text, offset) == offset;
    }

    /** The cluster boundary at or before the offset. */
    public static int before(CharSequence text, int offset) {
        checkOffset(text, offset);
        if (offset == 0 || offset == text.length()) {
            return offset;
        }
        int from = Math.max(0, offset - REACH);
        BreakIterator clusters = iterator(text, from, Math.min(text.length(), offset + REACH));
        return clusters.isBoundary(offset - from) ? offset : from + clusters.preceding(offset - from);
    }

    /** The cluster boundary at or after the offset. */
    public static int after(CharSequence text, int offset) {
        checkOffset(text, offset);
        if (offset == 0 || offset == text.length()) {
            return offset;
        }
        int from = Math.max(0, offset - REACH);
        BreakIterator clusters = iterator(text, from, Math.min(text.length(), offset + REACH));
        return clusters.isBoundary(offset - from) ? offset : from + clusters.following(offset - from);
    }

    private static BreakIterator iterator(CharSequence text, int from, int to) {
        BreakIterator clusters = BreakIterator.getCharacterInstance(THAI);
        clusters.setText(text.subSequence(from, to).toString());
        return clusters;
    }

    private static void checkOffset(CharSequence text, int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
    }
}
