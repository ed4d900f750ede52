package org.siglum.apparatus;

import java.util.List;
import java.util.Optional;

/**
 * One apparatus entry ({@code app}) as it stands in one version of the text.
 * <p>
 * Its {@link #id()} is its {@code @xml:id}; an entry without one is named by its number, its 1-based place among all
 * entries in document order ("12"). An xml:id never starts with a digit, so the two kinds of name never clash; a
 * number stays the same until an entry is added or deleted before it.
 *
 * @param id {@code @xml:id}, or the number as a string when there is none
 * @param number 1-based place among the entries in document order
 * @param hasXmlId whether {@link #id()} is an {@code @xml:id}
 * @param start offset of the {@code app} element's '&lt;'
 * @param end offset just after it
 * @param line 1-based line of {@link #start()}
 * @param column 1-based column (code points) of {@link #start()}
 * @param lemma the {@code lem}, if any
 * @param readings its readings ({@code rdg}, also inside {@code rdgGrp}) in document order
 * @param type the entry's {@code @type}, or null
 * @param cause the entry's {@code @cause}, or null (TEI puts it on readings; kept for encodings that put it here)
 * @param details the entry's {@code witDetail}s that belong to none of its readings (their {@code @wit} names none
 *        of the readings' witnesses)
 */
public record ApparatusEntry(String id, int number, boolean hasXmlId, int start, int end, int line, int column,
        Optional<Reading> lemma, List<Reading> readings, String type, String cause, List<WitnessDetail> details) {

    public ApparatusEntry {
        readings = List.copyOf(readings);
        details = List.copyOf(details);
    }

    /** An entry without details of its own. */
    public ApparatusEntry(String id, int number, boolean hasXmlId, int start, int end, int line, int column,
            Optional<Reading> lemma, List<Reading> readings, String type, String cause) {
        this(id, number, hasXmlId, start, end, line, column, lemma, readings, type, cause, List.of());
    }

    /** The lemma's text, "" when there is no lemma. */
    public String lemmaText() {
        return lemma.map(Reading::text).orElse("");
    }

    /** The reading that names a witness, if any. */
    public Optional<Reading> readingOf(String witness) {
        return readings.stream().filter(r -> r.names(witness)).findFirst();
    }
}
