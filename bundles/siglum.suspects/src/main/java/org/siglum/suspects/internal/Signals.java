package org.siglum.suspects.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.siglum.suspects.Signal;
import org.siglum.thai.Orthography;
import org.siglum.thai.SpellingFault;
import org.siglum.thai.ThaiChars;
import org.siglum.thai.Token;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

/** The signals, each a function from the text and its ICU tokens to findings. */
final class Signals {

    /**
     * Letters of other scripts that OCR put for Thai ones, read off the seed chapter's cases (Bengali মন্ত্রী for มนตรี,
     * Arabic روت for รอต); a virama stands for nothing in Thai.
     */
    private static final Map<Integer, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry((int) 'ন', "น"), Map.entry((int) 'ত', "ต"), Map.entry((int) 'র', "ร"), Map.entry((int) 'ম', "ม"),
            Map.entry((int) 'ী', "ี"), Map.entry((int) 'ি', "ิ"), Map.entry((int) '্', ""),
            Map.entry((int) 'ر', "ร"), Map.entry((int) 'و', "อ"), Map.entry((int) 'ت', "ต"), Map.entry((int) 'ن', "น"),
            Map.entry((int) 'أ', "ั่"));

    /** Scripts a Thai text may quote on their own (names and titles in Latin, Cyrillic, Greek). */
    private static final int[] QUOTABLE = {UScript.LATIN, UScript.CYRILLIC, UScript.GREEK};

    private static final int MAI_YAMOK = 0x0E46;

    private Signals() {
    }

    // ---- mixed scripts

    static void mixedScripts(String text, List<Token> words, List<SignalHit> out) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isLetterOrMark(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int runStart = i;
            TreeSet<String> foreign = new TreeSet<>();
            boolean thai = false;
            int firstForeign = -1;
            int lastForeign = -1;
            while (i < text.length() && isLetterOrMark(cp = text.codePointAt(i))) {
                int script = ThaiChars.script(cp);
                if (script == UScript.THAI) {
                    thai = true;
                } else if (script != UScript.COMMON) {
                    foreign.add(ThaiChars.scriptName(script));
                    if (firstForeign < 0) {
                        firstForeign = i;
                    }
                    lastForeign = i + Character.charCount(cp);
                }
                i += Character.charCount(cp);
            }
            int runEnd = i;
            if (foreign.isEmpty()) {
                continue;
            }
            boolean unquotable = foreign.stream().anyMatch(name -> !quotable(name));
            if (!thai && !unquotable) {
                continue;
            }
            int[] span = thai ? tokenSpan(words, firstForeign, lastForeign, runStart, runEnd) : new int[] {runStart, runEnd};
            String detail = String.join(" and ", foreign) + (thai ? " letters in a Thai word" : " letters in Thai text");
            out.add(new SignalHit(span[0], span[1], Signal.MIXED_SCRIPT, detail, lookAlike(text.substring(span[0], span[1]))));
        }
    }

    private static boolean quotable(String scriptName) {
        for (int s : QUOTABLE) {
            if (ThaiChars.scriptName(s).equals(scriptName)) {
                return true;
            }
        }
        return false;
    }

    /** The ICU tokens over the foreign letters, with any short fragment beside them in the same run. */
    private static int[] tokenSpan(List<Token> words, int from, int to, int runStart, int runEnd) {
        int start = from;
        int end = to;
        int first = -1;
        int last = -1;
        for (int k = 0; k < words.size(); k++) {
            Token t = words.get(k);
            if (t.end() > from && t.start() < to) {
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
        }
        if (first < 0) {
            return new int[] {from, to};
        }
        start = Math.max(runStart, words.get(first).start());
        end = Math.min(runEnd, words.get(last).end());
        if (first > 0 && words.get(first - 1).end() == start && words.get(first - 1).start() >= runStart
                && cps(words.get(first - 1).text()) <= 2) {
            start = words.get(first - 1).start();
        }
        if (last + 1 < words.size() && words.get(last + 1).start() == end && words.get(last + 1).end() <= runEnd
                && cps(words.get(last + 1).text()) <= 2) {
            end = words.get(last + 1).end();
        }
        return new int[] {start, end};
    }

    private static Optional<String> lookAlike(String form) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < form.length(); ) {
            int cp = form.codePointAt(k);
            k += Character.charCount(cp);
            int script = ThaiChars.script(cp);
            if (script == UScript.THAI || script == UScript.COMMON) {
                b.appendCodePoint(cp);
            } else if (LOOK_ALIKES.containsKey(cp)) {
                b.append(LOOK_ALIKES.get(cp));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(b.toString());
    }

    private static boolean isLetterOrMark(int cp) {
        int type = UCharacter.getType(cp);
        return UCharacter.isLetter(cp) || type == UCharacter.NON_SPACING_MARK || type == UCharacter.COMBINING_SPACING_MARK;
    }

    // ---- impossible sequences

    static void impossibleSequences(String text, List<Token> words, List<SignalHit> out) {
        for (SpellingFault fault : Orthography.check(text)) {
            int from = fault.offset();
            int to = from + fault.length();
            int start = from;
            int end = to;
            for (Token t : words) {
                if (t.end() > from && t.start() < to) {
                    start = Math.min(start, t.start());
                    end = Math.max(end, t.end());
                }
            }
            final int s = start;
            final int e = end;
            Optional<String> replacement = fault.replacement()
                    .map(r -> text.substring(s, from) + r + text.substring(to, e));
            out.add(new SignalHit(start, end, Signal.IMPOSSIBLE_SEQUENCE, fault.rule(), replacement));
        }
    }

    // ---- doubled words

    static void doubled(String text, List<Token> words, List<SignalHit> out) {
        for (int i = 0; i < words.size(); i++) {
            for (int k = 1; k <= 3 && i + 2 * k <= words.size(); k++) {
                if (!adjacentThai(words, i, i + 2 * k)) {
                    continue;
                }
                boolean same = true;
                for (int m = 0; m < k && same; m++) {
                    same = words.get(i + m).text().equals(words.get(i + k + m).text());
                }
                int unitStart = words.get(i).start();
                int unitEnd = words.get(i + k - 1).end();
                int end = words.get(i + 2 * k - 1).end();
                if (!same || cps(text.substring(unitStart, unitEnd)) < 2
                        || (end < text.length() && text.codePointAt(end) == MAI_YAMOK)) {
                    continue;
                }
                String unit = text.substring(unitStart, unitEnd);
                out.add(new SignalHit(unitStart, end, Signal.DOUBLED, "\"" + unit + "\" twice in a row", Optional.of(unit)));
                break;
            }
        }
    }

    // ---- fragments word segmentation leaves

    static void unplaced(String text, List<Token> words, List<SignalHit> out) {
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            if (!isThaiWord(t)) {
                continue;
            }
            String why = fragment(text, t);
            if (why == null || recurs(text, words, i)) {
                continue;
            }
            int start = t.start();
            int end = t.end();
            if (i > 0 && words.get(i - 1).end() == start && isThaiWord(words.get(i - 1))) {
                start = words.get(i - 1).start();
            }
            if (i + 1 < words.size() && words.get(i + 1).start() == end && isThaiWord(words.get(i + 1))) {
                end = words.get(i + 1).end();
            }
            out.add(new SignalHit(start, end, Signal.UNPLACED, why, Optional.empty()));
        }
    }

    /**
     * A fragment that recurs with the same neighbour is how ICU cuts a word it does not know but the text uses
     * throughout (a foreign name such as สตาลิน), not an OCR accident.
     */
    private static boolean recurs(String text, List<Token> words, int i) {
        Token t = words.get(i);
        if (i > 0 && words.get(i - 1).end() == t.start() && count(text, words.get(i - 1).text() + t.text()) >= 3) {
            return true;
        }
        return i + 1 < words.size() && words.get(i + 1).start() == t.end()
                && count(text, t.text() + words.get(i + 1).text()) >= 3;
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int at = text.indexOf(s); at >= 0 && n < 3; at = text.indexOf(s, at + 1)) {
            n++;
        }
        return n;
    }

    private static String fragment(String text, Token t) {
        String s = t.text();
        int first = s.codePointAt(0);
        int last = s.codePointBefore(s.length());
        if (s.length() == 1 && ThaiChars.isConsonant(first) && first != 'ณ'
                && !(t.end() < text.length() && text.charAt(t.end()) == '.')) {
            return "a lone consonant between words";
        }
        if (ThaiChars.isFollowingVowel(first) || ThaiChars.isCombiningMark(first)) {
            return "a piece that starts with a vowel or mark";
        }
        if (ThaiChars.isPreposedVowel(last)) {
            return "a piece that ends with a preposed vowel";
        }
        return null;
    }

    // ---- rare variants of frequent forms

    static void rareVariants(String text, List<Token> words, List<SignalHit> out) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, int[]> firstAt = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            for (int n = 1; n <= 3 && i + n <= words.size(); n++) {
                if (!adjacentThai(words, i, i + n)) {
                    break;
                }
                int start = words.get(i).start();
                int end = words.get(i + n - 1).end();
                String form = text.substring(start, end);
                if (cps(form) < 5) {
                    continue;
                }
                counts.merge(form, 1, Integer::sum);
                firstAt.putIfAbsent(form, new int[] {start, end});
            }
        }
        Map<String, List<String>> byDeletion = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= 3) {
                for (String key : deletions(e.getKey())) {
                    byDeletion.computeIfAbsent(key, k -> new ArrayList<>()).add(e.getKey());
                }
            }
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String rare = e.getKey();
            int count = e.getValue();
            if (count > 2) {
                continue;
            }
            // a rare form is suspect only next to a clearly established one
            int needed = Math.max(5, 4 * count);
            String best = null;
            int bestCount = 0;
            for (String key : deletions(rare)) {
                for (String frequent : byDeletion.getOrDefault(key, List.of())) {
                    int fc = counts.get(frequent);
                    if (fc >= needed && fc > bestCount && !frequent.equals(rare) && levenshtein(rare, frequent) == 1
                            && !sameBeyondEdge(rare, frequent) && ocrLikeEdit(rare, frequent)) {
                        best = frequent;
                        bestCount = fc;
                    }
                }
            }
            if (best != null) {
                for (int[] at : occurrences(text, words, rare)) {
                    out.add(new SignalHit(at[0], at[1], Signal.RARE_VARIANT,
                            "rare form (" + count + "x) of \"" + best + "\" (" + bestCount + "x)", Optional.of(best)));
                }
            }
        }
    }

    /**
     * Letters and marks that OCR confuses in Thai print (similar shapes), each group a class; the seed's recurring
     * confusions (อ/ย, ด/ต, บ/ป, ข/ช, ไ/โ, า/ำ, ิ/ี) are among them.
     */
    private static final String[] CONFUSABLE = {"ขชซบ", "ดตคศฅ", "บปษ", "ภถกฎฏ", "พฟผฝภ", "รธฐ", "ลสด", "อยฮ",
        "หมท", "นมฆ", "วรจ", "รล", "งจ", "ิีึื", "่้๊๋", "ัิ็", "เแ", "โไใ", "าำะ", "ุู"};

    /** Whether the single edit between two forms is one OCR makes: confusable shapes, a lost or added mark, a doubled letter. */
    static boolean ocrLikeEdit(String a, String b) {
        if (a.length() == b.length()) {
            for (int k = 0; k < a.length(); k++) {
                if (a.charAt(k) != b.charAt(k)) {
                    for (String group : CONFUSABLE) {
                        if (group.indexOf(a.charAt(k)) >= 0 && group.indexOf(b.charAt(k)) >= 0) {
                            return true;
                        }
                    }
                    return false;
                }
            }
            return false;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        int k = 0;
        while (k < shorter.length() && shorter.charAt(k) == longer.charAt(k)) {
            k++;
        }
        char extra = longer.charAt(k);
        if (ThaiChars.isCombiningMark(extra)) {
            return true;
        }
        for (int d = -2; d <= 2; d++) {
            if (d != 0 && k + d >= 0 && k + d < longer.length() && longer.charAt(k + d) == extra) {
                return true;
            }
        }
        return false;
    }

    /** A form that only adds or drops a letter at its edge is mostly a neighbouring word, not a variant. */
    private static boolean sameBeyondEdge(String a, String b) {
        if (a.length() == b.length()) {
            return false;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.startsWith(shorter) || longer.endsWith(shorter);
    }

    private static List<int[]> occurrences(String text, List<Token> words, String form) {
        List<int[]> result = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!form.startsWith(words.get(i).text())) {
                continue;
            }
            int start = words.get(i).start();
            if (text.startsWith(form, start)) {
                int end = start + form.length();
                for (int j = i; j < words.size() && words.get(j).end() <= end; j++) {
                    if (words.get(j).end() == end) {
                        result.add(new int[] {start, end});
                    }
                }
            }
        }
        return result;
    }

    private static List<String> deletions(String s) {
        List<String> result = new ArrayList<>(s.length() + 1);
        result.add(s);
        for (int k = 0; k < s.length(); k++) {
            result.add(s.substring(0, k) + s.substring(k + 1));
        }
        return result;
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    // ---- helpers

    private static boolean adjacentThai(List<Token> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isThaiWord(words.get(k)) || (k > from && words.get(k - 1).end() != words.get(k).start())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isThaiWord(Token t) {
        return t.type() == Token.Type.WORD && t.text().codePoints().allMatch(ThaiChars::isThaiLetter);
    }

    static int cps(String s) {
        return s.codePointCount(0, s.length());
    }
}
