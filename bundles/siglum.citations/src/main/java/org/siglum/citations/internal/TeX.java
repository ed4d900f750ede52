package org.siglum.citations.internal;

import java.text.Normalizer;
import java.util.Map;

/**
 * BibTeX's TeX markup as the letters and marks it stands for, so that none of it reaches a page: {@code --} an en
 * dash, {@code ---} an em dash, {@code ~} a no-break space, accents ({@code \'e}, {@code {\"u}}, {@code \c{c}}) the
 * accented letters, a few named letters ({@code \ss}, {@code \o}, {@code \ae}), escaped specials ({@code \&}) the
 * characters, and the braces that protect case removed. Never fails: an unknown command gives its argument.
 */
final class TeX {
    private static final Map<Character, Character> ACCENTS = Map.ofEntries(Map.entry('\'', '\u0301'),
            Map.entry('`', '\u0300'), Map.entry('^', '\u0302'), Map.entry('"', '\u0308'), Map.entry('~', '\u0303'),
            Map.entry('=', '\u0304'), Map.entry('.', '\u0307'), Map.entry('u', '\u0306'), Map.entry('v', '\u030C'),
            Map.entry('H', '\u030B'), Map.entry('c', '\u0327'), Map.entry('k', '\u0328'), Map.entry('r', '\u030A'),
            Map.entry('d', '\u0323'), Map.entry('b', '\u0331'));
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("ss", "ß"), Map.entry("ae", "æ"),
            Map.entry("AE", "Æ"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("o", "ø"),
            Map.entry("O", "Ø"), Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("l", "ł"),
            Map.entry("L", "Ł"), Map.entry("i", "ı"), Map.entry("j", "ȷ"), Map.entry("textendash", "–"),
            Map.entry("textemdash", "—"), Map.entry("ldots", "…"), Map.entry("dots", "…"),
            Map.entry("textquoteleft", "‘"), Map.entry("textquoteright", "’"), Map.entry("S", "§"),
            Map.entry("P", "¶"), Map.entry("copyright", "©"), Map.entry("pounds", "£"));

    private TeX() {
    }

    /** Whether the text holds anything {@link #plain} would change. */
    static boolean marked(String s) {
        return s != null && (s.indexOf('\\') >= 0 || s.indexOf('{') >= 0 || s.indexOf('}') >= 0
                || s.indexOf('~') >= 0 || s.contains("--") || s.contains("``") || s.contains("''"));
    }

    /** The text without its TeX markup; null stays null. */
    static String plain(String s) {
        if (!marked(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char d = s.charAt(i + 1);
                Character mark = ACCENTS.get(d);
                boolean letterAccent = Character.isLetter(d);
                // a letter accent (c, v, H ... after the backslash) only when no letter follows it: "url" is a command
                if (mark != null && (!letterAccent || i + 2 >= n || !Character.isLetter(s.charAt(i + 2)))) {
                    // the next letter (or group) takes the mark: an acute e, a cedilla c, a breve g
                    int j = i + 2;
                    while (letterAccent && j < n && s.charAt(j) == ' ') {
                        j++;
                    }
                    String base;
                    if (j < n && s.charAt(j) == '{') {
                        int close = close(s, j);
                        base = plain(s.substring(j + 1, close));
                        j = Math.min(n, close + 1);
                    } else if (j + 1 < n && s.charAt(j) == '\\' && (s.charAt(j + 1) == 'i' || s.charAt(j + 1) == 'j')) {
                        base = s.charAt(j + 1) == 'i' ? "i" : "j";
                        j += 2;
                    } else if (j < n) {
                        base = String.valueOf(s.charAt(j));
                        j++;
                    } else {
                        base = "";
                    }
                    if (base.startsWith("ı") || base.startsWith("ȷ")) {
                        // an accent goes on a dotless i or j ({\'{\i}}): the letter with the accent is an i or j
                        base = (base.charAt(0) == 'ı' ? "i" : "j") + base.substring(1);
                    }
                    if (base.isEmpty()) {
                        out.append(mark);
                    } else {
                        out.append(Normalizer.normalize(base.charAt(0) + String.valueOf(mark) + base.substring(1),
                                Normalizer.Form.NFC));
                    }
                    i = j;
                    continue;
                }
                if (Character.isLetter(d)) {
                    int j = i + 1;
                    while (j < n && Character.isLetter(s.charAt(j)) && s.charAt(j) < 128) {
                        j++;
                    }
                    String name = s.substring(i + 1, j);
                    String symbol = SYMBOLS.get(name);
                    // a control word eats the spaces after it; "{}" after it only ends it
                    while (j < n && s.charAt(j) == ' ') {
                        j++;
                    }
                    if (j + 1 < n && s.charAt(j) == '{' && s.charAt(j + 1) == '}') {
                        j += 2;
                    }
                    if (symbol != null) {
                        out.append(symbol);
                    }
                    // an unknown command (\emph, \textit) gives its argument: the group after it is read on
                    i = j;
                    continue;
                }
                // \& \% \$ \# \_ \{ \} and the like: the character itself; "\\" a space
                out.append(d == '\\' ? ' ' : d);
                i += 2;
                continue;
            }
            if (c == '{' || c == '}') {
                i++;
                continue;
            }
            if (c == '~') {
                out.append('\u00A0');
                i++;
                continue;
            }
            if (c == '-' && s.startsWith("---", i)) {
                out.append('—');
                i += 3;
                continue;
            }
            if (c == '-' && s.startsWith("--", i)) {
                out.append('–');
                i += 2;
                continue;
            }
            if (c == '`' && s.startsWith("``", i)) {
                out.append('“');
                i += 2;
                continue;
            }
            if (c == '\'' && s.startsWith("''", i)) {
                out.append('”');
                i += 2;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** The index of the brace closing the one at {@code open}, or the end of the text. */
    private static int close(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return k;
            }
        }
        return s.length();
    }
}
