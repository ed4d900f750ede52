package org.siglum.collation;

/**
 * How to collate.
 *
 * @param language the language of the witnesses for word segmentation, a BCP 47 tag such as {@code th}
 */
public record CollationOptions(String language) {

    /** Thai. */
    public static CollationOptions thai() {
        return new CollationOptions("th");
    }
}
