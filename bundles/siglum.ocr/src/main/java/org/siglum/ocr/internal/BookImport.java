package org.siglum.ocr.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.siglum.ocr.ImportOptions;
import org.siglum.ocr.OcrImport;
import org.siglum.ocr.internal.OcrPage.Line;
import org.siglum.ocr.internal.OcrPage.Role;
import org.siglum.ocr.internal.OcrPage.Token;

/**
 * The edition of a book's pages (decisions 0046 and 0047): furniture found over all pages, footnotes at each page's
 * foot, printed lines joined into paragraphs by the layout's evidence, headings, and the facsimile where the pages
 * have boxes. Every character of every line is written once, in reading order: the OCR witness gives it back.
 */
final class BookImport {
    /** A line is short (ends its paragraph) below this share of a full line. */
    static final double SHORT = 0.8;
    /** A heading is a one-line paragraph shorter than this share of a full line... */
    static final double HEADING_SHORT = 0.6;
    /** ...of at most this many characters. */
    static final int HEADING_MAX = 60;
    /** Notes are set apart by a gap wider than this share of the page's line pitch (boxes only). */
    static final double NOTE_GAP = 0.6;
    /** A note line is smaller than this share of the page's body lines (boxes only). */
    static final double NOTE_SIZE = 0.85;
    private static final Pattern MARKER = Pattern.compile("^\\s*([\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+|[0-9]{1,3}(?=[\\s.)\\]])|[\u0E50-\u0E59]{1,3}(?=[\\s.)\\]]))");
    private static final Pattern RULE = Pattern.compile("^[\\s_\\-\u2013\u2014\u2500=.]{3,}$");
    private static final String SUPERSCRIPTS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    private final List<OcrPage> pages;
    private final ImportOptions options;
    private final boolean boxes;
    private final ThaiWords words = new ThaiWords();
    private final List<String> remarks;

    BookImport(List<OcrPage> pages, ImportOptions options, List<String> remarks) {
        this.pages = pages;
        this.options = options;
        this.remarks = remarks;
        this.boxes = !pages.isEmpty() && pages.stream().allMatch(OcrPage::hasBoxes);
    }

    OcrImport write(String pageRule) {
        Furniture.Found furniture = Furniture.mark(pages);
        Map<OcrPage, Set<String>> notesAtFoot = footnotes();
        List<Line> body = new ArrayList<>();
        List<Integer> pageOf = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            for (Line l : pages.get(p).lines) {
                if (l.role == Role.BODY) {
                    body.add(l);
                    pageOf.add(p);
                }
            }
        }
        boolean[] starts = new boolean[body.size()];
        boolean[] heading = new boolean[body.size()];
        paragraphs(body, pageOf, starts, heading);

