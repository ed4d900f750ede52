package org.siglum.ui.editor.xml;

/** The kinds of XML source tokens the editor colours. */
public enum XmlTokenType {
    /** Character data between tags. */
    TEXT,
    /** {@code <}, {@code </}, {@code >}, {@code />} and {@code =} inside a tag. */
    TAG_DELIMITER,
    /** An element's name in a start or end tag. */
    ELEMENT_NAME,
    /** An attribute's name. */
    ATTRIBUTE_NAME,
    /** An attribute's value with its quotes. */
    ATTRIBUTE_VALUE,
    /** {@code <!-- ... -->}. */
    COMMENT,
    /** {@code &amp;}, {@code &#x0E01;} and the like. */
    ENTITY_REFERENCE,
    /** {@code <?...?>}, {@code <!DOCTYPE ...>} and {@code <![CDATA[...]]>}. */
    DECLARATION,
    /** White space inside a tag. */
    TAG_SPACE
}
