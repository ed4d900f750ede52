package org.siglum.apparatus.internal;

import java.util.ArrayList;
import java.util.List;

import org.siglum.core.TextReplacement;
import org.siglum.core.Xml;
import org.siglum.core.XmlNode;
import org.siglum.core.XmlText;

/**
 * A new text for a reading mapped onto its text nodes, so that the markup inside it stays: the old and the new text
 * are compared (common start and end kept), and only the characters between are replaced, in the text nodes that
 * hold them. A change within one text node touches that node only; a change across several puts the new characters
 * in the first and removes the old ones from the others, the elements between them staying.
 */
final class TextEdits {

    private TextEdits() {
    }

    /** One text node's characters (references expanded, line ends LF) and the source range of each. */
    record Run(XmlText node, String text, int[] rawStart, int[] rawEnd) {
    }

    /**
     * The replacements that turn the leaves' text into {@code wanted}; an empty list when it is already that, null
     * when the change cannot be mapped (it touches a CDATA section, or a reference this reader cannot expand): the
     * caller then replaces the whole content.
     *
     * @param insertAt where to insert when there are no text nodes at all (the content's end)
     */
    static List<TextReplacement> of(List<XmlNode> leaves, String wanted, int insertAt) {
        List<Run> runs = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        StringBuilder old = new StringBuilder();
        for (XmlNode leaf : leaves) {
            int from = old.length();
            if (leaf instanceof XmlText t) {
                Run run = run(t);
                if (run == null) {
                    return null;
                }
                runs.add(run);
                old.append(run.text);
            } else {
                // a CDATA section: kept as a run that cannot be edited
                runs.add(null);
                old.append(((org.siglum.core.XmlCData) leaf).text());
            }
            spans.add(new int[] {from, old.length()});
        }
        String was = old.toString();
        if (was.equals(wanted)) {
            return List.of();
        }
        int prefix = 0;
        int max = Math.min(was.length(), wanted.length());
        while (prefix < max && was.charAt(prefix) == wanted.charAt(prefix)) {
            prefix++;
        }
        if (prefix > 0 && Character.isHighSurrogate(was.charAt(prefix - 1))) {
            prefix--;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && was.charAt(was.length() - 1 - suffix) == wanted.charAt(wanted.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && Character.isLowSurrogate(was.charAt(was.length() - suffix))) {
            suffix--;
        }
        int end = was.length() - suffix;
        String middle = Xml.escapeText(wanted.substring(prefix, wanted.length() - suffix));
        List<TextReplacement> edits = new ArrayList<>();
        if (prefix == end) {
            if (runs.isEmpty()) {
                edits.add(TextReplacement.insert(insertAt, middle));
                return edits;
            }
            // an insertion goes into the first node that holds its place (at its end, if it ends there)
            for (int i = 0; i < runs.size(); i++) {
                int[] span = spans.get(i);
                if (span[0] <= prefix && prefix <= span[1]) {
                    Run run = runs.get(i);
                    if (run == null) {
                        continue;
                    }
                    int k = prefix - span[0];
                    int at = k < run.text.length() ? run.rawStart[k] : run.rawEnd[k - 1];
                    edits.add(TextReplacement.insert(at, middle));
                    return edits;
                }
            }
            return null;
        }
        boolean first = true;
        for (int i = 0; i < runs.size(); i++) {
            int[] span = spans.get(i);
            int a = Math.max(prefix, span[0]);
            int b = Math.min(end, span[1]);
            if (a >= b) {
                continue;
            }
            Run run = runs.get(i);
            if (run == null) {
                return null;
            }
            int from = run.rawStart[a - span[0]];
            int to = run.rawEnd[b - 1 - span[0]];
            edits.add(new TextReplacement(from, to - from, first ? middle : ""));
            first = false;
        }
        return edits;
    }

    /** The node's characters with the source range of each; null for a reference we do not expand the same way. */
    static Run run(XmlText t) {
        String raw = t.rawText();
        int base = t.start();
        StringBuilder text = new StringBuilder(raw.length());
        int[] rs = new int[raw.length() + 1];
        int[] re = new int[raw.length() + 1];
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            String decoded;
            int len;
            if (c == '&') {
                int semi = raw.indexOf(';', i);
                if (semi < 0) {
                    return null;
                }
                decoded = reference(raw.substring(i + 1, semi));
                if (decoded == null) {
                    return null;
                }
                len = semi + 1 - i;
            } else if (c == '\r') {
                decoded = "\n";
                len = i + 1 < raw.length() && raw.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                decoded = String.valueOf(c);
                len = 1;
            }
            for (int k = 0; k < decoded.length(); k++) {
                rs[text.length()] = base + i;
                re[text.length()] = base + i + len;
                text.append(decoded.charAt(k));
            }
            i += len;
        }
        if (!text.toString().equals(t.text())) {
            return null;
        }
        return new Run(t, text.toString(), rs, re);
    }

    private static String reference(String name) {
        switch (name) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            default:
                break;
        }
        if (name.startsWith("#")) {
            try {
                int cp = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return new String(Character.toChars(cp));
            } catch (IllegalArgumentException bad) {
                return null;
            }
        }
        return null;
    }
}
