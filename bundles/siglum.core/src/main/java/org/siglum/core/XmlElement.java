package org.siglum.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An element with its exact positions: {@link #start()} at its '&lt;', {@link #startTagEnd()} just after the start
 * tag's '&gt;', {@link #endTagStart()}/{@link #endTagEnd()} around the end tag (both -1 for an empty-element tag or an
 * element that was never closed) and {@link #end()} just after the element.
 */
public final class XmlElement implements XmlNode {
    private static final List<XmlAttribute> NO_ATTRIBUTES = List.of();

    private final XmlElement parent;
    private final int start;
    private final String qName;
    private final String prefix;
    private final String localName;
    private final String namespaceUri;
    int startTagEnd;
    int endTagStart = -1;
    int endTagEnd = -1;
    int end;
    boolean selfClosing;
    List<XmlAttribute> attributes = NO_ATTRIBUTES;
    List<XmlNode> children;

    XmlElement(XmlElement parent, int start, String qName, String prefix, String localName, String namespaceUri) {
        this.parent = parent;
        this.start = start;
        this.qName = qName;
        this.prefix = prefix;
        this.localName = localName;
        this.namespaceUri = namespaceUri;
    }

    void addAttribute(XmlAttribute a) {
        if (attributes == NO_ATTRIBUTES) {
            attributes = new ArrayList<>(4);
        }
        attributes.add(a);
    }

    void addChild(XmlNode node) {
        if (children == null) {
            children = new ArrayList<>(4);
        }
        children.add(node);
    }

    @Override
    public int start() {
        return start;
    }

    @Override
    public int end() {
        return end;
    }

    @Override
    public XmlElement parent() {
        return parent;
    }

    /** The name as written, e.g. {@code tei:div}. */
    public String qName() {
        return qName;
    }

    /** The prefix, "" when none. */
    public String prefix() {
        return prefix;
    }

    public String localName() {
        return localName;
    }

    /** The namespace name resolved with the declarations in scope; null for no namespace or an unbound prefix. */
    public String namespaceUri() {
        return namespaceUri;
    }

    /** True if the element is in namespace ns (null or "" meaning no namespace) with this local name. */
    public boolean is(String ns, String local) {
        return localName.equals(local) && Objects.equals(namespaceUri, ns == null || ns.isEmpty() ? null : ns);
    }

    /** Offset just after the start tag. */
    public int startTagEnd() {
        return startTagEnd;
    }

    /** Offset of the end tag's '&lt;', -1 for an empty-element tag or an unclosed element. */
    public int endTagStart() {
        return endTagStart;
    }

    /** Offset just after the end tag, -1 for an empty-element tag or an unclosed element. */
    public int endTagEnd() {
        return endTagEnd;
    }

    /** Written as an empty-element tag {@code <x/>}. */
    public boolean selfClosing() {
        return selfClosing;
    }

    /** False when the parser had to close the element itself (a missing end tag). */
    public boolean closed() {
        return selfClosing || endTagStart >= 0;
    }

    /** Attributes in source order, namespace declarations included. */
    public List<XmlAttribute> attributes() {
        return Collections.unmodifiableList(attributes);
    }

    /** The decoded value of the attribute with this qualified name (as written). */
    public Optional<String> attribute(String qName) {
        for (XmlAttribute a : attributes) {
            if (a.qName().equals(qName)) {
                return Optional.of(a.value());
            }
        }
        return Optional.empty();
    }

    /** The decoded value of the attribute with this namespace (null or "" for none) and local name. */
    public Optional<String> attribute(String ns, String local) {
        String want = ns == null || ns.isEmpty() ? null : ns;
        for (XmlAttribute a : attributes) {
            if (a.localName().equals(local) && Objects.equals(a.namespaceUri(), want)) {
                return Optional.of(a.value());
            }
        }
        return Optional.empty();
    }

    /** The {@code xml:id}, if any. */
    public Optional<String> xmlId() {
        return attribute(org.siglum.core.internal.XmlScanner.XML_NS, "id");
    }

    /** Child nodes in document order (attributes are not children). */
    public List<XmlNode> children() {
        return children == null ? List.of() : Collections.unmodifiableList(children);
    }

    /** Child elements in document order. */
    public List<XmlElement> childElements() {
        if (children == null) {
            return List.of();
        }
        List<XmlElement> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c instanceof XmlElement e) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * All character data inside the element, in document order: text with references expanded and line ends
     * normalised, and CDATA content; comments and processing instructions are left out.
     */
    public String textContent() {
        StringBuilder sb = new StringBuilder();
        ArrayDeque<Object> stack = new ArrayDeque<>();
        stack.push(this);
        while (!stack.isEmpty()) {
            Object o = stack.pop();
            if (o instanceof XmlElement e) {
                if (e.children != null) {
                    for (int i = e.children.size() - 1; i >= 0; i--) {
                        stack.push(e.children.get(i));
                    }
                }
            } else if (o instanceof XmlText t) {
                t.appendTo(sb);
            } else if (o instanceof XmlCData c) {
                sb.append(c.text());
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "<" + qName + "> [" + start + "," + end + ")";
    }
}
