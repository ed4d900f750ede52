package org.siglum.citations;

/** The forms formatted citations come in. */
public enum OutputFormat {
    /** Plain text. */
    TEXT,
    /** Well-formed XHTML fragments (numeric character references, no named entities). */
    HTML,
    /** XSL-FO fragments ({@code fo:inline} for notes, {@code fo:block} per bibliography entry). */
    FO
}
