package org.siglum.core.tei;

import org.siglum.core.XmlElement;

/**
 * A {@code witness} of a {@code listWit}.
 *
 * @param element the element
 * @param xmlId {@code @xml:id}, or null
 * @param siglum the text of a child {@code abbr[@type='siglum']} or {@code idno}, else {@code @n}, else the xml:id
 * @param description the witness's text content, whitespace collapsed
 */
public record TeiWitness(XmlElement element, String xmlId, String siglum, String description) {
}
