package org.siglum.ocr.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a footnote printed at a page's foot begins with (digits of any script, superscript digits, stars or a
 * dagger), as both imports read it: the plain text's and the one with coordinates. The number is the page's layout,
 * not the note's text: the imports keep it as {@code fw type="noteNum"} of the OCR witness, so that the OCR gives it
 * back and an edition numbers its notes itself.
 */
public final class NoteNumbers {
    private static final Pattern START = Pattern.compile(
            "\\s*(\\p{Nd}{1,3}|[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]{1,3}|\\*{1,3}|\u2020)"
                    + "(?:[.)]\\s*|\\s+|(?<=[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]))(?=\\S)");

    private NoteNumbers() {
    }

    /** The number a note's first line begins with, as printed, or null. */
    public static String number(String line) {
        Matcher m = START.matcher(line);
        return m.lookingAt() ? m.group(1) : null;
    }

    /** Where the number and the space after it end (the note's text begins), or -1 where the line has none. */
    public static int end(String line) {
        Matcher m = START.matcher(line);
        return m.lookingAt() ? m.end() : -1;
    }
}
