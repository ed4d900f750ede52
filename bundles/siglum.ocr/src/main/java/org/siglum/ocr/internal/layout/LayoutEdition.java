package org.siglum.ocr.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.siglum.core.Xml;
import org.siglum.ocr.ImportOptions;
import org.siglum.ocr.LayoutFormat;
import org.siglum.ocr.LayoutImport;
import org.siglum.ocr.internal.NoteNumbers;
import org.siglum.ocr.internal.ThaiWords;

/**
 * Writes the edition of pages read from OCR with coordinates: the facsimile (a surface per page, a zone per line and
 * per run of unsure words) and the text, block by block in the roles {@link PageRoles} found, each printed line after
 * an {@code lb} pointing at its zone. A paragraph runs on over a page break where the page's last line is full and
 * the next page's first line is not indented. Text is escaped, never changed. See decision 0047.
 */
final class LayoutEdition {

    /** A page to write: its lines' texts computed, block by block. */
    record Page(OcrPage page, String imageUrl, List<List<LineTexts.Text>> texts) {
    }

    private static final String SENTENCE_END = ".!?;:\u0964\u0965\u17D4\u104B\u3002";

    private final ImportOptions options;
    private final double confidence;
    private final ThaiWords words = new ThaiWords();
    private final String edRef;
    /** The witness whose page prints a running head or a footnote (TEI att.global.source). */
    private final String source;
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder facsimile = new StringBuilder();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> surfaceOrder = new ArrayList<>();
    private final java.util.Map<String, StringBuilder> surfaceHeads = new java.util.HashMap<>();
    private final java.util.Map<String, StringBuilder> surfaceZones = new java.util.HashMap<>();
    private boolean joinInWord;
    private boolean indenting;
    private final java.util.Map<OcrPage, Double> leftEdge = new java.util.IdentityHashMap<>();
    private String firstHeading;
    private boolean inParagraph;
    private boolean divHasBlock;
    private String lastLine = "";
    private int paragraphs;
    private int lines;
    private int runningHeads;
    private int unsure;
    private int zone;

    LayoutEdition(ImportOptions options, double confidence) {
        this.options = options;
        this.confidence = confidence;
        this.edRef = " edRef=\"#" + options.siglum() + "\"";
        this.source = " source=\"#" + options.siglum() + "\"";
    }

    void warn(String message) {
        warnings.add(message);
    }

