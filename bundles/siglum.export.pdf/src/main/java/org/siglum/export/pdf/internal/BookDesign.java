package org.siglum.export.pdf.internal;

import static org.siglum.export.pdf.internal.Dom.FO;

import java.util.LinkedHashMap;
import java.util.Map;

import org.siglum.export.ExportException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The print edition's design: the page's margins and header, the gutters for line numbers and the source's pages,
 * the type, and how each kind of block is set. Both passes use it, so that pass 2 prints the lines pass 1 broke.
 */
final class BookDesign {

    private static final double MPT_PER_MM = 72000 / 25.4;

    // page geometry (mm): margins, the header above the body
    private static final int MARGIN_TOP = 12;
    private static final int MARGIN_BOTTOM = 14;
    private static final int MARGIN_SIDE = 14;
    private static final int HEADER = 9;
    static final String NUMBER_GUTTER = "9mm";
    static final String PAGE_GUTTER = "11mm";

    private final PageFormat format;
    private final String fontFamily;
    private final String language;
    private final boolean rightToLeft;
    private final ScriptRuns scriptRuns;

    /** A Thai book (the default engine's fonts). */
    BookDesign(PageFormat format) {
        this(format, FopEngine.FONT_FAMILY, FontCoverage.NONE, "th", false);
    }

    /**
     * A book in {@code fontFamily} (a chain FOP falls back along per character) whose text is in {@code language};
     * with {@code rightToLeft}, lines run from the right and line numbers stand at the right.
     */
    BookDesign(PageFormat format, String fontFamily, FontCoverage coverage, String language, boolean rightToLeft) {
        this.format = format;
        this.scriptRuns = new ScriptRuns(coverage);
        this.fontFamily = fontFamily;
        this.language = language;
        this.rightToLeft = rightToLeft;
    }

    /** Formatting objects parsed for FOP: Thai word breaks, and each word in one font ({@link ScriptRuns}). */
    Document parse(String fo) throws ExportException {
        Document doc = Dom.parse(fo, true);
        scriptRuns.separate(doc.getDocumentElement());
        return doc;
    }

    /** Separates the font runs of a galley (its text goes to FOP in pass 1, its apparatus and notes in pass 2). */
    void separateScripts(Document galley) {
        scriptRuns.separate(galley.getDocumentElement());
    }

    /** The attributes a page-sequence needs for the book's direction ("" for left to right). */
    String direction() {
        return rightToLeft ? " writing-mode=\"rl-tb\"" : "";
    }

    /**
     * How many characters of the running head's 8.5 pt type fit on its line: the text width over a generous average
     * advance (1.9 mm, as wide as Syriac or Devanagari set; Latin and Thai take less).
     */
    int headerCharacters() {
        return (int) ((format.widthMm - 2 * MARGIN_SIDE) / 1.9);
    }

    /** The height of a page's body in millipoints, the unit of FOP's area tree. */
    double bodyMpt() {
        return (format.heightMm - MARGIN_TOP - MARGIN_BOTTOM - HEADER) * MPT_PER_MM;
    }

    /** Opens an {@code fo:root} with the book's type and its page master {@code page}; the caller closes it. */
    void openRoot(StringBuilder fo) {
        double w = format.widthMm;
        double h = format.heightMm;
        fo.append("<fo:root xmlns:fo=\"").append(FO).append("\" font-family=\"").append(fontFamily)
                .append("\" font-size=\"11pt\" line-height=\"1.6\" line-height-shift-adjustment=\"disregard-shifts\""
                        + " xml:lang=\"" + org.siglum.core.Xml.escapeAttribute(language) + "\"><fo:layout-master-set><fo:simple-page-master"
                        + direction() + " master-name=\"page\""
                        + " page-width=\"" + w + "mm\" page-height=\"" + h + "mm\" margin-top=\"" + MARGIN_TOP
                        + "mm\" margin-bottom=\"" + MARGIN_BOTTOM + "mm\" margin-left=\"" + MARGIN_SIDE
                        + "mm\" margin-right=\"" + MARGIN_SIDE + "mm\"><fo:region-body" + direction() + " margin-top=\"" + HEADER
                        + "mm\"/><fo:region-before" + direction() + " extent=\"" + (HEADER - 2)
                        + "mm\"/></fo:simple-page-master></fo:layout-master-set>");
    }

    /**
     * How a block of the galley's {@code kind} (head1 to head9, p, line, speaker, note) is set, as formatting-object
     * attributes in order: headings bold, paragraphs indented, lines (verse, items, rows) at the margin, endnotes
     * smaller.
     */
    static Map<String, String> attributes(String kind) {
        Map<String, String> attributes = new LinkedHashMap<>();
        switch (kind) {
        case "head1" -> {
            attributes.put("font-size", "15pt");
            attributes.put("font-weight", "bold");
        }
        case "head2" -> {
            attributes.put("font-size", "12.5pt");
            attributes.put("font-weight", "bold");
        }
        case "head3", "head4", "head5", "head6", "head7", "head8", "head9", "speaker" ->
            attributes.put("font-weight", "bold");
        // verse lines, list items, table rows, captions: each starts at the margin
        case "line" -> {
        }
        case "note" -> attributes.put("font-size", "9.5pt");
        default -> attributes.put("text-indent", "6mm");
        }
        return attributes;
    }

    /** Sets a block as its {@code kind}. */
    static void style(Element block, String kind) {
        attributes(kind).forEach(block::setAttribute);
    }
}
