package org.siglum.thai;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Splits text into tokens with ICU word segmentation (dictionary-based for Thai, which has no spaces between words).
 * Every character of the text belongs to exactly one token, so offsets map back exactly.
 */
public final class Tokens {
    private static final ULocale THAI = new ULocale("th");

    private Tokens() {
    }

    /** All tokens, white space included, in text order, segmented as Thai. */
    public static List<Token> all(String text) {
        return all(text, "th");
    }

    /** All tokens, white space included, in text order, segmented for a language (a BCP 47 tag, e.g. {@code th}). */
    public static List<Token> all(String text, String language) {
        ULocale locale = "th".equals(language) ? THAI : ULocale.forLanguageTag(language);
        // a fresh iterator per call: ICU's break iterators keep state and are not thread-safe
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(text);
        List<Token> tokens = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            int status = ((RuleBasedBreakIterator) words).getRuleStatus();
            String piece = text.substring(start, end);
            tokens.add(new Token(start, end, piece, type(piece, status)));
        }
        return tokens;
    }

    /** The tokens that are not white space, in text order, segmented as Thai. */
    public static List<Token> words(String text) {
        return words(text, "th");
    }

    /** The tokens that are not white space, in text order, segmented for a language. */
    public static List<Token> words(String text, String language) {
        List<Token> result = new ArrayList<>();
        for (Token t : all(text, language)) {
            if (!t.isSpace()) {
                result.add(t);
            }
        }
        return result;
    }

    /** Whether a code point is white space for comparison (ZWSP and the BOM included, which ICU does not count). */
    public static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0xFEFF;
    }

    private static Token.Type type(String piece, int status) {
        boolean allSpace = piece.codePoints().allMatch(Tokens::isSpace);
        if (allSpace) {
            return Token.Type.SPACE;
        }
        if (status >= RuleBasedBreakIterator.WORD_NUMBER && status < RuleBasedBreakIterator.WORD_NUMBER_LIMIT) {
            return Token.Type.NUMBER;
        }
        if (status >= RuleBasedBreakIterator.WORD_LETTER) {
            return Token.Type.WORD;
        }
        return piece.codePoints().anyMatch(Character::isLetter) ? Token.Type.WORD : Token.Type.PUNCTUATION;
    }
}
