package org.siglum.citations.internal;

import java.util.ArrayList;
import java.util.List;

import org.siglum.core.XmlElement;
import org.siglum.core.tei.TeiEdition;

/** Reading TEI elements off the core's tree, and the indentation of the text around them. */
final class TeiTrees {
    private TeiTrees() {
    }

    static boolean isTei(XmlElement e, String local) {
        return TeiEdition.TEI_NS.equals(e.namespaceUri()) && e.localName().equals(local);
    }

    static List<XmlElement> children(XmlElement e, String local) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : e.childElements()) {
            if (isTei(c, local)) {
                out.add(c);
            }
        }
        return out;
    }

    static XmlElement child(XmlElement e, String local) {
        for (XmlElement c : e.childElements()) {
            if (isTei(c, local)) {
                return c;
            }
        }
        return null;
    }

    static String text(XmlElement e) {
        return e == null ? null : collapse(e.textContent());
    }

    /**
     * A note's text as a reader reads it: without the page furniture inside it ({@code fw}: the number an OCR import
     * keeps as the page printed it, which the print and web editions leave out too), whitespace collapsed.
     */
    static String noteText(XmlElement note) {
        // by a stack, not by recursion: a hostile file nests elements a hundred thousand deep (decision 0032)
        StringBuilder text = new StringBuilder();
        java.util.ArrayDeque<org.siglum.core.XmlNode> stack = new java.util.ArrayDeque<>();
        stack.push(note);
        while (!stack.isEmpty()) {
            org.siglum.core.XmlNode node = stack.pop();
            if (node instanceof XmlElement e) {
                if (e != note && isTei(e, "fw")) {
                    continue;
                }
                List<org.siglum.core.XmlNode> children = e.children();
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                }
            } else if (node instanceof org.siglum.core.XmlText t) {
                text.append(t.text());
            } else if (node instanceof org.siglum.core.XmlCData c) {
                text.append(c.text());
            }
        }
        return collapse(text.toString());
    }

    static String collapse(String s) {
        String t = s.replaceAll("[ \t\r\n]+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    static String attr(XmlElement e, String name) {
        return e == null ? null : e.attribute(name).orElse(null);
    }

    static boolean inside(XmlElement e, String local) {
        for (XmlElement p = e.parent(); p != null; p = p.parent()) {
            if (isTei(p, local)) {
                return true;
            }
        }
        return false;
    }

    /** The whitespace at the start of the line on which offset lies. */
    static String indentAt(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(lineStart, i);
    }

    /** The indentation step the document uses (two spaces unless it uses tabs or four). */
    static String step(String text) {
        if (text.contains("\n\t<")) {
            return "\t";
        }
        return text.contains("\n    <") && !text.contains("\n  <") ? "    " : "  ";
    }
}
