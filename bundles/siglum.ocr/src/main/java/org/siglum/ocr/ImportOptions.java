package org.siglum.ocr;

import java.util.Objects;

/**
 * How an OCR text is imported.
 *
 * @param language the main language of the text, an {@code xml:lang} tag ({@code th})
 * @param siglum the OCR witness's id ({@code OCR}); its layout (page and line breaks) is marked {@code edRef="#ID"}
 * @param title the edition's title, or null to take the chapter heading found in the text
 * @param source where the text came from (a file name), for the witness's description; may be null
 */
public record ImportOptions(String language, String siglum, String title, String source) {

    public ImportOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(siglum, "siglum");
        if (!siglum.matches("[\\p{L}_][\\p{L}\\p{N}._-]*")) {
            throw new IllegalArgumentException("a siglum must be an XML name (letters, digits, . _ -), not '" + siglum + "'");
        }
        if (!language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            throw new IllegalArgumentException("a language must be a language tag such as th or en, not '" + language + "'");
        }
    }

    /** Thai, witness {@code OCR}, title from the text. */
    public static ImportOptions defaults() {
        return new ImportOptions("th", "OCR", null, null);
    }

    public ImportOptions withTitle(String newTitle) {
        return new ImportOptions(language, siglum, newTitle, source);
    }

    public ImportOptions withSource(String newSource) {
        return new ImportOptions(language, siglum, title, newSource);
    }
}
