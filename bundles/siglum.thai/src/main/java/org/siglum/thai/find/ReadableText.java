package org.siglum.thai.find;

import java.util.Arrays;
import java.util.Set;

/**
 * XML source as a reader reads it: tags, comments and processing instructions left out, the readings and notes of the
 * apparatus (and a witness's details) left out so that a lemma joins the words around it, character references and
 * the five predefined entities as their characters. Each character keeps the span of source it came from.
 */
final class ReadableText {

    /** Elements whose content is not part of the running text. */
    static final Set<String> SKIPPED = Set.of("rdg", "rdgGrp", "note", "witDetail");

    private final StringBuilder text = new StringBuilder();
    private int[] sourceStart = new int[64];
    private int[] sourceEnd = new int[64];

    private ReadableText() {
    }

    static ReadableText of(String source) {
        ReadableText readable = new ReadableText();
        readable.read(source);
        return readable;
    }

    String text() {
        return text.toString();
    }

    int sourceStart(int index) {
        return sourceStart[index];
    }

    int sourceEnd(int index) {
        return sourceEnd[index];
    }

    /** Whether the characters from {@code start} to {@code end} came from one unbroken run of source text. */
    boolean contiguous(int start, int end) {
        for (int i = start; i < end; i++) {
            if (sourceEnd[i] - sourceStart[i] != 1 || (i > start && sourceStart[i] != sourceEnd[i - 1])) {
                return false;
            }
        }
        return true;
    }

    private void add(char c, int start, int end) {
        int n = text.length();
        if (n == sourceStart.length) {
            sourceStart = Arrays.copyOf(sourceStart, n * 2);
            sourceEnd = Arrays.copyOf(sourceEnd, n * 2);
        }
        text.append(c);
        sourceStart[n] = start;
        sourceEnd[n] = end;
    }

    private void read(String source) {
        int skipDepth = 0;
        int i = 0;
        int length = source.length();
        while (i < length) {
            char c = source.charAt(i);
            if (c == '<') {
                if (source.startsWith("<!--", i)) {
                    i = after(source, "-->", i + 4);
                } else if (source.startsWith("<![CDATA[", i)) {
                    int end = source.indexOf("]]>", i + 9);
                    int stop = end < 0 ? length : end;
                    if (skipDepth == 0) {
                        for (int k = i + 9; k < stop; k++) {
                            add(source.charAt(k), k, k + 1);
                        }
                    }
                    i = end < 0 ? length : end + 3;
                } else if (source.startsWith("<?", i) || source.startsWith("<!", i)) {
                    i = after(source, ">", i + 2);
                } else {
                    boolean endTag = source.startsWith("</", i);
                    int nameStart = endTag ? i + 2 : i + 1;
                    int nameEnd = nameStart;
                    while (nameEnd < length && isNameChar(source.charAt(nameEnd))) {
                        nameEnd++;
                    }
                    String name = localName(source.substring(nameStart, nameEnd));
                    int close = tagEnd(source, nameEnd);
                    boolean empty = !endTag && close > 0 && source.charAt(close - 1) == '/';
                    if (SKIPPED.contains(name) && !empty) {
                        skipDepth += endTag ? (skipDepth > 0 ? -1 : 0) : 1;
                    }
                    i = close < length ? close + 1 : length;
                }
            } else if (c == '&') {
                int semi = source.indexOf(';', i);
                char decoded = semi > i && semi - i <= 10 ? entity(source.substring(i + 1, semi)) : 0;
                if (decoded != 0) {
                    if (skipDepth == 0) {
                        add(decoded, i, semi + 1);
                    }
                    i = semi + 1;
                } else {
                    if (skipDepth == 0) {
                        add(c, i, i + 1);
                    }
                    i++;
                }
            } else {
                if (skipDepth == 0) {
                    add(c, i, i + 1);
                }
                i++;
            }
        }
    }

    private static int after(String source, String end, int from) {
        int at = source.indexOf(end, from);
        return at < 0 ? source.length() : at + end.length();
    }

    /** The offset of the tag's closing {@code >}, skipping quoted values. */
    private static int tagEnd(String source, int from) {
        int i = from;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int close = source.indexOf(c, i + 1);
                if (close < 0) {
                    return source.length();
                }
                i = close + 1;
            } else if (c == '>') {
                return i;
            } else {
                i++;
            }
        }
        return source.length();
    }

    private static char entity(String name) {
        switch (name) {
            case "amp":
                return '&';
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "quot":
                return '"';
            case "apos":
                return '\'';
            default:
                try {
                    int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                            : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : 0;
                    return code > 0 && code < 0xFFFF ? (char) code : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
        }
    }

    private static String localName(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
    }
}
