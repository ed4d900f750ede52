package org.siglum.validation.internal.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where an offset is in XML being edited, found by a tolerant scan (the text need not be well-formed): in content
 * (with the enclosing element and the child elements before and after), typing an element's name after {@code <},
 * between the attributes of a start tag, or inside an attribute's quotes.
 *
 * @param kind where the offset is
 * @param element the enclosing element (in content or naming) or the element whose start tag it is; null at top level
 * @param before the names of the enclosing element's children before the offset
 * @param after the names of its children after the offset
 * @param prefix what is typed of the name or value before the offset
 * @param start where the replacement starts (the {@code <} when naming an element)
 * @param nameContinues when naming, whether the name goes on after the offset (renaming, not inserting)
 * @param attribute inside quotes, the attribute's name
 * @param written in a start tag, the attributes already written
 */
record Place(Kind kind, String element, List<String> before, List<String> after, String prefix, int start,
        boolean nameContinues, String attribute, Set<String> written) {

    enum Kind {
        CONTENT, ELEMENT_NAME, ATTRIBUTES, VALUE, NONE
    }

    private static final Place NONE = new Place(Kind.NONE, null, List.of(), List.of(), "", 0, false, null, Set.of());

    private record Open(String name, List<String> children) {
    }

    static Place at(String text, int offset) {
        List<Open> stack = new ArrayList<>();
        List<String> topLevel = new ArrayList<>();
        int i = 0;
        while (i < offset) {
            char c = text.charAt(i);
            if (c != '<') {
                int next = text.indexOf('<', i);
                i = next < 0 || next >= offset ? offset : next;
                continue;
            }
            if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0 || end + 3 > offset) {
                    return NONE;
                }
                i = end + 3;
            } else if (text.startsWith("<![CDATA[", i)) {
                int end = text.indexOf("]]>", i);
                if (end < 0 || end + 3 > offset) {
                    return NONE;
                }
                i = end + 3;
            } else if (text.startsWith("<?", i) || text.startsWith("<!", i)) {
                int end = text.indexOf('>', i);
                if (end < 0 || end + 1 > offset) {
                    return NONE;
                }
                i = end + 1;
            } else if (text.startsWith("</", i)) {
                int nameEnd = nameEnd(text, i + 2);
                String name = text.substring(i + 2, nameEnd);
                int end = text.indexOf('>', nameEnd);
                if (end < 0 || end + 1 > offset) {
                    return NONE;
                }
                for (int k = stack.size() - 1; k >= 0; k--) {
                    if (stack.get(k).name().equals(name)) {
                        while (stack.size() > k) {
                            stack.remove(stack.size() - 1);
                        }
                        break;
                    }
                }
                i = end + 1;
            } else {
                String parent = stack.isEmpty() ? null : stack.get(stack.size() - 1).name();
                List<String> siblings = stack.isEmpty() ? topLevel : stack.get(stack.size() - 1).children();
                int nameEnd = nameEnd(text, i + 1);
                String name = text.substring(i + 1, nameEnd);
                if (offset <= nameEnd) {
                    // typing the element's name
                    boolean continues = offset < nameEnd;
                    List<String> after;
                    if (continues) {
                        // renaming an element: its siblings are those after it, past its own content
                        int close = closeOf(text, nameEnd);
                        boolean hasContent = close < text.length() && text.charAt(close) == '>'
                                && text.charAt(close - 1) != '/';
                        after = following(text, Math.min(text.length(), close + 1), parent == null, hasContent ? 1 : 0);
                    } else {
                        after = following(text, offset, parent == null, 0);
                    }
                    return new Place(Kind.ELEMENT_NAME, parent, List.copyOf(siblings), after,
                            text.substring(i + 1, offset), i, continues, null, Set.of());
                }
                Place inTag = inStartTag(text, i, nameEnd, name, offset);
                if (inTag != null) {
                    return inTag;
                }
                int end = closeOf(text, nameEnd);
                siblings.add(name);
                if (end < offset && text.charAt(end) == '>' && text.charAt(end - 1) != '/') {
                    stack.add(new Open(name, new ArrayList<>()));
                }
                i = end < offset && text.charAt(end) == '>' ? end + 1 : end;
            }
        }
        if (stack.isEmpty()) {
            return NONE;
        }
        Open open = stack.get(stack.size() - 1);
        return new Place(Kind.CONTENT, open.name(), List.copyOf(open.children()), following(text, offset, false, 0), "",
                offset, false, null, Set.of());
    }

    /** The place if the offset is inside this start tag (after its name), or null if the tag ends before it. */
    private static Place inStartTag(String text, int tagStart, int nameEnd, String element, int offset) {
        Set<String> written = allAttributes(text, nameEnd);
        int i = nameEnd;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '>' || c == '<' || (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '>')) {
                if (i >= offset) {
                    return attributes(text, element, written, offset);
                }
                return null;
            }
            if (isNameChar(c)) {
                int attrEnd = nameEnd(text, i);
                String attribute = text.substring(i, attrEnd);
                if (offset >= i && offset <= attrEnd) {
                    Set<String> others = new TreeSet<>(written);
                    others.remove(attribute);
                    return new Place(Kind.ATTRIBUTES, element, List.of(), List.of(), text.substring(i, offset), i,
                            offset < attrEnd, null, others);
                }
                int j = attrEnd;
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && text.charAt(j) == '=') {
                    j++;
                    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                        j++;
                    }
                    if (j < text.length() && (text.charAt(j) == '"' || text.charAt(j) == '\'')) {
                        char quote = text.charAt(j);
                        int close = text.indexOf(quote, j + 1);
                        int valueEnd = close < 0 ? text.length() : close;
                        if (offset > j && offset <= valueEnd) {
                            int tokenStart = offset;
                            while (tokenStart > j + 1 && !Character.isWhitespace(text.charAt(tokenStart - 1))) {
                                tokenStart--;
                            }
                            return new Place(Kind.VALUE, element, List.of(), List.of(),
                                    text.substring(tokenStart, offset), tokenStart, false, attribute, written);
                        }
                        j = close < 0 ? text.length() : close + 1;
                    }
                }
                i = Math.max(j, attrEnd);
            } else {
                i++;
            }
        }
        return offset <= text.length() ? attributes(text, element, written, offset) : null;
    }

    /** The names of the attributes written in the start tag whose name ends at {@code from}. */
    private static Set<String> allAttributes(String text, int from) {
        Set<String> names = new TreeSet<>();
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '>' || c == '<') {
                break;
            }
            if (c == '"' || c == '\'') {
                int close = text.indexOf(c, i + 1);
                if (close < 0) {
                    break;
                }
                i = close + 1;
            } else if (isNameChar(c)) {
                int end = nameEnd(text, i);
                names.add(text.substring(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return names;
    }

    private static Place attributes(String text, String element, Set<String> written, int offset) {
        if (offset == 0 || !Character.isWhitespace(text.charAt(offset - 1))) {
            return NONE; // right after a value's quote: an attribute needs a space first
        }
        return new Place(Kind.ATTRIBUTES, element, List.of(), List.of(), "", offset, false, null, written);
    }

    /**
     * The names of the elements that follow at the same level, up to the enclosing element's end tag; from inside an
     * element's content when {@code startDepth} is 1.
     */
    private static List<String> following(String text, int from, boolean topLevel, int startDepth) {
        List<String> names = new ArrayList<>();
        if (topLevel) {
            return names;
        }
        int depth = startDepth;
        int i = text.indexOf('<', from);
        while (i >= 0 && i < text.length()) {
            if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                i = end < 0 ? -1 : text.indexOf('<', end + 3);
                continue;
            }
            if (text.startsWith("<![CDATA[", i)) {
                int end = text.indexOf("]]>", i);
                i = end < 0 ? -1 : text.indexOf('<', end + 3);
                continue;
            }
            if (text.startsWith("<?", i) || text.startsWith("<!", i)) {
                int end = text.indexOf('>', i);
                i = end < 0 ? -1 : text.indexOf('<', end + 1);
                continue;
            }
            if (text.startsWith("</", i)) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else {
                int nameEnd = nameEnd(text, i + 1);
                if (nameEnd > i + 1) {
                    int end = closeOf(text, nameEnd);
                    if (depth == 0) {
                        names.add(text.substring(i + 1, nameEnd));
                    }
                    if (end < text.length() && text.charAt(end) == '>' && text.charAt(end - 1) != '/') {
                        depth++;
                    }
                }
            }
            i = text.indexOf('<', i + 1);
        }
        return names;
    }

    /** The offset of the {@code >} that closes the tag whose name ends at {@code from} (skipping quoted values). */
    private static int closeOf(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int close = text.indexOf(c, i + 1);
                if (close < 0) {
                    return text.length();
                }
                i = close + 1;
                continue;
            }
            if (c == '>' || c == '<') {
                return i;
            }
            i++;
        }
        return text.length();
    }

    private static int nameEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isNameChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
    }
}
