package org.siglum.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.siglum.core.internal.LineIndex;
import org.siglum.core.internal.Source;
import org.siglum.core.internal.XmlScanner;

/**
 * One parse of a text: the nodes with their exact source ranges and the well-formedness problems. A tree is
 * immutable and belongs to the text it was parsed from; after an edit, ask the {@link EditionDocument} for a new one.
 * A text that is not well-formed still gives a best-effort tree.
 */
public final class XmlTree {
    private final Source src;
    private final List<XmlNode> children;
    private final List<XmlElement> elements;
    private final List<int[]> rawProblems;
    private final List<String> messages;
    private final XmlElement root;
    private volatile LineIndex lines;
    private volatile List<Problem> problems;

    private XmlTree(Source src, TreeBuilder b) {
        this.src = src;
        this.children = Collections.unmodifiableList(b.top);
        this.elements = Collections.unmodifiableList(b.elements);
        this.rawProblems = b.problemOffsets;
        this.messages = b.problemMessages;
        XmlElement r = null;
        for (XmlNode n : b.top) {
            if (n instanceof XmlElement e) {
                r = e;
                break;
            }
        }
        this.root = r;
    }

    /** Parses a text. Never throws for malformed XML: see {@link #problems()}. Never reads files or the network. */
    public static XmlTree parse(String text) {
        Objects.requireNonNull(text, "text");
        char[] buf = text.toCharArray();
        return parse(buf, buf.length);
    }

    /** Parses chars [0, length) of buf, which the tree keeps and which must not change afterwards. */
    static XmlTree parse(char[] buf, int length) {
        Source src = new Source(buf, length);
        TreeBuilder b = new TreeBuilder(length);
        b.src = src;
        XmlScanner.scan(src, b);
        return new XmlTree(src, b);
    }

    /** Top-level nodes: the prolog (XML declaration, comments, PIs, DOCTYPE, whitespace), the root, the epilog. */
    public List<XmlNode> children() {
        return children;
    }

    /** The root element (the first top-level element), empty when there is none. */
    public Optional<XmlElement> root() {
        return Optional.ofNullable(root);
    }

    /** The doctype, if any. */
    public Optional<XmlDoctype> doctype() {
        for (XmlNode n : children) {
            if (n instanceof XmlDoctype d) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Well-formedness problems in the order found; the first error is the one to fix first. */
    public List<Problem> problems() {
        List<Problem> p = problems;
        if (p == null) {
            List<Problem> out = new ArrayList<>(rawProblems.size());
            for (int i = 0; i < rawProblems.size(); i++) {
                int[] r = rawProblems.get(i);
                int offset = r[1];
                out.add(new Problem(r[0] == 1 ? Problem.Severity.ERROR : Problem.Severity.WARNING, offset,
                        lines().line(offset), lines().column(offset), messages.get(i)));
            }
            p = Collections.unmodifiableList(out);
            problems = p;
        }
        return p;
    }

    /** True if no problem is an error. */
    public boolean isWellFormed() {
        for (int[] r : rawProblems) {
            if (r[0] == 1) {
                return false;
            }
        }
        return true;
    }

    /** All elements in document order. */
    public Stream<XmlElement> elements() {
        return elements.stream();
    }

    /** All elements in document order, as a list. */
    public List<XmlElement> elementList() {
        return elements;
    }

    /** Elements in namespace ns (null or "" for no namespace) with this local name, in document order. */
    public List<XmlElement> elementsNamed(String ns, String local) {
        String want = ns == null || ns.isEmpty() ? null : ns;
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement e : elements) {
            if (e.localName().equals(local) && Objects.equals(e.namespaceUri(), want)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The deepest node whose range covers the offset (start &lt;= offset &lt; end): an attribute when the offset is
     * inside one, else a text, comment, element, ... ; null when the offset is outside every node.
     */
    public XmlNode nodeAt(int offset) {
        List<XmlNode> level = children;
        XmlNode found = null;
        while (level != null) {
            XmlNode hit = find(level, offset);
            if (hit == null) {
                break;
            }
            found = hit;
            if (hit instanceof XmlElement e) {
                if (offset < e.startTagEnd()) {
                    for (XmlAttribute a : e.attributes) {
                        if (a.start() <= offset && offset < a.end()) {
                            return a;
                        }
                    }
                    return e;
                }
                level = e.children;
            } else {
                break;
            }
        }
        return found;
    }

    private static XmlNode find(List<XmlNode> nodes, int offset) {
        int lo = 0;
        int hi = nodes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            XmlNode n = nodes.get(mid);
            if (offset < n.start()) {
                hi = mid - 1;
            } else if (offset >= n.end()) {
                lo = mid + 1;
            } else {
                return n;
            }
        }
        return null;
    }

    /** Line and column of an offset in the parsed text (see {@link TextLocation}). */
    public TextLocation locate(int offset) {
        if (offset < 0 || offset > src.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside [0," + src.length() + "]");
        }
        return new TextLocation(offset, lines().line(offset), lines().column(offset));
    }

    /** The text this tree was parsed from, between two offsets. */
    public String text(int start, int end) {
        return src.raw(start, end);
    }

    /** The source text of a node, exactly as written. */
    public String sourceOf(XmlNode node) {
        return src.raw(node.start(), node.end());
    }

    /** Length of the parsed text in chars. */
    public int length() {
        return src.length();
    }

    private LineIndex lines() {
        LineIndex l = lines;
        if (l == null) {
            l = LineIndex.of(src.chars(), src.length());
            lines = l;
        }
        return l;
    }
}
