package org.siglum.ocr;

import java.util.Locale;
import java.util.Objects;

/**
 * How an OCR export is imported.
 *
 * @param language the main language of the text, an {@code xml:lang} tag ({@code th})
 * @param siglum the OCR witness's id ({@code OCR}); its layout (page and line breaks, running heads) is marked
 *        {@code edRef="#ID"}
 * @param title the edition's title, or null to take the chapter heading found in the text
 * @param source where the text came from (a file name), for the witness's description; may be null
 * @param pages how a plain text is cut into pages (formats with pages of their own ignore it)
 * @param keepLines every line break is the text's own (verse, lists): each becomes an {@code lb} of every witness
 *        and no lines are joined into paragraphs
 */
public record ImportOptions(String language, String siglum, String title, String source, Pages pages,
        boolean keepLines) {

    /** Where a plain text's pages end. */
    public enum Pages {
        /** From the evidence: form feeds if there are any, else running heads and page numbers in sequence. */
        AUTO,
        /** Each form feed (U+000C) ends a page, as Tesseract writes a multi-page text. */
        FORM_FEED,
        /** Each blank line ends a page (an export that separates pages, not paragraphs, by blank lines). */
        BLANK_LINE,
        /** At the running heads and page numbers found, nothing else. */
        FURNITURE,
        /** One page. */
        NONE;

        /** The option's spelling on the command line: {@code blank-line}. */
        public String spelling() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The rule spelled {@code blank-line}, {@code form-feed}, ...; IllegalArgumentException if none is. */
        public static Pages of(String spelling) {
            for (Pages p : values()) {
                if (p.spelling().equals(spelling)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("--pages is one of auto, form-feed, blank-line, furniture, none, not '"
                    + spelling + "'");
        }
    }

    public ImportOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(siglum, "siglum");
        Objects.requireNonNull(pages, "pages");
        if (!siglum.matches("[\\p{L}_][\\p{L}\\p{N}._-]*")) {
            throw new IllegalArgumentException("a siglum must be an XML name (letters, digits, . _ -), not '" + siglum + "'");
        }
        if (!language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            throw new IllegalArgumentException("a language must be a language tag such as th or en, not '" + language + "'");
        }
    }

    /** Pages from the evidence, lines joined into paragraphs. */
    public ImportOptions(String language, String siglum, String title, String source) {
        this(language, siglum, title, source, Pages.AUTO, false);
    }

    /** Thai, witness {@code OCR}, title from the text. */
    public static ImportOptions defaults() {
        return new ImportOptions("th", "OCR", null, null);
    }

    public ImportOptions withTitle(String newTitle) {
        return new ImportOptions(language, siglum, newTitle, source, pages, keepLines);
    }

    public ImportOptions withSource(String newSource) {
        return new ImportOptions(language, siglum, title, newSource, pages, keepLines);
    }

    public ImportOptions withPages(Pages newPages) {
        return new ImportOptions(language, siglum, title, source, newPages, keepLines);
    }

    public ImportOptions withKeepLines(boolean keep) {
        return new ImportOptions(language, siglum, title, source, pages, keep);
    }
}