    LayoutImport write(List<Page> pages, LayoutFormat format) {
        List<OcrPage> plain = pages.stream().map(Page::page).toList();
        List<List<String>> firstTexts = new ArrayList<>();
        List<List<String>> lastTexts = new ArrayList<>();
        for (Page p : pages) {
            int top = -1;
            int bottom = -1;
            for (int b = 0; b < p.page().blocks().size(); b++) {
                OcrPage.Box box = p.page().blocks().get(b).box();
                if (top < 0 || box.y0() < p.page().blocks().get(top).box().y0()) {
                    top = b;
                }
                if (bottom < 0 || box.y1() > p.page().blocks().get(bottom).box().y1()) {
                    bottom = b;
                }
            }
            firstTexts.add(top < 0 ? List.of() : p.texts().get(top).stream().map(LineTexts.Text::text).toList());
            lastTexts.add(bottom < 0 ? List.of() : p.texts().get(bottom).stream().map(LineTexts.Text::text).toList());
        }
        List<PageRoles.Role[]> roles = PageRoles.of(plain, firstTexts, lastTexts);
        double bodyHeight = PageRoles.bodyLineHeight(plain);

        double pitch = PageRoles.linePitch(plain);
        indenting = indenting(plain, roles, bodyHeight);
        for (int i = 0; i < plain.size(); i++) {
            double edge = leftEdge(plain.get(i), roles.get(i));
            if (!Double.isNaN(edge)) {
                leftEdge.put(plain.get(i), edge);
            }
        }
        body.append("      <div>\n");
        PreviousBlock previous = null;
        // the foot lines and notes of a page are written once the next page says whether the paragraph runs on
        // over the page break (inside it then, else after it)
        List<Runnable> pageEnd = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            String surface = "f" + (i + 1);
            PageRoles.Role[] r = roles.get(i);
            String number = pageNumber(page, r);
            double fullRight = fullRight(page.page(), r);
            int firstBody = -1;
            for (int b = 0; b < r.length && firstBody < 0; b++) {
                if (r[b] == PageRoles.Role.BODY || r[b] == PageRoles.Role.HEADING) {
                    firstBody = b;
                }
            }
            boolean runsOn = previous != null && firstBody >= 0 && r[firstBody] == PageRoles.Role.BODY && inParagraph
                    && continues(previous, page.page(), page.page().blocks().get(firstBody), bodyHeight, -1);
            if (inParagraph && !runsOn) {
                endParagraph();
            }
            joinInWord = runsOn && !page.texts().get(firstBody).isEmpty()
                    && words.splitsWord(previous.lastText(), page.texts().get(firstBody).get(0).text());
            pageEnd.forEach(Runnable::run);
            pageEnd.clear();
            body.append(inParagraph ? "" : "        ").append("<pb");
            if (number != null) {
                body.append(" n=\"");
                Xml.appendAttribute(body, number, '"');
                body.append('"');
            }
            body.append(edRef).append(" facs=\"#").append(surface).append("\"");
            if (joinInWord) {
                body.append(" break=\"no\"");
            }
            body.append("/>").append(inParagraph ? "" : "\n");
            surface(surface, number, page.page(), page.imageUrl());
            // the running heads first, then the body in the engine's order, then the foot lines and notes
            for (int b = 0; b < r.length; b++) {
                if (r[b] == PageRoles.Role.HEADER) {
                    fw(page, b, surface, "header");
                }
            }
            for (int b = 0; b < r.length; b++) {
                OcrPage.Block block = page.page().blocks().get(b);
                List<LineTexts.Text> texts = page.texts().get(b);
                if (r[b] == PageRoles.Role.HEADING) {
                    heading(block, texts, surface);
                    previous = null;
                } else if (r[b] == PageRoles.Role.BODY) {
                    // the engine's paragraphs are judged again on the same evidence: a block close under a full
                    // line that does not end a sentence, its first line not indented, goes on with the paragraph
                    boolean goesOn = b == firstBody ? runsOn : previous != null && previous.page() == page.page()
                            && inParagraph && continues(previous, page.page(), block, bodyHeight, pitch);
                    if (!goesOn) {
                        startParagraph();
                    }
                    lines(block, texts, surface, goesOn);
                    joinInWord = false;
                    previous = new PreviousBlock(page.page(), block, texts.isEmpty() ? "" : lastText(texts),
                            fullRight);
                }
            }
            for (int b = 0; b < r.length; b++) {
                int at = b;
                if (r[b] == PageRoles.Role.FOOTER) {
                    pageEnd.add(() -> fw(page, at, surface, "footer"));
                } else if (r[b] == PageRoles.Role.NOTE) {
                    pageEnd.add(() -> note(page.page().blocks().get(at), page.texts().get(at), surface));
                }
            }
        }
        if (inParagraph) {
            endParagraph();
        }
        pageEnd.forEach(Runnable::run);
        for (String id : surfaceOrder) {
            facsimile.append(surfaceHeads.get(id)).append(surfaceZones.get(id)).append("    </surface>\n");
        }
        if (!divHasBlock) {
            body.append("        <p/>\n");
        }
        body.append("      </div>\n");
        String title = options.title() != null ? options.title()
                : firstHeading != null ? firstHeading : options.source() != null ? options.source() : "OCR import";
        return new LayoutImport(document(title, format, pages.size()), format, pages.size(), paragraphs, lines,
                runningHeads, unsure, warnings);
    }

    private record PreviousBlock(OcrPage page, OcrPage.Block block, String lastText, double fullRight) {
    }

    /**
     * How far right a full line of the page's body reaches: the tenth percentile of the right edges of the lines
     * that another line of their block follows (full by definition), so that ragged as well as justified setting is
     * measured by its own lines; 0 where the page has none.
     */
    static double fullRight(OcrPage page, PageRoles.Role[] roles) {
        List<Integer> rights = new ArrayList<>();
        for (int b = 0; b < roles.length; b++) {
            if (roles[b] == PageRoles.Role.BODY) {
                List<OcrPage.Line> lines = page.blocks().get(b).lines();
                for (int l = 0; l + 1 < lines.size(); l++) {
                    rights.add(lines.get(l).box().x1());
                }
            }
        }
        if (rights.isEmpty()) {
            return 0;
        }
        rights.sort(null);
        return rights.get(rights.size() / 10);
    }

    /**
     * Whether a paragraph goes on from one block into the next (at the top of the next page, or the next block of
     * the same page when {@code pitch} is the body's line pitch). Never after a sentence end (of the scripts that
     * mark one), nor, on the same page, across space between the blocks (more than 1.6 line pitches). In a book that
     * indents its paragraphs ({@link #indenting}) the next block goes on exactly when its first line is not indented;
     * in one that does not, when also the block's last line is as long as the page's full lines ({@link #fullRight}).
     */
    private boolean continues(PreviousBlock previous, OcrPage next, OcrPage.Block first, double bodyHeight,
            double pitch) {
        if (previous.block().lines().isEmpty() || first.lines().isEmpty() || bodyHeight <= 0) {
            return false;
        }
        String end = previous.lastText().strip();
        if (!end.isEmpty() && SENTENCE_END.indexOf(end.charAt(end.length() - 1)) >= 0) {
            return false;
        }
        OcrPage.Line last = previous.block().lines().get(previous.block().lines().size() - 1);
        OcrPage.Line firstLine = first.lines().get(0);
        if (pitch > 0 && firstLine.box().y0() - last.box().y0() > 1.6 * pitch) {
            return false; // space between the blocks
        }
        double left = first.lines().size() > 1
                ? first.lines().subList(1, first.lines().size()).stream().mapToInt(l -> l.box().x0()).min().orElse(0)
                : leftEdge.getOrDefault(next, (double) firstLine.box().x0());
        boolean indented = firstLine.box().x0() > left + 0.5 * bodyHeight;
        if (indented || indenting) {
            return !indented;
        }
        double full = previous.fullRight();
        if (full <= 0) { // no line of the page is full by definition: the widest body line is the measure
            for (OcrPage.Line l : previous.block().lines()) {
                full = Math.max(full, l.box().x1() - 1.5 * bodyHeight);
            }
        }
        return last.box().x1() >= full - 0.5 * bodyHeight; // a short last line ends the paragraph
    }

    /**
     * Whether the book indents its paragraphs: the first line of at least half of the body blocks of two lines or
     * more stands in from the lines under it by half a line's height.
     */
    static boolean indenting(List<OcrPage> pages, List<PageRoles.Role[]> roles, double bodyHeight) {
        int blocks = 0;
        int indented = 0;
        for (int p = 0; p < pages.size(); p++) {
            for (int b = 0; b < roles.get(p).length; b++) {
                List<OcrPage.Line> lines = pages.get(p).blocks().get(b).lines();
                if (roles.get(p)[b] == PageRoles.Role.BODY && lines.size() >= 2) {
                    blocks++;
                    int left = lines.subList(1, lines.size()).stream().mapToInt(l -> l.box().x0()).min().orElse(0);
                    if (lines.get(0).box().x0() > left + 0.5 * bodyHeight) {
                        indented++;
                    }
                }
            }
        }
        return blocks > 0 && indented * 2 >= blocks;
    }

    /** The left edge of a page's body: the median start of the lines that are not a block's first. */
    static double leftEdge(OcrPage page, PageRoles.Role[] roles) {
        List<Integer> starts = new ArrayList<>();
        for (int b = 0; b < roles.length; b++) {
            List<OcrPage.Line> lines = page.blocks().get(b).lines();
            if (roles[b] == PageRoles.Role.BODY) {
                for (int l = 1; l < lines.size(); l++) {
                    starts.add(lines.get(l).box().x0());
                }
            }
        }
        if (starts.isEmpty()) {
            return Double.NaN;
        }
        starts.sort(null);
        return starts.get(starts.size() / 2);
    }

    /** The page number printed in a running head or foot line, if any. */
    private static String pageNumber(Page page, PageRoles.Role[] roles) {
        for (int b = 0; b < roles.length; b++) {
            if ((roles[b] == PageRoles.Role.HEADER || roles[b] == PageRoles.Role.FOOTER)
                    && !page.texts().get(b).isEmpty()) {
                String text = page.texts().get(b).get(0).text();
                for (String token : new String[] {PageRoles.first(text), PageRoles.last(text)}) {
                    if (PageRoles.NUMBER.matcher(token).matches()) {
                        return token.replaceAll("[^\\p{Nd}\\p{L}]", "");
                    }
                }
            }
        }
        return null;
    }

    /** The surface of a page and its graphic; its zones are added as the text points at them. */
    private void surface(String id, String number, OcrPage page, String imageUrl) {
        StringBuilder x = new StringBuilder();
        x.append("    <surface xml:id=\"").append(id).append("\"");
        if (number != null) {
            x.append(" n=\"");
            Xml.appendAttribute(x, number, '"');
            x.append('"');
        }
        OcrPage.Box extent = extent(page);
        x.append(" ulx=\"0\" uly=\"0\" lrx=\"").append(extent.x1()).append("\" lry=\"").append(extent.y1())
                .append("\">\n");
        if (!imageUrl.isEmpty()) {
            x.append("      <graphic url=\"");
            Xml.appendAttribute(x, imageUrl, '"');
            x.append('"');
            if (page.pixels() && page.width() > 0 && page.height() > 0) {
                x.append(" width=\"").append(page.width()).append("px\" height=\"").append(page.height())
                        .append("px\"");
            }
            x.append("/>\n");
        }
        surfaceOrder.add(id);
        surfaceHeads.put(id, x);
        surfaceZones.put(id, new StringBuilder());
    }

    private static OcrPage.Box extent(OcrPage page) {
        if (page.width() > 0 && page.height() > 0) {
            return new OcrPage.Box(0, 0, page.width(), page.height());
        }
        OcrPage.Box all = OcrPage.Box.NONE;
        for (OcrPage.Block b : page.blocks()) {
            all = all.union(b.box());
            for (OcrPage.Line l : b.lines()) {
                all = all.union(l.box());
            }
        }
        return new OcrPage.Box(0, 0, Math.max(1, all.x1()), Math.max(1, all.y1()));
    }

    private static String lastText(List<LineTexts.Text> texts) {
        return texts.get(texts.size() - 1).text();
    }

    /** A running head or foot line: the page number and the rest, each an fw, with the space between kept. */
    private void fw(Page page, int b, String surface, String type) {
        OcrPage.Block block = page.page().blocks().get(b);
        for (int l = 0; l < block.lines().size(); l++) {
            OcrPage.Line line = block.lines().get(l);
            LineTexts.Text text = page.texts().get(b).get(l);
            String id = lineZone(surface, line);
            String s = text.text();
            String first = PageRoles.first(s);
            String last = PageRoles.last(s);
            // a printed line of the witness, inside the paragraph it interrupts or between blocks
            body.append(inParagraph ? "" : "        ").append("<lb").append(edRef).append(" facs=\"#").append(id)
                    .append('"').append(inParagraph && joinInWord ? " break=\"no\"" : "").append("/>");
            lines++;
            // the space between the parts stays inside the first, so that the witness keeps it at any level
            if (PageRoles.NUMBER.matcher(first).matches()) {
                int cut = s.indexOf(first) + first.length();
                int rest = cut + leadingSpace(s, cut);
                fwElement("pageNum", id, text, 0, rest);
                if (rest < s.length()) {
                    fwElement(type, id, text, rest, s.length());
                }
            } else if (PageRoles.NUMBER.matcher(last).matches() && !first.equals(s.strip())) {
                int cut = s.lastIndexOf(last);
                fwElement(type, id, text, 0, cut);
                fwElement("pageNum", id, text, cut, s.length());
            } else {
                fwElement(type, id, text, 0, s.length());
            }
            body.append(inParagraph ? "" : "\n");
        }
    }

    private static int leadingSpace(String s, int at) {
        int n = 0;
        while (at + n < s.length() && s.charAt(at + n) == ' ') {
            n++;
        }
        return n;
    }

    /** An fw of part of a line, pointing at the zone of its words where the line holds more than it. */
    private void fwElement(String type, String lineZone, LineTexts.Text text, int from, int to) {
        runningHeads++;
        String surface = lineZone.substring(0, lineZone.indexOf('.'));
        String zoneId = lineZone;
        if (from > 0 || to < text.text().length()) {
            OcrPage.Box box = OcrPage.Box.NONE;
            for (LineTexts.Piece piece : text.pieces()) {
                if (piece.start() >= from && piece.end() <= to) {
                    box = box.union(piece.word().box());
                }
            }
            if (!box.isEmpty()) {
                zoneId = surface + ".z" + (++zone);
                StringBuilder zones = surfaceZones.get(surface);
                zones.append("      <zone xml:id=\"").append(zoneId).append("\" type=\"fw\"");
                box(zones, box);
                zones.append("/>\n");
            }
        }
        body.append("<fw type=\"").append(type).append('"').append(source).append(" facs=\"#").append(zoneId)
                .append("\">");
        inline(text, from, to, surface);
        body.append("</fw>");
    }

    private void heading(OcrPage.Block block, List<LineTexts.Text> texts, String surface) {
        if (inParagraph) {
            endParagraph();
        }
        if (divHasBlock) {
            body.append("      </div>\n      <div>\n");
            divHasBlock = false;
        }
        if (firstHeading == null) {
            firstHeading = String.join(" ", texts.stream().map(LineTexts.Text::text).toList()).strip();
        }
        body.append("        <head>");
        lines(block, texts, surface, false);
        body.append("</head>\n");
    }

    private void startParagraph() {
        if (inParagraph) {
            endParagraph();
        }
        body.append("        <p>");
        inParagraph = true;
        divHasBlock = true;
        paragraphs++;
    }

    private void endParagraph() {
        body.append("</p>\n");
        inParagraph = false;
    }

    private void note(OcrPage.Block block, List<LineTexts.Text> texts, String surface) {
        String number = texts.isEmpty() ? "" : PageRoles.first(texts.get(0).text())
                .replaceAll("[\\p{Ps}\\p{Pe}.:*]", "");
        body.append(inParagraph ? "" : "        ").append("<note place=\"foot\"").append(source);
        if (!number.isEmpty() && number.codePoints().allMatch(Character::isDigit)) {
            body.append(" n=\"").append(number).append('"');
        }
        body.append(">");
        String before = lastLine; // the text's last line, for the join after the note
        lines(block, texts, surface, false, texts.isEmpty() ? -1 : NoteNumbers.end(texts.get(0).text()));
        lastLine = before;
        body.append("</note>").append(inParagraph ? "" : "\n");
        if (!inParagraph) {
            divHasBlock = true;
        }
    }

    /** The lines of a block, each after an lb pointing at its zone; break="no" where a line break splits a word. */
    private void lines(OcrPage.Block block, List<LineTexts.Text> texts, String surface, boolean runsOn) {
        lines(block, texts, surface, runsOn, -1);
    }

    /**
     * The lines of a block; a note's printed number (its first line up to numberEnd) is {@code fw type="noteNum"}
     * of the OCR witness, the page's and not the note's text.
     */
    private void lines(OcrPage.Block block, List<LineTexts.Text> texts, String surface, boolean runsOn,
            int numberEnd) {
        for (int l = 0; l < block.lines().size(); l++) {
            OcrPage.Line line = block.lines().get(l);
            LineTexts.Text text = texts.get(l);
            String id = lineZone(surface, line);
            body.append("<lb").append(edRef).append(" facs=\"#").append(id).append('"');
            if ((l > 0 || runsOn) && (words.splitsWord(lastLine, text.text()) || lastLine.endsWith("-")
                    && !text.text().isEmpty() && Character.isLowerCase(text.text().codePointAt(0)))) {
                body.append(" break=\"no\"");
            }
            body.append("/>");
            if (l == 0 && numberEnd > 0) {
                body.append("<fw type=\"noteNum\"").append(source).append('>');
                inline(text, 0, numberEnd, surface);
                body.append("</fw>");
                inline(text, numberEnd, text.text().length(), surface);
            } else {
                inline(text, 0, text.text().length(), surface);
            }
            lastLine = text.text();
            lines++;
        }
    }

    /** The zone of a line on its surface (written once, however often the text points at it). */
    private String lineZone(String surface, OcrPage.Line line) {
        String id = surface + ".l" + (++zone);
        StringBuilder facsimile = surfaceZones.get(surface);
        facsimile.append("      <zone xml:id=\"").append(id).append("\" type=\"line\"");
        box(facsimile, line.box());
        if (line.polygon().size() >= 3) {
            facsimile.append(" points=\"");
            for (int i = 0; i < line.polygon().size(); i++) {
                int[] p = line.polygon().get(i);
                facsimile.append(i == 0 ? "" : " ").append(p[0]).append(',').append(p[1]);
            }
            facsimile.append('"');
        }
        facsimile.append("/>\n");
        return id;
    }

    private static void box(StringBuilder out, OcrPage.Box box) {
        out.append(" ulx=\"").append(box.x0()).append("\" uly=\"").append(box.y0()).append("\" lrx=\"")
                .append(box.x1()).append("\" lry=\"").append(box.y1()).append('"');
    }

    /** Text of a line between two of its places, runs of unsure words as seg with their confidence and zone. */
    private void inline(LineTexts.Text text, int from, int to, String surface) {
        String s = text.text();
        int at = from;
        List<LineTexts.Piece> pieces = text.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            LineTexts.Piece piece = pieces.get(i);
            if (piece.start() < at || piece.end() > to || !unsure(piece.word())) {
                continue;
            }
            int j = i;
            double least = piece.word().confidence();
            OcrPage.Box box = piece.word().box();
            while (j + 1 < pieces.size() && unsure(pieces.get(j + 1).word()) && pieces.get(j + 1).end() <= to) {
                j++;
                least = Math.min(least, pieces.get(j).word().confidence());
                box = box.union(pieces.get(j).word().box());
            }
            text(s, at, piece.start());
            String id = surface + ".w" + (++zone);
            StringBuilder facsimile = surfaceZones.get(surface);
            facsimile.append("      <zone xml:id=\"").append(id).append("\" type=\"word\"");
            box(facsimile, box);
            facsimile.append(" cert=\"").append(String.format(Locale.ROOT, "%.2f", least)).append("\"/>\n");
            body.append("<seg type=\"ocr-unsure\" cert=\"").append(String.format(Locale.ROOT, "%.2f", least))
                    .append("\" facs=\"#").append(id).append("\">");
            text(s, piece.start(), pieces.get(j).end());
            body.append("</seg>");
            unsure++;
            at = pieces.get(j).end();
            i = j;
        }
        text(s, at, to);
    }

    private boolean unsure(OcrPage.Word word) {
        return !Double.isNaN(word.confidence()) && word.confidence() < confidence;
    }

    /** Escaped text; a character XML 1.0 cannot hold becomes a gap that names it, so that nothing is lost. */
    private void text(String s, int from, int to) {
        if (from >= to) {
            return;
        }
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

    private String document(String title, LayoutFormat format, int pageCount) {
        String sigil = options.siglum();
        StringBuilder x = new StringBuilder(body.length() + facsimile.length() + 3000);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"").append(options.language())
                .append("\">\n  <teiHeader>\n    <fileDesc>\n      <titleStmt>\n        <title>");
        oneLine(x, title);
        x.append("</title>\n      </titleStmt>\n")
                .append("      <publicationStmt>\n        <p>Imported from OCR by Siglum; not published.</p>\n")
                .append("      </publicationStmt>\n      <sourceDesc>\n        <listWit>\n          <witness xml:id=\"")
                .append(sigil).append("\">OCR (").append(format.label()).append(") of ").append(pageCount)
                .append(pageCount == 1 ? " page" : " pages");
        if (options.source() != null) {
            x.append(", ");
            oneLine(x, options.source());
        }
        x.append(", as imported: its page and line breaks are kept, with where each line stands on the page image")
                .append("</witness>\n        </listWit>\n      </sourceDesc>\n    </fileDesc>\n")
                .append("    <encodingDesc>\n      <editorialDecl>\n")
                .append("        <p>Imported from OCR with coordinates (").append(format.label()).append(").")
                .append(" The facsimile has a surface per page and a zone per printed line; pb/@facs and lb/@facs\n")
                .append("          point at them. Page and line breaks are the layout of witness ").append(sigil)
                .append(" (edRef=\"#").append(sigil).append("\"); break=\"no\" where one splits a word. The engine's\n")
                .append("          blocks are paragraphs; a paragraph runs on over a page break where the page's last line")
                .append(" is full and\n          the next page's first line is not indented. Larger type is a heading,")
                .append(" smaller type at the page foot a note.\n          A line apart at the top or foot of the page")
                .append(" with a page number, or repeating on nearby pages, is fw\n          (header, footer, pageNum);")
                .append(" the number is pb/@n. Words the engine gave a confidence below ")
                .append(String.format(Locale.ROOT, "%.2f", confidence))
                .append(" are\n          seg type=\"ocr-unsure\" with that confidence as cert and a zone of their own.")
                .append(" A character XML cannot hold is a\n          gap with reason control-character.</p>\n")
                .append("      </editorialDecl>\n")
                .append("      <variantEncoding method=\"parallel-segmentation\" location=\"internal\"/>\n")
                .append("    </encodingDesc>\n    <profileDesc>\n      <langUsage>\n        <language ident=\"")
                .append(options.language()).append("\">the text</language>\n      </langUsage>\n    </profileDesc>\n")
                .append("  </teiHeader>\n  <facsimile>\n").append(facsimile).append("  </facsimile>\n")
                .append("  <text>\n    <body>\n").append(body).append("    </body>\n  </text>\n</TEI>\n");
        return x.toString();
    }

    private static void oneLine(StringBuilder x, String s) {
        StringBuilder line = new StringBuilder(s.length());
        s.codePoints().forEach(c -> line.appendCodePoint(Xml.isXmlChar(c) && c >= 0x20 ? c : ' '));
        Xml.appendText(x, line);
    }
}
