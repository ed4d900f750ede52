package org.siglum.citations;

/**
 * A person or body in a bibliographic entry. Either a {@code literal} (kept and printed as written, never inverted:
 * Thai names, organisations), or a {@code family} name with an optional {@code given} name.
 */
public record BibName(String family, String given, String literal) {

    /** A name printed as written, never split or inverted. */
    public static BibName literal(String text) {
        return new BibName(null, null, text);
    }

    /** A family name with given names. */
    public static BibName of(String given, String family) {
        return new BibName(family, given, null);
    }

    /** Whether this name is kept as written. */
    public boolean isLiteral() {
        return literal != null;
    }

    /** The name in reading order ("J. V. Stalin", "ชาญวิทย์ เกษตรศิริ"). */
    public String display() {
        if (literal != null) {
            return literal;
        }
        return given == null || given.isBlank() ? family : given + " " + family;
    }
}
