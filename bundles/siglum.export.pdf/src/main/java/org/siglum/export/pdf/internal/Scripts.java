package org.siglum.export.pdf.internal;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Node;

/**
 * The scripts of an edition's printed text, counted letter by letter, and what the print edition makes of them:
 * whether FOP's complex scripts (shaping, bidi) must be on, which family leads the chain, and the direction of lines.
 */
final class Scripts {

    /** Scripts FOP prints wrongly without its complex-script support: joined, reordered or bidirectional. */
    private static final Set<UnicodeScript> SHAPED = Set.of(UnicodeScript.ARABIC, UnicodeScript.SYRIAC,
            UnicodeScript.HEBREW, UnicodeScript.THAANA, UnicodeScript.NKO, UnicodeScript.MONGOLIAN,
            UnicodeScript.DEVANAGARI, UnicodeScript.BENGALI, UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI,
            UnicodeScript.ORIYA, UnicodeScript.TAMIL, UnicodeScript.TELUGU, UnicodeScript.KANNADA,
            UnicodeScript.MALAYALAM, UnicodeScript.SINHALA, UnicodeScript.TIBETAN, UnicodeScript.MYANMAR,
            UnicodeScript.KHMER);

    /** Languages written right to left (ISO 639 codes), for the edition's main language. */
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "he", "heb", "ara", "syc", "syr", "fa", "per",
            "fas", "ur", "urd", "yi", "yid", "ps", "pus", "sd", "ug", "ckb", "ku-Arab", "dv", "arc", "sam", "jrb",
            "ota", "ms-Arab");

    private final Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);

    private Scripts() {
    }

    /** Counts the letters of everything under the nodes. */
    static Scripts of(Node... nodes) {
        Scripts s = new Scripts();
        for (Node n : nodes) {
            if (n != null) {
                s.count(n);
            }
        }
        return s;
    }

    private void count(Node n) {
        if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
            String t = n.getNodeValue();
            for (int i = 0; i < t.length();) {
                int c = t.codePointAt(i);
                i += Character.charCount(c);
                if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                    letters.merge(UnicodeScript.of(c), 1, Integer::sum);
                }
            }
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            count(c);
        }
    }

    int letters(UnicodeScript script) {
        return letters.getOrDefault(script, 0);
    }

    /**
     * Complex scripts on when the letters that need them outnumber the Thai ones: Thai with them on misplaces its
     * marks, and a Thai edition's stray letters of other scripts (an OCR's misreadings) are printed unshaped but
     * printed; an edition in Arabic, Syriac, Hebrew or an Indic script is shaped.
     */
    boolean needComplexScripts(boolean rightToLeft) {
        int shaped = 0;
        for (var e : letters.entrySet()) {
            if (SHAPED.contains(e.getKey())) {
                shaped += e.getValue();
            }
        }
        return rightToLeft || shaped > letters(UnicodeScript.THAI);
    }

    /** Whether a language (an {@code xml:lang}, e.g. {@code ar}, {@code he-Latn} is not) is written right to left. */
    static boolean isRightToLeft(String language) {
        if (language == null || language.isBlank()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(language.strip());
        String script = locale.getScript();
        if (!script.isEmpty()) {
            return Set.of("Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Samr", "Mand", "Adlm").contains(script);
        }
        return RTL_LANGUAGES.contains(locale.getLanguage()) || RTL_LANGUAGES.contains(language.strip());
    }
}
