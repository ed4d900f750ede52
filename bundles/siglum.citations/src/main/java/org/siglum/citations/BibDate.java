package org.siglum.citations;

/**
 * When a work appeared: a Gregorian {@code year} (may be null) and the text as the source gives it ({@code text}, e.g.
 * "พ.ศ. 2516" for a Buddhist Era year), which styles print in place of the year when it differs from it.
 */
public record BibDate(Integer year, String text) {

    /** A plain Gregorian year. */
    public static BibDate year(int year) {
        return new BibDate(year, String.valueOf(year));
    }

    /** Whether the source gives the date other than as its Gregorian year (a B.E. year, "n.d.", a season). */
    public boolean isLiteral() {
        return text != null && (year == null || !text.equals(String.valueOf(year)));
    }
}
