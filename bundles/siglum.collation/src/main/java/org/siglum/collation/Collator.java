package org.siglum.collation;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Aligns witnesses against the first one and reports where they differ. */
@ProviderType
public interface Collator {

    /**
     * Collates witnesses.
     *
     * @param witnesses at least two; the first is the base text
     * @param options language and the like
     * @return the variant places, in the base text's order
     * @throws IllegalArgumentException for fewer than two witnesses or two with the same id
     */
    Collation collate(List<Witness> witnesses, CollationOptions options);
}
