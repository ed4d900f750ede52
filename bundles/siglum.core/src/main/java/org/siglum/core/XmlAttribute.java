package org.siglum.core;

import org.siglum.core.internal.Source;

/**
 * An attribute with its exact positions: {@link #nameStart()} (= {@link #start()}), the value between
 * {@link #valueStart()} and {@link #valueEnd()} (inside the quotes) and {@link #end()} after the closing quote.
 */
public final class XmlAttribute implements XmlNode {
    private final XmlElement owner;
    private final Source src;
    private final String qName;
    private final String prefix;
    private final String localName;
    private final String namespaceUri;
    private final int nameStart;
    private final int valueStart;
    private final int valueEnd;
    private final int end;
    private final char quote;
    private final boolean plain;
    private String value;

    XmlAttribute(XmlElement owner, Source src, String qName, String prefix, String localName, String namespaceUri,
            int nameStart, int valueStart, int valueEnd, int end, char quote, boolean plain) {
        this.owner = owner;
        this.src = src;
        this.qName = qName;
        this.prefix = prefix;
        this.localName = localName;
        this.namespaceUri = namespaceUri;
        this.nameStart = nameStart;
        this.valueStart = valueStart;
        this.valueEnd = valueEnd;
        this.end = end;
        this.quote = quote;
        this.plain = plain;
    }

    @Override
    public int start() {
        return nameStart;
    }

    @Override
    public int end() {
        return end;
    }

    /** The element that carries the attribute. */
    @Override
    public XmlElement parent() {
        return owner;
    }

    public String qName() {
        return qName;
    }

    /** "" when none. */
    public String prefix() {
        return prefix;
    }

    public String localName() {
        return localName;
    }

    /**
     * The namespace name: none (null) for an unprefixed attribute, the XML namespace for {@code xml:},
     * {@code http://www.w3.org/2000/xmlns/} for namespace declarations, null for an unbound prefix.
     */
    public String namespaceUri() {
        return namespaceUri;
    }

    public int nameStart() {
        return nameStart;
    }

    /** Offset of the value's first char, just inside the opening quote. */
    public int valueStart() {
        return valueStart;
    }

    /** Offset of the closing quote. */
    public int valueEnd() {
        return valueEnd;
    }

    /** The quote char, '"' or '\'' ('\0' for a malformed, unquoted value). */
    public char quote() {
        return quote;
    }

    /**
     * The value: references expanded, then normalised per XML 1.0 section 3.3.3 as for CDATA (each literal TAB, LF,
     * CR or CR LF becomes one space; a character reference is kept as its character). DTD attribute types are not
     * read, so no further normalisation happens.
     */
    public String value() {
        String v = value;
        if (v == null) {
            v = plain ? src.raw(valueStart, valueEnd) : src.decodeAttribute(valueStart, valueEnd);
            value = v;
        }
        return v;
    }

    /** The value exactly as written between the quotes. */
    public String rawValue() {
        return src.raw(valueStart, valueEnd);
    }

    @Override
    public String toString() {
        return qName + "=" + quote + rawValue() + quote;
    }
}
