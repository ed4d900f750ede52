package org.siglum.collation;

import java.util.List;

/**
 * The result of collating witnesses.
 *
 * @param witnesses the witnesses, the base text first
 * @param places the variant places in the order of the base text
 */
public record Collation(List<Witness> witnesses, List<VariantPlace> places) {
    public Collation {
        witnesses = List.copyOf(witnesses);
        places = List.copyOf(places);
    }

    /** The base text (the first witness). */
    public Witness base() {
        return witnesses.get(0);
    }
}
