package org.siglum.ocr.internal;

import java.util.List;

import org.siglum.core.Xml;
import org.siglum.ocr.ImportOptions;

/** Writes the edition: header, then the body as the importer walks the blocks. Text is escaped, never changed. */
final class TeiWriter {
    private static final String SUPERSCRIPTS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    private final ImportOptions options;
    private final ThaiWords words;
    private final String edRef;
    private final StringBuilder body = new StringBuilder();
    private boolean inSection;
    private boolean inParagraph;
    private boolean headOpen;
    private boolean chapterHasBlock;
    private boolean sectionHasBlock;
    private int notes;
    /** Latin runs are marked in Thai text only (an English text would be all foreign). */
    private final boolean markLatin;
    private final java.util.Set<String> languages = new java.util.TreeSet<>();
    /** Printed line breaks: the OCR witness's ({@code lb edRef}), or with --keep-lines the edition's too. */
    private final String lineRef;
    private final String source;
    /** The numbers of the footnotes found at the foot of the page being written, and the anchors of their markers. */
    private java.util.Set<String> pageNotes = java.util.Set.of();
    private final java.util.Map<String, String> pageAnchors = new java.util.HashMap<>();
    private int paragraphs;
    private int lineCount;
    private int headings;
    private int furniture;
    private int footnotes;
    private int pages;
    private boolean inNote;

    TeiWriter(ImportOptions options, ThaiWords words) {
        this(options, words, false);
    }

    TeiWriter(ImportOptions options, ThaiWords words, boolean keepLines) {
        this.options = options;
        this.words = words;
        this.markLatin = options.language().equals("th") || options.language().startsWith("th-");
        this.edRef = " edRef=\"#" + options.siglum() + "\"";
        this.lineRef = keepLines ? "" : edRef;
        this.source = " source=\"#" + options.siglum() + "\"";
        body.append("      <div type=\"chapter\">\n");
    }

    private org.siglum.ocr.PageSeparation book;

    /** The text is a book whose pages were found (told apart as said): the header describes that import. */
    void book(org.siglum.ocr.PageSeparation separation) {
        this.book = separation;
    }

    int paragraphs() {
        return paragraphs;
    }

    int lineCount() {
        return lineCount;
    }

    int headings() {
        return headings;
    }

    int furniture() {
        return furniture;
    }

    int footnotes() {
        return footnotes;
    }

    /** Pages begun by a pb, and the first. */
    int pages() {
        return pages + 1;
    }

    boolean inParagraph() {
        return inParagraph;
    }

    static boolean superscriptDigit(int c) {
        return SUPERSCRIPTS.indexOf(c) >= 0;
    }

    /** The value of a superscript digit, or -1. */
    static int superscriptValue(int c) {
        return SUPERSCRIPTS.indexOf(c);
    }

    void chapterHead(List<String> lines) {
        headings++;
        body.append("        <head>");
        headOpen = true;
        lines(lines);
    }

    /** The running head repeats the title on the OCR's page: a reading of the OCR witness that the edition omits. */
    void runningHead(List<String> lines) {
        furniture++;
        body.append("<app type=\"running-head\"><lem/><rdg wit=\"#").append(options.siglum())
                .append("\" cause=\"layout\"><pb").append(edRef).append("/>");
        lines(lines);
        body.append("</rdg></app>");
    }

    void endHead() {
        if (headOpen) {
            body.append("</head>\n");
            headOpen = false;
        }
    }

    void section(List<String> lines) {
        closeSection();
        headings++;
        body.append("        <div type=\"section\">\n          <head>");
        lines(lines);
        body.append("</head>\n");
        inSection = true;
        sectionHasBlock = false;
    }

    private void closeSection() {
        if (inSection) {
            if (!sectionHasBlock) {
                body.append("          <p/>\n");
            }
            body.append("        </div>\n");
            inSection = false;
        }
    }

    void startParagraph() {
        body.append(inSection ? "          <p>" : "        <p>");
        inParagraph = true;
        paragraphs++;
        if (inSection) {
            sectionHasBlock = true;
        } else {
            chapterHasBlock = true;
        }
    }

    void endParagraph() {
        body.append("</p>\n");
        inParagraph = false;
    }

    /** A page break inside the paragraph: the OCR witness's layout. */
    void pageBreak(boolean inWord) {
        pages++;
        body.append("<pb").append(edRef).append(inWord ? " break=\"no\"" : "").append("/>");
    }

