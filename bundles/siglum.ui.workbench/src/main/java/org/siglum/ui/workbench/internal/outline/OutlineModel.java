package org.siglum.ui.workbench.internal.outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import org.siglum.ui.editor.xml.XmlTokenType;
import org.siglum.ui.editor.xml.XmlTokens;

/**
 * The divisions of an edition and their heads, read from the source tokens, so a text that is not well-formed still
 * has an outline as far as its tags can be read.
 */
public final class OutlineModel {

    private static final Pattern DIVISION = Pattern.compile("div[1-7]?");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private OutlineModel() {
    }

    /** The top-level divisions of the text, each with its nested divisions. */
    public static List<Division> divisions(String text) {
        return divisions(text, XmlTokens.of(text));
    }

    /** As {@link #divisions(String)}, reusing a tokenization of the same text. */
    public static List<Division> divisions(String text, XmlTokens tokens) {
        Deque<Open> open = new ArrayDeque<>();
        List<Open> roots = new ArrayList<>();
        Deque<String> elements = new ArrayDeque<>();
        int n = tokens.count();
        for (int i = 0; i < n; i++) {
            if (tokens.type(i) != XmlTokenType.ELEMENT_NAME || i == 0) {
                continue;
            }
            String name = localName(text.substring(tokens.start(i), tokens.end(i)));
            if (tokens.type(i - 1) != XmlTokenType.TAG_DELIMITER || text.charAt(tokens.start(i - 1)) != '<') {
                continue;
            }
            boolean endTag = tokens.length(i - 1) == 2;
            int tagStart = tokens.start(i - 1);
            int tagEnd = tagEnd(text, tokens, i);
            boolean empty = tagEnd >= 2 && text.startsWith("/>", tagEnd - 2);
            if (endTag) {
                // pop to the matching element, forgiving tags left open
                if (elements.contains(name)) {
                    while (!elements.isEmpty()) {
                        String top = elements.pop();
                        closeIfDivision(top, open);
                        if (top.equals(name)) {
                            break;
                        }
                    }
                }
                if (name.equals("head") && !open.isEmpty() && open.peek().headOpen) {
                    Open division = open.peek();
                    division.headOpen = false;
                    division.headEnd = tagEnd;
                    division.head = SPACE.matcher(textBetween(text, tokens, division.headContentStart, tagStart))
                            .replaceAll(" ").strip();
                }
                continue;
            }
            if (DIVISION.matcher(name).matches()) {
                Open division = new Open(open.size() + 1, tagStart, tagEnd);
                (open.isEmpty() ? roots : open.peek().children).add(division);
                if (!empty) {
                    open.push(division);
                    elements.push(name);
                }
            } else if (name.equals("head") && !open.isEmpty() && !open.peek().hasHead && !empty
                    && elements.peek() != null && DIVISION.matcher(elements.peek()).matches()) {
                Open division = open.peek();
                division.hasHead = true;
                division.headOpen = true;
                division.headStart = tagStart;
                division.headContentStart = tagEnd;
                elements.push(name);
            } else if (!empty) {
                elements.push(name);
            }
        }
        List<Division> result = new ArrayList<>();
        for (Open root : roots) {
            result.add(root.toDivision());
        }
        return result;
    }

    private static void closeIfDivision(String element, Deque<Open> open) {
        if (DIVISION.matcher(element).matches() && !open.isEmpty()) {
            open.pop();
        }
    }

    /** The offset after the tag whose name is token {@code nameIndex}: after its '>' or '/>', or where it breaks off. */
    private static int tagEnd(String text, XmlTokens tokens, int nameIndex) {
        int n = tokens.count();
        for (int j = nameIndex + 1; j < n; j++) {
            XmlTokenType type = tokens.type(j);
            if (type == XmlTokenType.TAG_DELIMITER) {
                char c = text.charAt(tokens.start(j));
                if (c == '>' || c == '/') {
                    return tokens.end(j);
                }
                if (c == '<') {
                    return tokens.start(j);
                }
            } else if (type != XmlTokenType.ATTRIBUTE_NAME && type != XmlTokenType.ATTRIBUTE_VALUE
                    && type != XmlTokenType.TAG_SPACE) {
                return tokens.start(j);
            }
        }
        return tokens.end(n - 1);
    }

    /** Elements whose text is not the edited heading: other witnesses' readings, notes. */
    private static final java.util.Set<String> NOT_THE_HEADING = java.util.Set.of("rdg", "rdgGrp", "note", "witDetail");

    /**
     * The character data between two offsets as the edited text reads it: without markup, without the readings of
     * other witnesses and notes, a line break as a space; entity references left as written.
     */
    private static String textBetween(String text, XmlTokens tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        int skipping = 0;
        for (int i = Math.max(0, tokens.indexAt(from)); i < tokens.count() && tokens.start(i) < to; i++) {
            XmlTokenType type = tokens.type(i);
            if (type == XmlTokenType.ELEMENT_NAME && i > 0 && tokens.type(i - 1) == XmlTokenType.TAG_DELIMITER) {
                String name = localName(text.substring(tokens.start(i), tokens.end(i)));
                boolean endTag = text.startsWith("</", tokens.start(i - 1));
                int tagEnd = tagEnd(text, tokens, i);
                boolean empty = !endTag && tagEnd >= 2 && text.startsWith("/>", tagEnd - 2);
                if (NOT_THE_HEADING.contains(name) && !empty) {
                    skipping += endTag ? (skipping > 0 ? -1 : 0) : 1;
                } else if (skipping == 0 && !endTag && name.equals("lb")) {
                    sb.append(' ');
                }
            } else if (skipping == 0 && (type == XmlTokenType.TEXT || type == XmlTokenType.ENTITY_REFERENCE)) {
                sb.append(text, Math.max(from, tokens.start(i)), Math.min(to, tokens.end(i)));
            }
        }
        return sb.toString();
    }

    private static String localName(String qualified) {
        int colon = qualified.indexOf(':');
        return colon < 0 ? qualified : qualified.substring(colon + 1);
    }

    private static final class Open {
        final int level;
        final int start;
        int headStart;
        int headEnd;
        int headContentStart;
        String head = "";
        boolean hasHead;
        boolean headOpen;
        final List<Open> children = new ArrayList<>();

        Open(int level, int start, int startTagEnd) {
            this.level = level;
            this.start = start;
            this.headStart = start;
            this.headEnd = startTagEnd;
        }

        Division toDivision() {
            List<Division> kids = new ArrayList<>();
            for (Open child : children) {
                kids.add(child.toDivision());
            }
            return new Division(level, start, headStart, headEnd, head, kids);
        }
    }
}
