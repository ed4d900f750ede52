package org.siglum.apparatus.internal;

import java.util.List;

import org.siglum.core.XmlAttribute;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;

/**
 * The document's own conventions for the markup we write into it: its quote style, its TEI prefix, its ids (text and
 * attribute values are escaped by {@link org.siglum.core.Xml}).
 */
final class DocumentConventions {
    private DocumentConventions() {
    }

    /**
     * The quote style of the attributes nearest before an offset (the last element starting before it that has a
     * quoted attribute), '"' when there is none.
     */
    static char quoteBefore(XmlTree tree, int offset) {
        List<XmlElement> all = tree.elementList();
        int lo = 0;
        int hi = all.size() - 1;
        int last = -1; // the last element starting before offset
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < offset) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int i = last; i >= 0; i--) {
            List<XmlAttribute> attributes = all.get(i).attributes();
            for (int j = attributes.size() - 1; j >= 0; j--) {
                char q = attributes.get(j).quote();
                if (q == '"' || q == '\'') {
                    return q;
                }
            }
        }
        return '"';
    }

    /** The qualified name of a TEI element written beside {@code context}, with the prefix it uses for TEI. */
    static String name(XmlElement context, String local) {
        String prefix = context.prefix();
        return prefix.isEmpty() ? local : prefix + ":" + local;
    }

    /** {@code #A #B} for the ids A, B. */
    static String pointers(List<String> ids) {
        StringBuilder sb = new StringBuilder();
        for (String id : ids) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append('#').append(id);
        }
        return sb.toString();
    }

    /** An XML NCName (no colon), as an {@code xml:id} must be. */
    static boolean isNcName(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(Character.isLetter(first) || first == '_')) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean ok = Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == 0xB7
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK;
            if (!ok) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Shortens a text for a one-line message. */
    static String brief(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 40 ? one : one.substring(0, 39) + "…";
    }
}
