package org.siglum.core.tei;

import java.util.List;

import org.siglum.core.XmlElement;

/**
 * A lemma ({@code lem}) or reading ({@code rdg}) of an apparatus entry.
 *
 * @param element the element
 * @param text its text content, as written (entities expanded)
 * @param witnesses the ids in {@code @wit}, without '#', in order
 * @param cause {@code @cause}, or null
 * @param type {@code @type}, or null
 */
public record TeiReading(XmlElement element, String text, List<String> witnesses, String cause, String type) {
}