    /**
     * A page of a book begins: a pb with the number printed on the page, if any, inside the paragraph that runs on
     * over it or between blocks. The first page's pb is not counted as a break.
     */
    void page(String number, boolean inWord, boolean first) {
        if (!first) {
            pages++;
        }
        body.append(inParagraph ? "" : indent()).append("<pb");
        if (number != null) {
            body.append(" n=\"");
            Xml.appendAttribute(body, number, '"');
            body.append('"');
        }
        body.append(edRef).append(inWord ? " break=\"no\"" : "").append("/>").append(inParagraph ? "" : "\n");
        pageAnchors.clear();
    }

    private String indent() {
        return inSection ? "          " : "        ";
    }

    /**
     * A running head or page number printed on the OCR's page: after its lb, the page number and the rest each an
     * fw (pageNum, and header at the top of a page or footer at the foot), the space between kept in the first.
     */
    void fw(String line, boolean top, boolean inWord) {
        body.append(inParagraph ? "" : indent()).append("<lb").append(edRef).append(inWord ? " break=\"no\"" : "")
                .append("/>");
        lineCount++;
        String type = top ? "header" : "footer";
        int[] number = BookPages.numberAt(line);
        if (number == null) {
            fwElement(type, line, 0, line.length());
        } else if (number[0] > 0 && !line.substring(0, number[0]).isBlank()) {
            // text, then the number: the space between stays in the text
            fwElement(type, line, 0, number[0]);
            fwElement("pageNum", line, number[0], line.length());
        } else {
            int rest = number[1]; // the number with the space before and after it
            while (rest < line.length() && Character.isWhitespace(line.charAt(rest))) {
                rest++;
            }
            fwElement("pageNum", line, 0, rest);
            if (rest < line.length()) {
                fwElement(type, line, rest, line.length());
            }
        }
        body.append(inParagraph ? "" : "\n");
    }

    /**
     * Specks the OCR read among a page's furniture (between its foot line and the next page's running head): a line
     * of the OCR witness that is not the edition's text, kept as {@code fw type="specks"} of that witness.
     */
    void specks(String line) {
        body.append(inParagraph ? "" : indent()).append("<lb").append(edRef).append("/>");
        lineCount++;
        body.append("<fw type=\"specks\"").append(source).append('>');
        inline(line);
        body.append("</fw>").append(inParagraph ? "" : "\n");
    }

    private void fwElement(String type, String s, int from, int to) {
        if (!type.equals("pageNum") && BookImport.noise(s.substring(from, to))) {
            type = "specks"; // the OCR read specks beside the page number
        } else {
            furniture++;
        }
        body.append("<fw type=\"").append(type).append('"').append(source).append('>');
        inline(s.substring(from, to));
        body.append("</fw>");
    }

    /**
     * The numbers of the footnotes at the foot of the page about to be written: a superscript marker of one of them
     * becomes an anchor that the note points at.
     */
    void pageNotes(java.util.Set<String> numbers) {
        pageNotes = numbers;
    }

    /** A footnote printed at the foot of the OCR's page, with its number as printed: the OCR witness reads it. */
    void note(String number, List<String> lines) {
        footnotes++;
        body.append(inParagraph ? "" : indent()).append("<note place=\"foot\"").append(source);
        if (number != null) {
            // the number as printed, superscript digits as digits
            body.append(" n=\"").append(number.codePoints().anyMatch(TeiWriter::superscriptDigit)
                    ? BookPages.ascii(number) : number).append('"');
            String anchor = pageAnchors.get(BookPages.ascii(number));
            if (anchor != null) {
                body.append(" target=\"#").append(anchor).append('"');
            }
        }
        body.append('>');
        inNote = true;
        for (int k = 0; k < lines.size(); k++) {
            body.append("<lb").append(lineRef).append(k > 0 && words.splitsWord(lines.get(k - 1), lines.get(k))
                    ? " break=\"no\"" : "").append("/>");
            lineCount++;
            int end = k == 0 ? NoteNumbers.end(lines.get(0)) : -1;
            if (end > 0) {
                // the printed number is the page's, not the note's text: the edition numbers its notes itself
                body.append("<fw type=\"noteNum\"").append(source).append('>');
                inline(lines.get(0).substring(0, end));
                body.append("</fw>");
                inline(lines.get(0).substring(end));
            } else {
                inline(lines.get(k));
            }
        }
        inNote = false;
        body.append("</note>").append(inParagraph ? "" : "\n");
    }

    /** The lines of a paragraph that goes on after a page break or a blank line: the first after an lb too. */
    void linesAfterBreak(List<String> lines, boolean inWord) {
        body.append("<lb").append(lineRef).append(inWord ? " break=\"no\"" : "").append("/>");
        lines(lines);
    }

