package org.siglum.core.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The scanned text of one parse and what is needed to decode it on demand: the internal-subset entities and the
 * expansion budget. Text and attribute values are stored as ranges and decoded here only when asked for.
 */
public final class Source {
    /** Entities nest at most this deep. */
    public static final int MAX_ENTITY_DEPTH = 32;
    /** The smallest expansion budget, in characters, whatever the document's size. */
    public static final long MIN_EXPANSION_BUDGET = 1_000_000L;
    /** The budget grows with the document: this many characters of expansion per character of source. */
    public static final long EXPANSION_PER_SOURCE_CHAR = 8L;

    private static final long SATURATED = Long.MAX_VALUE / 4;

    final char[] buf;
    final int length;
    final Map<String, Entity> entities = new HashMap<>();
    final long budget;
    /** Set when the document's references exceeded the budget: from then on no entity is expanded at all. */
    boolean expansionStopped;

    public Source(char[] buf, int length) {
        this.buf = buf;
        this.length = length;
        this.budget = Math.max(MIN_EXPANSION_BUDGET, EXPANSION_PER_SOURCE_CHAR * length);
    }

    public char[] chars() {
        return buf;
    }

    public int length() {
        return length;
    }

    public String raw(int start, int end) {
        return new String(buf, start, end - start);
    }

    /** Character data of a text range: references expanded, line ends normalised to LF. */
    public String decodeText(int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        decode(sb, buf, start, end, false, 0);
        return sb.toString();
    }

    /** An attribute value per XML 1.0 section 3.3.3 (as CDATA: no DTD types are read). */
    public String decodeAttribute(int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        decode(sb, buf, start, end, true, 0);
        return sb.toString();
    }