        TeiWriter out = new TeiWriter(options, words);
        String facsimile = boxes ? facsimile() : "";
        out.facsimile(facsimile);
        out.editorialDecl(decl());
        int paragraphs = 0;
        int headings = 0;
        int footnotes = 0;
        int lines = 0;
        int wordCount = 0;
        boolean headOpen = false;
        boolean noteOpen = false;
        boolean anyBlock = false;
        String title = null;
        StringBuilder headText = new StringBuilder();
        int k = 0;
        Line previousBody = null;
        for (int p = 0; p < pages.size(); p++) {
            OcrPage page = pages.get(p);
            if (headOpen) {
                out.closeHead();
                headOpen = false;
            }
            out.page(notesAtFoot.getOrDefault(page, Set.of()), page.number, page.surfaceId);
            for (Line line : page.lines) {
                lines++;
                for (Token t : line.tokens) {
                    if (!Double.isNaN(t.confidence())) {
                        wordCount++;
                    }
                }
                if (line.role != Role.FOOTNOTE && noteOpen) {
                    out.closeFootnote();
                    noteOpen = false;
                }
                if (line.role != Role.BODY && headOpen) {
                    out.closeHead();
                    headOpen = false;
                }
                switch (line.role) {
                    case HEADER -> out.fw("header", line.text, line.zoneId);
                    case PAGE_NUMBER -> out.fw("pageNum", line.text, line.zoneId);
                    case FOOTNOTE_RULE -> out.fw("rule", line.text, line.zoneId);
                    case HEADER_AND_NUMBER -> headAndNumber(out, line);
                    case FOOTNOTE -> {
                        Matcher m = MARKER.matcher(line.text);
                        boolean marker = m.find();
                        if (marker || !noteOpen) {
                            if (noteOpen) {
                                out.closeFootnote();
                            }
                            out.openFootnote(marker ? number(m.group(1)) : null);
                            noteOpen = true;
                            footnotes++;
                            if (line.zoneId != null) {
                                out.lineBreak(false, false, line.zoneId);
                            }
                        } else {
                            out.lineBreak(false, false, line.zoneId);
                        }
                        content(out, line);
                    }
                    case BODY -> {
                        boolean start = starts[k];
                        if (heading[k]) {
                            boolean continues = headOpen && !start;
                            if (!headOpen || !continues) {
                                if (headOpen) {
                                    out.closeHead();
                                }
                                if (out.inParagraph()) {
                                    out.endParagraph();
                                }
                                out.openHead(!anyBlock);
                                headOpen = true;
                                headings++;
                                if (title == null && !anyBlock) {
                                    headText.setLength(0);
                                }
                                lineStart(out, line, false, true);
                            } else {
                                lineStart(out, line, previousBody != null && words.splitsWord(previousBody.text, line.text), false);
                            }
                            if (!anyBlock) {
                                headText.append(headText.length() > 0 ? " " : "").append(line.text.strip());
                            }
                        } else {
                            if (headOpen) {
                                out.closeHead();
                                headOpen = false;
                                if (title == null && headText.length() > 0) {
                                    title = headText.toString();
                                }
                            }
                            if (start || !out.inParagraph()) {
                                if (out.inParagraph()) {
                                    out.endParagraph();
                                }
                                out.startParagraph();
                                paragraphs++;
                                anyBlock = true;
                                lineStart(out, line, false, true);
                            } else {
                                lineStart(out, line, words.splitsWord(previousBody.text, line.text), false);
                            }
                        }
                        content(out, line);
                        previousBody = line;
                        k++;
                    }
                    default -> throw new IllegalStateException(line.role.toString());
                }
            }
            if (noteOpen) {
                out.closeFootnote();
                noteOpen = false;
            }
        }
        if (headOpen) {
            out.closeHead();
            if (title == null && headText.length() > 0) {
                title = headText.toString();
            }
        }
        String docTitle = options.title() != null ? options.title() : title != null ? title
                : options.source() != null ? options.source() : "OCR import";
        int zones = boxes ? (int) pages.stream().flatMap(pg -> pg.lines.stream()).filter(l -> l.zoneId != null).count() : 0;
        return new OcrImport(out.finish(docTitle), pages.size(), pageRule, paragraphs, headings, furniture.heads(),
                furniture.numbers(), footnotes, lines, zones, wordCount, remarks);
    }

    /** The start of a line: nothing for a text's first line of a block, else an lb (with the line's zone). */
    private void lineStart(TeiWriter out, Line line, boolean inWord, boolean blockStart) {
        if (blockStart) {
            if (line.zoneId != null) {
                out.lineBreak(false, options.keepLines(), line.zoneId);
            }
            return;
        }
        out.lineBreak(inWord, options.keepLines(), line.zoneId);
    }

    private static void content(TeiWriter out, Line line) {
        List<String> zones = new ArrayList<>();
        for (int i = 0; i < line.tokens.size(); i++) {
            Token t = line.tokens.get(i);
            zones.add(line.zoneId != null && t.box() != null && !Double.isNaN(t.confidence()) ? line.zoneId + "-w" + (i + 1)
                    : null);
        }
        out.line(line.text, line.tokens, zones);
    }

    /** A running head and its number on one line, in the order printed. */
    private static void headAndNumber(TeiWriter out, Line line) {
        Matcher first = Furniture.NUMBER_FIRST.matcher(line.text);
        if (first.matches() && first.group(1).equals(line.number)) {
            out.fw("pageNum", first.group(1), line.zoneId);
            out.space(" ");
            out.fw("header", first.group(2), line.zoneId);
            return;
        }
        Matcher last = Furniture.NUMBER_LAST.matcher(line.text);
        if (last.matches()) {
            out.fw("header", last.group(1), line.zoneId);
            out.space(" ");
            out.fw("pageNum", last.group(2), line.zoneId);
            return;
        }
        out.fw("header", line.text, line.zoneId);
    }

    /** A note marker as the number it stands for (superscript digits as digits). */
    static String number(String marker) {
        StringBuilder n = new StringBuilder();
        for (int i = 0; i < marker.length(); i++) {
            char c = marker.charAt(i);
            int s = SUPERSCRIPTS.indexOf(c);
            n.append(s >= 0 ? (char) ('0' + s) : c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + c - '\u0E50') : c);
        }
        return n.toString();
    }

    /**
     * Footnotes: from the first body line of a page (not its first) that begins with a note marker whose number a
     * superscript marker above it on the page carries, or (with boxes) from the first such line set smaller than
     * the page's text when every line after it is as small, to the page's foot; a rule just above is the notes'.
     */
    private Map<OcrPage, Set<String>> footnotes() {
        Map<OcrPage, Set<String>> found = new HashMap<>();
        int lastNote = 0;
        for (OcrPage page : pages) {
            List<Line> b = new ArrayList<>();
            for (Line l : page.lines) {
                if (l.role == Role.BODY) {
                    b.add(l);
                }
            }
            double median = median(b.stream().mapToDouble(Line::height).filter(h -> h > 0).toArray());
            Set<String> above = new HashSet<>();
            int from = -1;
            for (int i = 0; i < b.size() && from < 0; i++) {
                Matcher m = MARKER.matcher(b.get(i).text);
                if (i > 0 && m.find()) {
                    String n = number(m.group(1));
                    boolean marked = above.contains(n);
                    boolean small = boxes && median > 0 && allSmall(b, i, median);
                    // set apart at the page's foot (a blank line, a block of its own, a wide gap), numbered next
                    boolean apart = b.get(i).block != b.get(i - 1).block || gapAbove(b, i) > NOTE_GAP * pitch(b);
                    boolean next = n.equals("1") || n.equals(String.valueOf(lastNote + 1));
                    boolean foot = 2 * i >= b.size();
                    if (marked || small || apart && next && foot) {
                        from = i;
                        break;
                    }
                }
                for (int c = 0; c < b.get(i).text.length(); c++) {
                    int j = c;
                    while (j < b.get(i).text.length() && SUPERSCRIPTS.indexOf(b.get(i).text.charAt(j)) >= 0) {
                        j++;
                    }
                    if (j > c) {
                        above.add(number(b.get(i).text.substring(c, j)));
                        c = j;
                    }
                }
            }
            if (from < 0) {
                continue;
            }
            Set<String> numbers = new HashSet<>();
            for (int i = from; i < b.size(); i++) {
                b.get(i).role = Role.FOOTNOTE;
                Matcher m = MARKER.matcher(b.get(i).text);
                if (m.find()) {
                    numbers.add(number(m.group(1)));
                    try {
                        lastNote = Integer.parseInt(number(m.group(1)));
                    } catch (NumberFormatException notDigits) {
                        // a marker of other digits: the sequence goes on from the last
                    }
                }
            }
            if (from > 1 && RULE.matcher(b.get(from - 1).text).matches()) {
                b.get(from - 1).role = Role.FOOTNOTE_RULE;
            }
            found.put(page, numbers);
        }
        return found;
    }

    /** The white space between a line and the one above it, in pixels (0 without boxes). */
    private static double gapAbove(List<Line> b, int i) {
        Line a = b.get(i - 1);
        Line l = b.get(i);
        return a.box == null || l.box == null ? 0 : l.box.uly() - a.box.lry();
    }

    /** The page's usual distance from one line's top to the next's (0 without boxes). */
    private static double pitch(List<Line> b) {
        double[] d = new double[Math.max(0, b.size() - 1)];
        int n = 0;
        for (int i = 1; i < b.size(); i++) {
            if (b.get(i).box != null && b.get(i - 1).box != null) {
                d[n++] = b.get(i).box.uly() - b.get(i - 1).box.uly();
            }
        }
        return n == 0 ? Double.MAX_VALUE : median(Arrays.copyOf(d, n));
    }

    private static boolean allSmall(List<Line> b, int from, double median) {
        for (int i = from; i < b.size(); i++) {
            if (b.get(i).height() <= 0 || b.get(i).height() >= NOTE_SIZE * median) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where paragraphs start and which lines are headings, from the layout: a new block (a blank line, a region) on
     * the same page, an indented line, a short line before it, or a sentence end on a line not quite full. With
     * {@code keepLines}, or where a text's lines are paragraphs already (no printed lines: a full line is longer
     * than {@link #PRINTED_MAX} characters), only blocks start paragraphs.
     */
    private void paragraphs(List<Line> body, List<Integer> pageOf, boolean[] starts, boolean[] heading) {
        int n = body.size();
        double[] frac = new double[n];
        boolean[] indented = new boolean[n];
        double full = 0;
        Map<Integer, double[]> margins = new HashMap<>();
        double medianHeight = 0;
        if (boxes) {
            medianHeight = median(body.stream().mapToDouble(Line::height).filter(h -> h > 0).toArray());
            for (int p = 0; p < pages.size(); p++) {
                List<Line> onPage = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (pageOf.get(i) == p && body.get(i).box != null) {
                        onPage.add(body.get(i));
                    }
                }
                double left = percentile(onPage.stream().mapToDouble(l -> l.box.ulx()).toArray(), 0.2);
                double right = percentile(onPage.stream().mapToDouble(l -> l.box.lrx()).toArray(), 0.8);
                margins.put(p, new double[] {left, right});
            }
            for (int i = 0; i < n; i++) {
                Line l = body.get(i);
                double[] m = margins.get(pageOf.get(i));
                if (l.box == null || m[1] <= m[0]) {
                    frac[i] = 1;
                    continue;
                }
                frac[i] = (l.box.lrx() - m[0]) / (m[1] - m[0]);
                indented[i] = l.box.ulx() - m[0] > 0.5 * medianHeight;
            }
        } else {
            double[] widths = new double[n];
            for (int i = 0; i < n; i++) {
                widths[i] = width(body.get(i));
            }
            full = percentile(widths, 0.75);
            Map<Integer, Integer> minIndent = new HashMap<>();
            for (int i = 0; i < n; i++) {
                minIndent.merge(pageOf.get(i), Math.max(0, body.get(i).indent), Math::min);
            }
            for (int i = 0; i < n; i++) {
                frac[i] = full > 0 ? widths[i] / full : 1;
                indented[i] = Math.max(0, body.get(i).indent) - minIndent.get(pageOf.get(i)) >= 2;
            }
        }
        boolean printed = boxes || full <= PRINTED_MAX;
        if (!printed) {
            remarks.add("the lines are paragraphs already (a full line is " + (int) full
                    + " characters): blank lines end paragraphs, each line break is kept");
        }
        PageBreaks breaks = new PageBreaks(words);
        // are the blocks paragraphs? Where they are (blank lines between paragraphs), the layout agrees at most
        // block ends: the line before is short, the one after indented, or a sentence ends; where they are the
        // engine's guesses (Tesseract's blocks), it does not
        int boundaries = 0;
        int agreed = 0;
        for (int i = 1; i < n; i++) {
            if (pageOf.get(i).equals(pageOf.get(i - 1)) && body.get(i).block != body.get(i - 1).block) {
                boundaries++;
                if (indented[i] || frac[i - 1] < SHORT || sentenceEnd(body.get(i - 1).text)) {
                    agreed++;
                }
            }
        }
        boolean blocksAreParagraphs = boundaries == 0 || agreed >= BLOCKS_AGREE * boundaries;
        if (printed && !options.keepLines() && boundaries > 0) {
            remarks.add(blocksAreParagraphs
                    ? "blocks are paragraphs: the layout agrees at " + agreed + " of " + boundaries + " block ends"
                    : "blocks are not paragraphs (the layout agrees at only " + agreed + " of " + boundaries
                            + " block ends): paragraphs from indentation, short lines and sentence ends");
        }
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                starts[i] = true;
                continue;
            }
            Line prev = body.get(i - 1);
            Line cur = body.get(i);
            boolean samePage = pageOf.get(i).equals(pageOf.get(i - 1));
            boolean newBlock = samePage && cur.block != prev.block;
            if (options.keepLines() || !printed) {
                starts[i] = newBlock || !samePage
                        && breaks.classify(prev.text, cur.text) == PageBreaks.Join.PARAGRAPH_END;
                continue;
            }
            starts[i] = newBlock && blocksAreParagraphs || indented[i] || frac[i - 1] < SHORT
                    || sentenceEnd(prev.text) && frac[i - 1] < 0.95;
        }
        for (int i = 0; i < n; i++) {
            Line l = body.get(i);
            boolean alone = (i + 1 == n || starts[i + 1]) && starts[i];
            String s = l.text.strip();
            boolean set = frac[i] < HEADING_SHORT;
            if (boxes && l.box != null) {
                // centred (as far from either margin, well inside both) or set larger than the text
                double[] m = margins.get(pageOf.get(i));
                double left = l.box.ulx() - m[0];
                double right = m[1] - l.box.lrx();
                set |= left > 2 * medianHeight && right > 2 * medianHeight && Math.abs(left - right) < 2 * medianHeight;
                set |= l.height() > 1.4 * medianHeight;
            }
            heading[i] = alone && !options.keepLines() && printed && set && s.length() <= HEADING_MAX
                    && s.codePoints().anyMatch(Character::isLetter) && !sentenceEnd(s) && !s.endsWith(",")
                    && s.codePoints().noneMatch(TeiWriter::superscriptDigit);
        }
        // two heading lines in a row on one page, in one block, are one heading
        for (int i = 1; i < n; i++) {
            if (heading[i] && heading[i - 1] && pageOf.get(i).equals(pageOf.get(i - 1))
                    && body.get(i).block == body.get(i - 1).block) {
                starts[i] = false;
            }
        }
    }

    /** Blocks are paragraphs when the layout agrees at this share of their ends. */
    static final double BLOCKS_AGREE = 0.6;

    /** A full line longer than this many characters is no printed line but a paragraph. */
    static final int PRINTED_MAX = 150;

    private static boolean sentenceEnd(String s) {
        String t = s.stripTrailing();
        return !t.isEmpty() && ".!?\u201D\"\u00BB".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** A plain line's width in characters as printed: its indentation and its letters, marks above and below not. */
    static double width(Line l) {
        int w = Math.max(0, l.indent);
        for (int i = 0; i < l.text.length(); i++) {
            int t = Character.getType(l.text.charAt(i));
            if (t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK) {
                w++;
            }
        }
        return w;
    }

    static double median(double[] v) {
        return percentile(v, 0.5);
    }

    static double percentile(double[] v, double q) {
        if (v.length == 0) {
            return 0;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(q * (s.length - 1) + 0.5))];
    }

    /** The facsimile: a surface per page with its graphic, a zone per line and per word with a confidence. */
    private String facsimile() {
        StringBuilder f = new StringBuilder("  <facsimile>\n");
        for (int p = 0; p < pages.size(); p++) {
            OcrPage page = pages.get(p);
            page.surfaceId = "s" + (p + 1);
            f.append("    <surface xml:id=\"").append(page.surfaceId).append("\" ulx=\"0\" uly=\"0\" lrx=\"")
                    .append(page.width).append("\" lry=\"").append(page.height).append("\">\n");
            if (page.imageUrl != null) {
                f.append("      <graphic url=\"");
                org.siglum.core.Xml.appendAttribute(f, page.imageUrl, '"');
                f.append("\" width=\"").append(page.width).append("px\" height=\"").append(page.height).append("px\"/>\n");
            }
            int li = 0;
            for (Line l : page.lines) {
                li++;
                if (l.box == null) {
                    continue;
                }
                l.zoneId = page.surfaceId + "-l" + li;
                zone(f, l.zoneId, "line", l.box, l.points, Double.NaN);
                for (int i = 0; i < l.tokens.size(); i++) {
                    Token t = l.tokens.get(i);
                    if (t.box() != null && !Double.isNaN(t.confidence())) {
                        zone(f, l.zoneId + "-w" + (i + 1), "word", t.box(), null, t.confidence());
                    }
                }
            }
            f.append("    </surface>\n");
        }
        return f.append("  </facsimile>\n").toString();
    }

    private static void zone(StringBuilder f, String id, String type, Box b, String points, double cert) {
        f.append("      <zone xml:id=\"").append(id).append("\" type=\"").append(type).append("\" ulx=\"")
                .append(b.ulx()).append("\" uly=\"").append(b.uly()).append("\" lrx=\"").append(b.lrx())
                .append("\" lry=\"").append(b.lry()).append('"');
        if (points != null) {
            f.append(" points=\"").append(points).append('"');
        }
        f.append("/>\n");
    }

    private String decl() {
        String s = options.siglum();
        return "Imported from OCR" + (boxes ? " with coordinates" : "") + ". Pages (pb, its n the printed number) and"
                + " their running heads and page numbers (fw type=\"header\", type=\"pageNum\") are the layout of"
                + " witness " + s + ", found over all pages (decision 0047). Printed lines are joined into paragraphs"
                + " by the layout (a new block, an indented line, a short line before it, a sentence end); their"
                + " breaks are lb edRef=\"#" + s + "\", break=\"no\" where one splits a word. Notes printed at the"
                + " foot of a page are notes there, source=\"#" + s + "\", pointing at their anchor."
                + (boxes ? " Each page is a surface with its image, each line a zone type=\"line\" (pb/@facs, lb/@facs,"
                        + " fw/@facs) in the image's pixels; a word the OCR gave a confidence is w/@cert (0-1) with a"
                        + " zone type=\"word\" (decision 0046)." : "");
    }
}
