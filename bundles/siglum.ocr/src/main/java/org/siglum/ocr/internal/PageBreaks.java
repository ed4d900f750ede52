package org.siglum.ocr.internal;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a blank line between two blocks of OCR text is a page break inside a paragraph (the paragraph goes on)
 * or a paragraph end. Thai has no sentence-final punctuation, so the signals are: a word split across the break
 * (the JDK's Thai dictionary), an open parenthesis or a hyphen, a Latin gloss in parentheses (a gloss follows a Thai term and never ends a
 * paragraph), a last word that cannot end a sentence, or a first word that cannot start one. The word lists were
 * tuned on the seed chapter (docs/decisions/0005).
 */
final class PageBreaks {

    enum Join { PARAGRAPH_END, PAGE_BREAK, PAGE_BREAK_IN_WORD }

    /** Words that leave a sentence open: particles, prepositions, nominalisers, verbs that need an object. */
    static final Set<String> OPEN_ENDS = Set.of("การ", "ความ", "ที่", "ซึ่ง", "ของ", "และ", "หรือ", "กับ", "แก่", "แต่",
            "ให้", "มี", "ให้มี", "ใช้", "ควรใช้", "ย้าย", "โยกย้าย", "ระหว่าง", "ลักษณะ", "เพื่อ", "โดย", "ว่า", "จาก",
            "ใน", "อัน", "เป็น", "คือ", "ถึง", "ต่อ", "แห่ง");
    /** Words that continue a sentence and cannot open a paragraph. */
    static final Set<String> CONTINUATIONS = Set.of("ที่", "ได้แก่", "ขึ้น", "ซึ่ง", "และ", "หรือ", "ของ", "ว่า", "ให้",
            "ได้", "กับ", "แก่", "ก็", "จึง", "แล้ว", "ไป", "มา");
    private static final Pattern LATIN_GLOSS_END = Pattern.compile("\\([\\p{IsLatin}0-9 .,'’-]+\\)$");

    private final ThaiWords words;

    PageBreaks(ThaiWords words) {
        this.words = words;
    }

    Join classify(String before, String after) {
        String b = before.stripTrailing();
        String a = after.stripLeading();
        if (b.isEmpty() || a.isEmpty()) {
            return Join.PARAGRAPH_END;
        }
        if (words.splitsWord(b, a)) {
            return Join.PAGE_BREAK_IN_WORD;
        }
        if (b.endsWith("-") || openParentheses(b) > 0 || LATIN_GLOSS_END.matcher(b).find()) {
            return Join.PAGE_BREAK;
        }
        if (OPEN_ENDS.contains(words.lastWord(b)) || CONTINUATIONS.contains(words.firstWord(a))) {
            return Join.PAGE_BREAK;
        }
        return Join.PARAGRAPH_END;
    }

    /** Parentheses opened and not closed in the text's last 400 characters. */
    private static int openParentheses(String text) {
        int open = 0;
        for (int i = Math.max(0, text.length() - 400); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                open++;
            } else if (c == ')' && open > 0) {
                open--;
            }
        }
        return open;
    }
}
