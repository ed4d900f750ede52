package org.siglum.citations.internal;

import java.util.ArrayList;
import java.util.List;

import org.siglum.core.XmlElement;
import org.siglum.core.tei.TeiEdition;

/** Small XML helpers over the core's tree. */
final class Xml {
    private Xml() {
    }

    /**
     * Escapes text for XML content or a quoted attribute. A character XML cannot hold (a C0 control other than tab,
     * new line and carriage return, U+FFFE, U+FFFF, half a surrogate pair), as an imported record may carry, becomes
     * U+FFFD, so that the edition stays well-formed and the loss shows (found by fuzzing, decision 0032).
     */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF'
                            || Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
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
