package org.siglum.collation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A place where at least one witness differs from the base text (not in white space only).
 *
 * @param readings one per witness, in the order the witnesses were given; the first is the base text's (the lemma)
 */
public record VariantPlace(List<Reading> readings) {

    public VariantPlace {
        readings = List.copyOf(readings);
    }

    /** The base text's reading. */
    public Reading lemma() {
        return readings.get(0);
    }

    /**
     * The witnesses grouped by reading: the first group reads as the base text, then each different reading with the
     * witnesses that share it (compared without white space), in order of first appearance.
     */
    public List<List<Reading>> groups() {
        Map<String, List<Reading>> groups = new LinkedHashMap<>();
        for (Reading r : readings) {
            groups.computeIfAbsent(normalise(r.text()), k -> new ArrayList<>()).add(r);
        }
        return new ArrayList<>(groups.values());
    }

    /** A reading as compared: without white space (Thai has none between words; a space is no variant). */
    public static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !(Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B
                || cp == 0xFEFF)).forEach(b::appendCodePoint);
        return b.toString();
    }
}