    /** The lines of a block, with an lb for each hard line break. */
    void lines(List<String> lines) {
        for (int k = 0; k < lines.size(); k++) {
            if (k > 0) {
                boolean inWord = words.splitsWord(lines.get(k - 1), lines.get(k));
                body.append("<lb").append(lineRef).append(inWord ? " break=\"no\"" : "").append("/>");
            }
            lineCount++;
            inline(lines.get(k));
        }
    }

    /** Text with note markers as anchors, runs of other scripts as foreign, and characters XML cannot hold as gaps. */
    private void inline(String s) {
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (superscriptDigit(c) && !inNote) {
                int j = i;
                StringBuilder n = new StringBuilder();
                while (j < s.length() && superscriptDigit(s.charAt(j))) {
                    n.append((char) ('0' + SUPERSCRIPTS.indexOf(s.charAt(j))));
                    j++;
                }
                notes++;
                body.append("<anchor xml:id=\"a").append(notes).append("\" type=\"note\" n=\"").append(n)
                        .append("\"/>");
                if (!inNote && pageNotes.contains(n.toString()) && !pageAnchors.containsKey(n.toString())) {
                    pageAnchors.put(n.toString(), "a" + notes); // the note at the page's foot points here
                } else {
                    body.append("<note xml:id=\"n").append(notes).append("\" place=\"foot\" n=\"").append(n)
                            .append("\" target=\"#a").append(notes).append("\"/>");
                }
                i = j;
                continue;
            }
            String lang = script(c);
            if (lang != null) {
                int j = runEnd(s, i, lang);
                body.append("<foreign xml:lang=\"").append(lang).append("\">");
                text(s, i, j);
                body.append("</foreign>");
                i = j;
                continue;
            }
            int j = i + Character.charCount(c);
            while (j < s.length()) {
                int d = s.codePointAt(j);
                if (superscriptDigit(d) && !inNote || script(d) != null) {
                    break;
                }
                j += Character.charCount(d);
            }
            text(s, i, j);
            i = j;
        }
    }

    /** The language of a run that starts with c: Latin letters in Thai text, Bengali or Arabic letters. */
    private String script(int c) {
        String lang = block(c);
        if (lang == null && markLatin && Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
            lang = "en";
        }
        if (lang != null) {
            languages.add(lang);
        }
        return lang;
    }

    /**
     * The end of a run of one script that starts at i: letters of that script, with the marks, digits, spaces and
     * word punctuation between them, ending after the last letter (or a full stop right after it, as in N.E.P.).
     */
    private int runEnd(String s, int i, String lang) {
        if (!lang.equals("en")) {
            int j = i;
            while (j < s.length() && lang.equals(block(s.charAt(j)))) {
                j++;
            }
            return j;
        }
        int end = i + Character.charCount(s.codePointAt(i));
        int j = end;
        while (j < s.length()) {
            int c = s.codePointAt(j);
            if ((Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK)
                    && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                j += Character.charCount(c);
                end = j;
            } else if (c == ' ' || c == '.' || c == ',' || c == '-' || c == '\'' || c == '\u2019' || c >= '0' && c <= '9') {
                if (c == '.' && end == j) {
                    end = j + 1; // a full stop right after a letter belongs to the run (N.E.P.)
                }
                j++;
            } else {
                break;
            }
        }
        return end;
    }

    /** bn or ar for a character of the Bengali or Arabic block, else null. */
    private static String block(int c) {
        if (c >= 0x0980 && c <= 0x09FF) {
            return "bn";
        }
        if (c >= 0x0600 && c <= 0x06FF) {
            return "ar";
        }
        return null;
    }

    /** Escaped text; a character XML 1.0 cannot hold becomes a gap that names it, so that the import loses nothing. */
    private void text(String s, int from, int to) {
        int run = from;
        for (int i = from; i < to; ) {
            int c = s.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!Xml.isXmlChar(c)) {
                Xml.appendText(body, s.subSequence(run, i));
                body.append("<gap reason=\"control-character\" n=\"U+").append(String.format("%04X", c)).append("\"/>");
                run = next;
            }
            i = next;
        }
        Xml.appendText(body, s.subSequence(run, to));
    }

    String finish(String title) {
        endHead();
        if (inParagraph) {
            endParagraph();
        }
        closeSection();
        if (!chapterHasBlock && !body.toString().contains("<div type=\"section\">")) {
            body.append("        <p/>\n");
        }
        body.append("      </div>\n");
        String sigil = options.siglum();
        StringBuilder x = new StringBuilder(body.length() + 2000);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"").append(options.language()).append("\">\n")
                .append("  <teiHeader>\n    <fileDesc>\n      <titleStmt>\n        <title>");
        headerText(x, title);
        x.append("</title>\n      </titleStmt>\n")
                .append("      <publicationStmt>\n        <p>Imported from OCR by Siglum; not published.</p>\n      </publicationStmt>\n")
                .append("      <sourceDesc>\n        <listWit>\n          <witness xml:id=\"").append(sigil).append("\">OCR text");
        if (options.source() != null) {
            x.append(" of ");
            headerText(x, options.source());
        }
        x.append(", as imported: its page breaks, line breaks and note markers are kept</witness>\n")
                .append("        </listWit>\n      </sourceDesc>\n    </fileDesc>\n")
                .append("    <encodingDesc>\n      <editorialDecl>\n")
                .append(book != null ? bookDecl(sigil) : plainDecl(sigil))
                .append("      </editorialDecl>\n")
                .append("      <variantEncoding method=\"parallel-segmentation\" location=\"internal\"/>\n")
                .append("    </encodingDesc>\n    <profileDesc>\n      <langUsage>\n")
                .append("        <language ident=\"").append(options.language()).append("\">the text</language>\n");
        if (languages.contains("en")) {
            x.append("        <language ident=\"en\">Latin-script glosses</language>\n");
        }
        if (languages.contains("bn")) {
            x.append("        <language ident=\"bn\">Bengali letters misread by the OCR</language>\n");
        }
        if (languages.contains("ar")) {
            x.append("        <language ident=\"ar\">Arabic letters misread by the OCR</language>\n");
        }
        x.append("      </langUsage>\n    </profileDesc>\n  </teiHeader>\n  <text>\n    <body>\n")
                .append(body)
                .append("    </body>\n  </text>\n</TEI>\n");
        return x.toString();
    }

    private static String plainDecl(String sigil) {
        return new StringBuilder()
                .append("        <p>Imported from plain OCR text. Blank lines end paragraphs, except where a page break split one:\n")
                .append("          there the paragraph goes on after a pb. Hard line breaks inside a paragraph are lb. Page and line\n")
                .append("          breaks are the layout of witness ").append(sigil).append(" (edRef=\"#").append(sigil)
                .append("\"); break=\"no\" where one splits a word.\n")
                .append("          Superscript note markers are note anchors whose n is the number printed in the source; the\n")
                .append("          note's n is the edition's number. Runs of Latin, Bengali and Arabic letters are foreign.\n")
                .append("          A repeated running head is a reading of ").append(sigil).append(" that the edition omits.\n")
                .append("          A character XML cannot hold is a gap with reason control-character whose n names it.</p>\n")
                .toString();
    }

    private String bookDecl(String sigil) {
        return "        <p>Imported from the plain OCR text of a book, its pages told apart "
                + (book == org.siglum.ocr.PageSeparation.FORM_FEED ? "by form feeds" : "at blank lines by their running heads and page numbers")
                + ". Each page\n          begins with a pb whose n is the page number as the OCR read it; running heads and page numbers are\n"
                + "          fw (header, footer, pageNum) of witness " + sigil + " (source=\"#" + sigil + "\"), each after the lb of its line.\n"
                + "          Printed lines are joined into paragraphs: a paragraph ends at a blank line, a short line or before an\n"
                + "          indented one, and runs on over a page break or a blank line that falls mid-sentence or mid-word, or\n"
                + "          over a page break after a full line. Page and line breaks are the layout of witness " + sigil
                + "\n          (edRef=\"#" + sigil + "\"); break=\"no\" where one splits a word. Blocks at a page's foot that begin with the\n"
                + "          next note number are footnotes of the page (note place=\"foot\" source=\"#" + sigil + "\", the number kept in\n"
                + "          their text), pointed at a superscript marker where the page has one. Runs of Latin, Bengali and\n"
                + "          Arabic letters are foreign; a character XML cannot hold is a gap with reason control-character.</p>\n";
    }

    /** Header text on one line: line breaks, tabs and characters XML cannot hold as spaces, the rest escaped. */
    private static void headerText(StringBuilder x, String s) {
        StringBuilder line = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Xml.isXmlChar(c) && c != '\r' && c != '\n' && c != '\t') {
                line.appendCodePoint(c);
            } else {
                line.append(' ');
            }
        });
        Xml.appendText(x, line);
    }
}
