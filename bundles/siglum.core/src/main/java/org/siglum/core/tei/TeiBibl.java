package org.siglum.core.tei;

import org.siglum.core.XmlElement;

/**
 * A bibliographic entry: {@code bibl} or {@code biblStruct}.
 *
 * @param element the element
 * @param xmlId {@code @xml:id}, or null
 * @param text the entry's text content, whitespace collapsed
 */
public record TeiBibl(XmlElement element, String xmlId, String text) {
}
