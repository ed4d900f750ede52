package org.siglum.validation.internal;

import java.util.List;

import org.siglum.core.EditionDocument;
import org.siglum.core.TextLocation;
import org.siglum.core.XmlAttribute;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlNode;
import org.siglum.core.XmlTree;

/**
 * Maps what a parser reports (line and column in UTF-16 units, just after the event) to the core's offsets and
 * to the element a message is about.
 */
final class Positions {

    private final EditionDocument document;
    private final XmlTree tree;
    private final List<XmlElement> elements;

    Positions(EditionDocument document) {
        this.document = document;
        this.tree = document.tree();
        this.elements = tree.elementList();
    }

    /** The offset of a parser's line and column (columns counted in chars from 1), clamped to the text. */
    int offset(int line, int column) {
        return document.offsetOf(line, column);
    }

    TextLocation locate(int offset) {
        return document.locate(Math.max(0, Math.min(offset, document.length())));
    }

    /**
     * The element whose start tag or end tag ends at (or just before) the offset, where SAX parsers report a start or
     * end tag event; null when the offset is in text.
     */
    XmlElement elementEndingAt(int offset) {
        int lo = 0;
        int hi = elements.size() - 1;
        XmlElement before = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            XmlElement e = elements.get(mid);
            if (e.start() < offset) {
                before = e;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (before != null && offset <= before.startTagEnd()) {
            return before;
        }
        XmlNode node = offset > 0 ? tree.nodeAt(offset - 1) : null;
        if (node instanceof XmlAttribute a) {
            return a.parent();
        }
        for (XmlNode n = node; n != null; n = n.parent()) {
            if (n instanceof XmlElement e && e.endTagStart() >= 0 && e.endTagStart() < offset && offset <= e.endTagEnd()) {
                return e;
            }
        }
        return null;
    }

    /** The element containing an offset in text (the innermost), or null. */
    XmlElement elementAround(int offset) {
        XmlNode node = tree.nodeAt(Math.max(0, offset - 1));
        for (XmlNode n = node; n != null; n = n.parent()) {
            if (n instanceof XmlElement e) {
                return e;
            }
        }
        return null;
    }

    /**
     * The element a Schematron location XPath names, e.g. {@code /Q{ns}TEI[1]/Q{ns}text[1]/Q{ns}p[3]}, walked on the
     * core's tree; null when a step does not match (the caller then falls back to Saxon's line numbers).
     */
    XmlElement elementAtPath(String path) {
        if (path == null || !path.startsWith("/")) {
            return null;
        }
        XmlElement current = null;
        List<XmlNode> level = tree.children();
        int i = 1;
        while (i < path.length()) {
            int end = stepEnd(path, i);
            String step = path.substring(i, end);
            i = end + 1;
            if (step.startsWith("@") || step.contains("()")) {
                return current; // an attribute or a text node: its element is close enough
            }
            String ns = null;
            String name = step;
            if (name.startsWith("Q{")) {
                int close = name.indexOf('}');
                ns = name.substring(2, close);
                name = name.substring(close + 1);
            }
            int index = 1;
            int bracket = name.indexOf('[');
            if (bracket >= 0) {
                index = Integer.parseInt(name.substring(bracket + 1, name.indexOf(']', bracket)));
                name = name.substring(0, bracket);
            }
            if (name.contains(":")) {
                name = name.substring(name.indexOf(':') + 1);
            }
            XmlElement match = null;
            int seen = 0;
            for (XmlNode n : level) {
                if (n instanceof XmlElement e && e.localName().equals(name)
                        && (ns == null || ns.equals(e.namespaceUri() == null ? "" : e.namespaceUri())) && ++seen == index) {
                    match = e;
                    break;
                }
            }
            if (match == null) {
                return null;
            }
            current = match;
            level = match.children();
        }
        return current;
    }

    private static int stepEnd(String path, int from) {
        int depth = 0;
        for (int j = from; j < path.length(); j++) {
            char c = path.charAt(j);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == '/' && depth == 0) {
                return j;
            }
        }
        return path.length();
    }
}
