package org.siglum.ui.editor.xml;

import java.util.Arrays;

/**
 * A forgiving lexer for XML source: it never fails, so text that is not well-formed still gets coloured as far as it
 * can be read. Tokens cover the text without gaps; each is held as (start, length, type) in flat arrays.
 */
public final class XmlTokens {

    private static final XmlTokenType[] TYPES = XmlTokenType.values();

    private int[] starts = new int[256];
    private int[] lengths = new int[256];
    private byte[] types = new byte[256];
    private int count;

    private XmlTokens() {
    }

    /** Splits the whole text into tokens. */
    public static XmlTokens of(CharSequence text) {
        XmlTokens tokens = new XmlTokens();
        tokens.scan(text);
        return tokens;
    }

    /** How many tokens there are. */
    public int count() {
        return count;
    }

    /** Where a token starts in the text. */
    public int start(int index) {
        return starts[index];
    }

    /** How many characters a token has. */
    public int length(int index) {
        return lengths[index];
    }

    /** Where a token ends (exclusive). */
    public int end(int index) {
        return starts[index] + lengths[index];
    }

    /** What a token is. */
    public XmlTokenType type(int index) {
        return TYPES[types[index]];
    }

    /** The index of the token that contains the offset (the last token for the end of the text), or -1 if empty. */
    public int indexAt(int offset) {
        if (count == 0) {
            return -1;
        }
        int i = Arrays.binarySearch(starts, 0, count, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /**
     * The smallest span of {@code newer} whose tokens differ from this tokenization of the text before one replacement
     * (the rest is equal, after shifting by {@code delta} = new length - old length). Returns {start, end} in the newer
     * text, or null when nothing differs.
     */
    public int[] changedSpan(XmlTokens newer, int delta) {
        int n = Math.min(count, newer.count);
        int prefix = 0;
        while (prefix < n && starts[prefix] == newer.starts[prefix] && lengths[prefix] == newer.lengths[prefix]
                && types[prefix] == newer.types[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix) {
            int a = count - 1 - suffix;
            int b = newer.count - 1 - suffix;
            if (starts[a] + delta != newer.starts[b] || lengths[a] != newer.lengths[b] || types[a] != newer.types[b]) {
                break;
            }
            suffix++;
        }
        int firstChanged = prefix;
        int lastChanged = newer.count - 1 - suffix;
        if (firstChanged > lastChanged) {
            return prefix == count && prefix == newer.count ? null : new int[] {boundary(newer, firstChanged), boundary(newer, firstChanged)};
        }
        return new int[] {newer.starts[firstChanged], newer.end(lastChanged)};
    }

    private static int boundary(XmlTokens tokens, int index) {
        return index < tokens.count ? tokens.starts[index] : tokens.count == 0 ? 0 : tokens.end(tokens.count - 1);
    }

    private void add(int start, int end, XmlTokenType type) {
        if (end <= start) {
            return;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
            types = Arrays.copyOf(types, count * 2);
        }
        starts[count] = start;
        lengths[count] = end - start;
        types[count] = (byte) type.ordinal();
        count++;
    }

    private void scan(CharSequence s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<') {
                if (startsWith(s, i, "<!--")) {
                    int end = indexOf(s, "-->", i + 4);
                    end = end < 0 ? n : end + 3;
                    add(i, end, XmlTokenType.COMMENT);
                    i = end;
                } else if (startsWith(s, i, "<![CDATA[")) {
                    int end = indexOf(s, "]]>", i + 9);
                    end = end < 0 ? n : end + 3;
                    add(i, end, XmlTokenType.DECLARATION);
                    i = end;
                } else if (startsWith(s, i, "<?")) {
                    int end = indexOf(s, "?>", i + 2);
                    end = end < 0 ? n : end + 2;
                    add(i, end, XmlTokenType.DECLARATION);
                    i = end;
                } else if (startsWith(s, i, "<!")) {
                    int end = declarationEnd(s, i + 2);
                    add(i, end, XmlTokenType.DECLARATION);
                    i = end;
                } else {
                    i = tag(s, i);
                }
            } else if (c == '&') {
                int end = referenceEnd(s, i);
                add(i, end, end > i + 1 && s.charAt(end - 1) == ';' ? XmlTokenType.ENTITY_REFERENCE : XmlTokenType.TEXT);
                i = end;
            } else {
                int end = i + 1;
                while (end < n && s.charAt(end) != '<' && s.charAt(end) != '&') {
                    end++;
                }
                add(i, end, XmlTokenType.TEXT);
                i = end;
            }
        }
    }

    /** A start or end tag from its '<'; returns the offset after it. Stops early at a '<' (an unclosed tag). */
    private int tag(CharSequence s, int i) {
        int n = s.length();
        int open = s.length() > i + 1 && s.charAt(i + 1) == '/' ? 2 : 1;
        add(i, i + open, XmlTokenType.TAG_DELIMITER);
        int p = i + open;
        int nameEnd = nameEnd(s, p);
        add(p, nameEnd, XmlTokenType.ELEMENT_NAME);
        p = nameEnd;
        while (p < n) {
            char c = s.charAt(p);
            if (c == '>') {
                add(p, p + 1, XmlTokenType.TAG_DELIMITER);
                return p + 1;
            } else if (c == '/' && p + 1 < n && s.charAt(p + 1) == '>') {
                add(p, p + 2, XmlTokenType.TAG_DELIMITER);
                return p + 2;
            } else if (c == '<') {
                return p;
            } else if (c == '=') {
                add(p, p + 1, XmlTokenType.TAG_DELIMITER);
                p++;
            } else if (c == '"' || c == '\'') {
                int end = p + 1;
                while (end < n && s.charAt(end) != c && s.charAt(end) != '<') {
                    end++;
                }
                end = end < n && s.charAt(end) == c ? end + 1 : end;
                add(p, end, XmlTokenType.ATTRIBUTE_VALUE);
                p = end;
            } else if (Character.isWhitespace(c)) {
                int end = p + 1;
                while (end < n && Character.isWhitespace(s.charAt(end))) {
                    end++;
                }
                add(p, end, XmlTokenType.TAG_SPACE);
                p = end;
            } else {
                int end = nameEnd(s, p);
                if (end == p) {
                    end = p + 1;
                }
                add(p, end, XmlTokenType.ATTRIBUTE_NAME);
                p = end;
            }
        }
        return n;
    }

    private static int nameEnd(CharSequence s, int p) {
        int n = s.length();
        while (p < n) {
            char c = s.charAt(p);
            if (Character.isWhitespace(c) || c == '>' || c == '/' || c == '=' || c == '<' || c == '"' || c == '\'') {
                break;
            }
            p++;
        }
        return p;
    }

    private static int referenceEnd(CharSequence s, int i) {
        int n = s.length();
        int p = i + 1;
        while (p < n && p - i < 40) {
            char c = s.charAt(p);
            if (c == ';') {
                return p + 1;
            }
            if (!(Character.isLetterOrDigit(c) || c == '#' || c == '_' || c == '-' || c == '.' || c == ':')) {
                break;
            }
            p++;
        }
        return i + 1;
    }

    /** The end of {@code <!DOCTYPE ...>}, allowing one level of {@code [...]} internal subset. */
    private static int declarationEnd(CharSequence s, int p) {
        int n = s.length();
        int depth = 0;
        while (p < n) {
            char c = s.charAt(p);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return p + 1;
            }
            p++;
        }
        return n;
    }

    private static boolean startsWith(CharSequence s, int i, String prefix) {
        if (i + prefix.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(i + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(CharSequence s, String needle, int from) {
        int last = s.length() - needle.length();
        for (int i = from; i <= last; i++) {
            if (startsWith(s, i, needle)) {
                return i;
            }
        }
        return -1;
    }
}
