package org.siglum.core.tei;

import org.siglum.core.XmlElement;

/**
 * A {@code note}.
 *
 * @param element the element
 * @param n {@code @n}, or null
 * @param place {@code @place}, or null
 * @param type {@code @type}, or null
 * @param xmlId {@code @xml:id}, or null
 * @param target {@code @target}, or null
 * @param text its text content, whitespace collapsed
 */
public record TeiNote(XmlElement element, String n, String place, String type, String xmlId, String target,
        String text) {
}
