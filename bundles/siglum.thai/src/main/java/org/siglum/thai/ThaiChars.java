package org.siglum.thai;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

/** Classes of characters in Thai text (Unicode block U+0E00-U+0E7F) and the script of any letter. */
public final class ThaiChars {
    private ThaiChars() {
    }

    /** Whether the code point is in the Thai block. */
    public static boolean isThai(int cp) {
        return cp >= 0x0E01 && cp <= 0x0E5B;
    }

    /** ก to ฮ. */
    public static boolean isConsonant(int cp) {
        return cp >= 0x0E01 && cp <= 0x0E2E;
    }

    /** เ แ โ ใ ไ: written before the consonant they follow in speech. */
    public static boolean isPreposedVowel(int cp) {
        return cp >= 0x0E40 && cp <= 0x0E44;
    }

    /** ะ า ำ ๅ: spacing vowels written after the consonant. */
    public static boolean isFollowingVowel(int cp) {
        return cp == 0x0E30 || cp == 0x0E32 || cp == 0x0E33 || cp == 0x0E45;
    }

    /** ั ิ ี ึ ื ุ ู ฺ: vowel signs above or below a consonant. */
    public static boolean isAboveBelowVowel(int cp) {
        return cp == 0x0E31 || (cp >= 0x0E34 && cp <= 0x0E3A);
    }

    /** ่ ้ ๊ ๋: the four tone marks. */
    public static boolean isToneMark(int cp) {
        return cp >= 0x0E48 && cp <= 0x0E4B;
    }

    /** ็ ์ ํ ๎: other marks above a consonant (maitaikhu, thanthakhat, nikhahit, yamakkan). */
    public static boolean isOtherMark(int cp) {
        return cp == 0x0E47 || (cp >= 0x0E4C && cp <= 0x0E4E);
    }

    /** Any combining mark of Thai: it cannot stand without a consonant before it. */
    public static boolean isCombiningMark(int cp) {
        return isAboveBelowVowel(cp) || isToneMark(cp) || isOtherMark(cp);
    }

    /** A letter or mark of Thai that belongs inside a word (not digits, ฯ or ๆ). */
    public static boolean isThaiLetter(int cp) {
        return isThai(cp) && !(cp >= 0x0E50 && cp <= 0x0E59) && cp != 0x0E2F && cp != 0x0E46 && cp != 0x0E4F
                && cp != 0x0E5A && cp != 0x0E5B;
    }

    /**
     * The script of a letter or combining mark, as an ICU {@link UScript} code; {@link UScript#COMMON} for
     * digits, punctuation, spaces and symbols. A combining mark of another script (Bengali ্ , Arabic ً) counts as
     * that script.
     */
    public static int script(int cp) {
        if (!UCharacter.isLetter(cp) && UCharacter.getType(cp) != UCharacter.NON_SPACING_MARK
                && UCharacter.getType(cp) != UCharacter.COMBINING_SPACING_MARK) {
            return UScript.COMMON;
        }
        int script = UScript.getScript(cp);
        return script == UScript.INHERITED ? UScript.COMMON : script;
    }

    /** The script's short English name, e.g. {@code Bengali}. */
    public static String scriptName(int script) {
        return UScript.getName(script);
    }
}
