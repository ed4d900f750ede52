package org.siglum.core;

/**
 * The document type declaration. Its external subset (systemId) is never read; its internal subset is scanned for
 * general entity declarations, which are expanded in text and attribute values.
 */
public final class XmlDoctype implements XmlNode {
    private final int start;
    private final int end;
    private final String name;
    private final String publicId;
    private final String systemId;
    private final int subsetStart;
    private final int subsetEnd;

    XmlDoctype(int start, int end, String name, String publicId, String systemId, int subsetStart, int subsetEnd) {
        this.start = start;
        this.end = end;
        this.name = name;
        this.publicId = publicId;
        this.systemId = systemId;
        this.subsetStart = subsetStart;
        this.subsetEnd = subsetEnd;
    }

    @Override
    public int start() {
        return start;
    }

    @Override
    public int end() {
        return end;
    }

    /** Always null: a DOCTYPE stands at top level. */
    @Override
    public XmlElement parent() {
        return null;
    }

    /** The root element name it declares. */
    public String name() {
        return name;
    }

    /** Null when absent. */
    public String publicId() {
        return publicId;
    }

    /** Null when absent. */
    public String systemId() {
        return systemId;
    }

    /** True if there is an internal subset ({@code [...]}). */
    public boolean hasInternalSubset() {
        return subsetStart >= 0;
    }

    /** Offset just after '[', -1 without an internal subset. */
    public int internalSubsetStart() {
        return subsetStart;
    }

    /** Offset of the closing ']', -1 without an internal subset. */
    public int internalSubsetEnd() {
        return subsetEnd;
    }

    @Override
    public String toString() {
        return "<!DOCTYPE " + name + "> [" + start + "," + end + ")";
    }
}
