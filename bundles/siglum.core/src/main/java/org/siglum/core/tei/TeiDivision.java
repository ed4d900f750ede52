package org.siglum.core.tei;

import org.siglum.core.XmlElement;

/**
 * A division ({@code div} or {@code div1}..{@code div7}).
 *
 * @param element the element
 * @param level 1 for an outermost division; for {@code divN} its N; for {@code div} 1 + the number of enclosing
 *        divisions
 * @param type {@code @type}, or null
 * @param xmlId {@code @xml:id}, or null
 * @param head the text of its first {@code head} child, whitespace collapsed, or null
 */
public record TeiDivision(XmlElement element, int level, String type, String xmlId, String head) {
}
