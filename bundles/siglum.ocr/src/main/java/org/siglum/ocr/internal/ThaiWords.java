package org.siglum.ocr.internal;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Thai word boundaries by the JDK's dictionary segmentation, which keeps compounds whole (เครื่องมือ, เลือกตั้ง)
 * where ICU4J splits them (docs/decisions/0005). Not thread-safe: one per import.
 */
public final class ThaiWords {
    private static final int CONTEXT = 24;
    private final BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));

    static boolean thai(int c) {
        return c >= 0x0E01 && c <= 0x0E5B;
    }

    /**
     * Whether joining {@code before} and {@code after} with nothing between would make one word across the join:
     * both sides are Thai letters at the join, the dictionary finds no word boundary there, and the word across it
     * begins and ends at boundaries of the two sides.
     */
    public boolean splitsWord(String before, String after) {
        if (before.isEmpty() || after.isEmpty() || !thai(before.charAt(before.length() - 1)) || !thai(after.charAt(0))) {
            return false;
        }
        String tail = before.substring(Math.max(0, before.length() - CONTEXT));
        String head = after.substring(0, Math.min(after.length(), CONTEXT));
        int join = tail.length();
        words.setText(tail + head);
        if (words.isBoundary(join)) {
            return false;
        }
        // the word across the join must be a word of the dictionary, not a lump of unknown letters: its start is a
        // boundary of the text before alone, its end one of the text after alone (a name like คามิเนฟ is no word)
        int start = words.preceding(join);
        int end = words.following(join);
        words.setText(tail);
        boolean startsWell = words.isBoundary(start);
        words.setText(head);
        boolean endsWell = words.isBoundary(end - join);
        return startsWell && endsWell;
    }

    /** The last word of a text (dictionary), or "". */
    String lastWord(String text) {
        String tail = text.substring(Math.max(0, text.length() - CONTEXT)).stripTrailing();
        if (tail.isEmpty()) {
            return "";
        }
        words.setText(tail);
        int end = words.last();
        int start = words.preceding(end);
        return start == BreakIterator.DONE ? tail : tail.substring(start, end);
    }

    /** The first word of a text (dictionary), or "". */
    String firstWord(String text) {
        String head = text.substring(0, Math.min(text.length(), CONTEXT)).stripLeading();
        if (head.isEmpty()) {
            return "";
        }
        words.setText(head);
        int start = words.first();
        int end = words.next();
        return end == BreakIterator.DONE ? head : head.substring(start, end);
    }
}
