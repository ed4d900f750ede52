package org.siglum.core;

/**
 * A node of an {@link XmlTree}, with its exact range in the source text. Offsets are char (UTF-16 unit) offsets into
 * the text the tree was parsed from; {@code end} is exclusive.
 */
public sealed interface XmlNode permits XmlElement, XmlAttribute, XmlText, XmlCData, XmlComment,
        XmlProcessingInstruction, XmlDoctype {

    /** Offset of the node's first char. */
    int start();

    /** Offset just after the node's last char. */
    int end();

    /** The element this node belongs to: the parent of a child node, the owner of an attribute; null at top level. */
    XmlElement parent();
}
