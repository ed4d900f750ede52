package org.siglum.core.tei;

import java.util.List;
import java.util.Optional;

import org.siglum.core.XmlElement;

/**
 * An {@code app} element.
 *
 * @param element the element
 * @param xmlId {@code @xml:id}, or null
 * @param lemma its {@code lem} child, if any
 * @param readings its {@code rdg} children (also those inside {@code rdgGrp}), in order
 * @param offset the source offset of the {@code app} start tag
 */
public record TeiApparatusEntry(XmlElement element, String xmlId, Optional<TeiReading> lemma,
        List<TeiReading> readings, int offset) {
}
