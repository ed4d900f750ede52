package org.siglum.thai;

import static org.siglum.thai.ThaiChars.isAboveBelowVowel;
import static org.siglum.thai.ThaiChars.isConsonant;
import static org.siglum.thai.ThaiChars.isPreposedVowel;
import static org.siglum.thai.ThaiChars.isToneMark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of Thai spelling that every printed word keeps, whatever the dictionary says: a vowel sign above or below
 * and a tone mark sit on a consonant (in that order), at most one of each; ำ follows a consonant or its tone mark; no
 * vowel follows thanthakhat (์); a preposed vowel (เ แ โ ใ ไ) is followed by a consonant, and เเ is OCR's แ.
 */
public final class Orthography {
    private static final int SARA_A = 0x0E30;
    private static final int SARA_AA = 0x0E32;
    private static final int SARA_AM = 0x0E33;
    private static final int MAITAIKHU = 0x0E47;
    private static final int THANTHAKHAT = 0x0E4C;
    private static final int SARA_E = 0x0E40;

    private enum State { NONE, CONSONANT, VOWEL_SIGN, TONE, THANTHAKHAT, FOLLOWING_VOWEL }

    private Orthography() {
    }

    /** Every fault in the text, in text order. */
    public static List<SpellingFault> check(String text) {
        List<SpellingFault> faults = new ArrayList<>();
        State state = State.NONE;
        int cluster = 0; // where the current consonant cluster starts
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char prev = i > 0 ? text.charAt(i - 1) : 0;
            if (isConsonant(c)) {
                state = State.CONSONANT;
                cluster = i;
            } else if (isAboveBelowVowel(c)) {
                switch (state) {
                    case CONSONANT -> state = State.VOWEL_SIGN;
                    case VOWEL_SIGN -> faults.add(prev == c
                            ? fault(text, cluster, i + 1, "a vowel sign is doubled", drop(text, cluster, i + 1, i))
                            : fault(text, cluster, i + 1, "two vowel signs on one consonant", null));
                    case TONE -> {
                        faults.add(fault(text, cluster, i + 1, "a vowel sign after the tone mark",
                                text.substring(cluster, i - 1) + c + prev));
                        state = State.VOWEL_SIGN;
                    }
                    default -> faults.add(fault(text, i, i + 1, "a vowel sign with no consonant", ""));
                }
            } else if (isToneMark(c) || c == MAITAIKHU) {
                switch (state) {
                    case CONSONANT, VOWEL_SIGN -> state = State.TONE;
                    case TONE -> faults.add(prev == c
                            ? fault(text, cluster, i + 1, "a mark is doubled", drop(text, cluster, i + 1, i))
                            : fault(text, cluster, i + 1, "two tone marks on one consonant", null));
                    default -> faults.add(fault(text, i, i + 1, "a tone mark with no consonant", ""));
                }
            } else if (c == THANTHAKHAT) {
                if (state == State.CONSONANT || state == State.VOWEL_SIGN || state == State.TONE) {
                    state = State.THANTHAKHAT;
                } else if (state == State.THANTHAKHAT) {
                    faults.add(fault(text, cluster, i + 1, "a mark is doubled", drop(text, cluster, i + 1, i)));
                } else {
                    faults.add(fault(text, i, i + 1, "thanthakhat with no consonant", ""));
                }
            } else if (c == SARA_AM) {
                switch (state) {
                    case CONSONANT, TONE -> state = State.FOLLOWING_VOWEL;
                    case THANTHAKHAT -> faults.add(fault(text, cluster, i + 1, "a vowel after thanthakhat",
                            drop(text, cluster, i + 1, i - 1)));
                    case FOLLOWING_VOWEL -> faults.add(fault(text, i - 1, i + 1, "sara am after a vowel",
                            prev == SARA_AA ? "ำ" : null));
                    default -> faults.add(fault(text, Math.max(cluster, i - 1), i + 1, "sara am with no consonant", null));
                }
                state = State.FOLLOWING_VOWEL;
            } else if (c == SARA_AA || c == SARA_A) {
                if (state == State.THANTHAKHAT) {
                    faults.add(fault(text, cluster, i + 1, "a vowel after thanthakhat", drop(text, cluster, i + 1, i - 1)));
                } else if (state == State.FOLLOWING_VOWEL && prev == c) {
                    faults.add(fault(text, i - 1, i + 1, "a vowel is doubled", String.valueOf(c)));
                }
                state = State.FOLLOWING_VOWEL;
            } else if (isPreposedVowel(c)) {
                char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                if (c == SARA_E && next == SARA_E) {
                    faults.add(fault(text, i, i + 2, "เเ (two sara e) for แ", "แ"));
                    i++;
                } else if (!isConsonant(next)) {
                    faults.add(fault(text, i, i + 1, "a preposed vowel with no consonant after it", null));
                }
                state = State.NONE;
            } else {
                state = State.NONE;
            }
        }
        return faults;
    }

    private static String drop(String text, int from, int to, int index) {
        return text.substring(from, index) + text.substring(index + 1, to);
    }

    private static SpellingFault fault(String text, int from, int to, String rule, String replacement) {
        return new SpellingFault(from, to - from, rule, Optional.ofNullable(replacement));
    }
}
