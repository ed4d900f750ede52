package org.siglum.thai.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Finds a {@link FindQuery} in XML source. Whole words are decided by ICU's word instance for Thai (dictionary
 * segmentation): "การ" is found where ICU makes it a word of its own, not inside "การเมือง" or "กรรมการ". With
 * {@code ignoreMarkup}, matching is done on the text as read (see {@link FindQuery}) and mapped back to the source.
 */
public final class TextFinder {

    private static final ULocale THAI = new ULocale("th");

    private TextFinder() {
    }

    /** Every match, in source order, not overlapping. */
    public static List<Match> findAll(String source, FindQuery query) {
        List<Match> matches = new ArrayList<>();
        if (query.ignoreMarkup()) {
            ReadableText readable = ReadableText.of(source);
            for (int[] m : matches(readable.text(), query)) {
                int start = readable.sourceStart(m[0]);
                int end = readable.sourceEnd(m[1] - 1);
                matches.add(new Match(start, end, !readable.contiguous(m[0], m[1])));
            }
        } else {
            for (int[] m : matches(source, query)) {
                matches.add(new Match(m[0], m[1], false));
            }
        }
        return matches;
    }

    /**
     * The next match after {@code from} (forward: the first starting at or after it; backward: the last starting
     * before it), wrapping round the end of the text when {@code wrap}; empty when there is none.
     */
    public static Optional<Match> find(String source, FindQuery query, int from, boolean forward, boolean wrap) {
        List<Match> all = findAll(source, query);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (forward) {
            for (Match m : all) {
                if (m.start() >= from) {
                    return Optional.of(m);
                }
            }
            return wrap ? Optional.of(all.get(0)) : Optional.empty();
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).start() < from) {
                return Optional.of(all.get(i));
            }
        }
        return wrap ? Optional.of(all.get(all.size() - 1)) : Optional.empty();
    }

    private static List<int[]> matches(String text, FindQuery query) {
        List<int[]> found = new ArrayList<>();
        String pattern = query.text();
        int n = pattern.length();
        BreakIterator words = null;
        if (query.wholeWord()) {
            words = BreakIterator.getWordInstance(THAI);
            words.setText(text);
        }
        // Thai has no case: a pattern without cased letters is searched as it is
        boolean caseMatters = !query.caseSensitive() && hasCase(pattern);
        int i = 0;
        while (i + n <= text.length()) {
            int at = caseMatters ? indexIgnoringCase(text, pattern, i) : text.indexOf(pattern, i);
            if (at < 0) {
                break;
            }
            if (words == null || (words.isBoundary(at) && words.isBoundary(at + n))) {
                found.add(new int[] {at, at + n});
                i = at + n;
            } else {
                i = at + 1;
            }
        }
        return found;
    }

    private static boolean hasCase(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (Character.toLowerCase(c) != c || Character.toUpperCase(c) != c || Character.toTitleCase(c) != c) {
                return true;
            }
        }
        return false;
    }

    private static int indexIgnoringCase(String text, String pattern, int from) {
        for (int i = from; i + pattern.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, pattern, 0, pattern.length())) {
                return i;
            }
        }
        return -1;
    }
}
