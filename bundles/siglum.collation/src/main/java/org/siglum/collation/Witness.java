package org.siglum.collation;

import java.util.Objects;

/**
 * A witness to collate.
 *
 * @param id its siglum, e.g. {@code A} or {@code OCR} (used as {@code xml:id}, so an XML name)
 * @param text its full text
 */
public record Witness(String id, String text) {
    public Witness {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