    /** Text of a raw range with line ends normalised (comments, CDATA, PI data). */
    public String normalisedLineEnds(int start, int end) {
        StringBuilder sb = null;
        for (int i = start; i < end; i++) {
            if (buf[i] == '\r') {
                sb = new StringBuilder(end - start);
                break;
            }
        }
        if (sb == null) {
            return new String(buf, start, end - start);
        }
        for (int i = start; i < end; i++) {
            char c = buf[i];
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < end && buf[i + 1] == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    boolean expandable(Entity e) {
        return !expansionStopped && e.value != null && e.notation == null && !e.recursive
                && e.height <= MAX_ENTITY_DEPTH && e.length <= budget;
    }

    /**
     * Measures an entity's full expansion once (memoised), so a reference costs O(1) however large its expansion:
     * a "billion laughs" document is caught at its first reference, without expanding anything.
     */
    void measure(Entity e) {
        if (e.state == 2) {
            return;
        }
        e.state = 1;
        String v = e.value;
        long len = 0;
        int height = 1;
        boolean lt = false;
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            if (c == '<') {
                lt = true;
                len++;
            } else if (c == '&') {
                int semi = v.indexOf(';', i);
                if (semi < 0) {
                    len++;
                    continue;
                }
                if (i + 1 < n && v.charAt(i + 1) == '#') {
                    len++;
                } else {
                    String name = v.substring(i + 1, semi);
                    if (predefined(name) != 0) {
                        len++;
                    } else {
                        Entity child = entities.get(name);
                        if (child == null) {
                            if (e.undeclared == null) {
                                e.undeclared = name;
                            }
                        } else if (child.value == null) {
                            e.refersToExternal = true;
                        } else if (child.state == 1) {
                            e.recursive = true;
                        } else {
                            measure(child);
                            len = sat(len + child.length);
                            height = Math.max(height, child.height + 1);
                            lt |= child.containsLt;
                            e.recursive |= child.recursive;
                            e.refersToExternal |= child.refersToExternal;
                            if (e.undeclared == null) {
                                e.undeclared = child.undeclared;
                            }
                        }
                    }
                }
                i = semi;
            } else {
                len++;
            }
            if (height > MAX_ENTITY_DEPTH + 1) {
                break; // deep enough to refuse; stop the measuring recursion here
            }
        }
        e.length = len;
        e.height = height;
        e.containsLt = lt;
        e.state = 2;
    }

    private static long sat(long v) {
        return v > SATURATED ? SATURATED : v;
    }

    static char predefined(String name) {
        switch (name) {
            case "lt": return '<';
            case "gt": return '>';
            case "amp": return '&';
            case "apos": return '\'';
            case "quot": return '"';
            default: return 0;
        }
    }

    private void decode(StringBuilder sb, char[] b, int s, int e, boolean attr, int depth) {
        for (int i = s; i < e; i++) {
            char c = b[i];
            if (c == '\r') {
                sb.append(attr ? ' ' : '\n');
                if (i + 1 < e && b[i + 1] == '\n') {
                    i++;
                }
            } else if (attr && (c == '\n' || c == '\t')) {
                sb.append(' ');
            } else if (c == '&') {
                i = reference(sb, b, i, e, attr, depth) - 1;
            } else if (c == '<' && depth > 0 && !attr) {
                i = skipMarkup(sb, b, i, e) - 1;
            } else {
                sb.append(c);
            }
        }
    }

    /** Markup inside an entity's replacement text: tags are dropped, CDATA kept, comments and PIs dropped. */
    private static int skipMarkup(StringBuilder sb, char[] b, int i, int e) {
        String rest = new String(b, i, Math.min(e - i, 9));
        if (rest.startsWith("<![CDATA[")) {
            int end = indexOf(b, i + 9, e, "]]>");
            sb.append(b, i + 9, (end < 0 ? e : end) - i - 9);
            return end < 0 ? e : end + 3;
        }
        String close = rest.startsWith("<!--") ? "-->" : rest.startsWith("<?") ? "?>" : ">";
        int end = indexOf(b, i + 1, e, close);
        return end < 0 ? e : end + close.length();
    }

    private static int indexOf(char[] b, int from, int e, String s) {
        outer:
        for (int i = from; i + s.length() <= e; i++) {
            for (int k = 0; k < s.length(); k++) {
                if (b[i + k] != s.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private int reference(StringBuilder sb, char[] b, int i, int e, boolean attr, int depth) {
        int semi = -1;
        for (int k = i + 1; k < e && k < i + 1 + 256; k++) {
            if (b[k] == ';') {
                semi = k;
                break;
            }
            if (b[k] == '&' || b[k] == '<' || b[k] <= ' ') {
                break;
            }
        }
        if (semi < 0) {
            sb.append('&');
            return i + 1;
        }
        if (i + 1 < semi && b[i + 1] == '#') {
            int cp = charRef(b, i + 2, semi);
            if (cp >= 0) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(b, i, semi + 1 - i);
            }
            return semi + 1;
        }
        String name = new String(b, i + 1, semi - i - 1);
        char p = predefined(name);
        if (p != 0) {
            sb.append(p);
            return semi + 1;
        }
        Entity ent = entities.get(name);
        if (ent != null && ent.state == 2 && expandable(ent) && depth < MAX_ENTITY_DEPTH
                && !(attr && ent.containsLt)) {
            char[] v = ent.value.toCharArray();
            decode(sb, v, 0, v.length, attr, depth + 1);
        } else {
            sb.append(b, i, semi + 1 - i); // not expanded: shown as written
        }
        return semi + 1;
    }

    /** The code point of a character reference body (after "&#", before ";"), or -1. */
    static int charRef(char[] b, int s, int e) {
        int radix = 10;
        if (s < e && b[s] == 'x') {
            radix = 16;
            s++;
        }
        if (s >= e) {
            return -1;
        }
        int v = 0;
        for (int k = s; k < e; k++) {
            int d = Character.digit(b[k], radix);
            if (d < 0 || b[k] > 'f') {
                return -1;
            }
            v = v * radix + d;
            if (v > 0x10FFFF) {
                return -1;
            }
        }
        return XmlChars.isXmlChar(v) ? v : -1;
    }
}
