package org.siglum.core.tei;

import org.siglum.core.XmlElement;

/**
 * A name: {@code persName}, {@code placeName}, {@code orgName}, {@code geogName} or {@code name}.
 *
 * @param element the element
 * @param kind its local name
 * @param ref {@code @ref}, or null
 * @param key {@code @key}, or null
 * @param text its text content, whitespace collapsed
 */
public record TeiName(XmlElement element, String kind, String ref, String key, String text) {
}
