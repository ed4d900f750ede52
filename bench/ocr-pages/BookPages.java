import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * Typesets a text as the pages of a printed book and writes, beside each page image, the exact truth of what is on
 * it: every printed line with its text, its kind (running head, body, footnote, page number, chapter title) and its
 * box in the image's pixels. The images are clean; make-pages.sh degrades them as scans look and runs Tesseract.
 *
 * <p>Input: paragraphs separated by blank lines. A paragraph that starts with {@code # } is a chapter title (it starts
 * a new page, without running head, with the page number at the foot). {@code [^N]} in a paragraph is a footnote
 * reference, printed as a superscript number; a paragraph {@code [^N] text} is that footnote's text, set at the foot
 * of the page where its reference falls.
 *
 * <p>A single-file program for the JDK's source launcher ({@code java BookPages.java ...}): no dependencies. Thai line
 * breaking is the JDK's own dictionary {@link BreakIterator}; shaping is Java2D's (HarfBuzz).
 */
public final class BookPages {

    enum Kind { HEAD, TITLE, BODY, NOTE, FOLIO }

    record Line(Kind kind, String text, int paragraph, boolean paragraphStart, boolean paragraphEnd, int ulx, int uly,
            int lrx, int lry) {
    }

    record Page(int index, String folio, String head, List<Line> lines) {
    }

    private static final Pattern NOTE_REF = Pattern.compile("\\[\\^(\\d+)]");
    private static final Pattern NOTE_DEF = Pattern.compile("^\\[\\^(\\d+)]\\s*(.*)$", Pattern.DOTALL);
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    // options
    private Path text;
    private Path out;
    private Path fontFile = Path.of("/usr/share/fonts/truetype/tlwg/Norasi.ttf");
    private float points = 14f;
    private int dpi = 200;
    private double widthMm = 148;
    private double heightMm = 210;
    private String bookTitle = "";
    private int firstPage = 1;
    private boolean thaiDigits;
    private boolean folioTop = true;
    private int maxPages = Integer.MAX_VALUE;

    // derived
    private Font body;
    private Font small;
    private Font title;
    private int pageW;
    private int pageH;
    private int margin;
    private int lineGap;
    private final FontRenderContext frc = new FontRenderContext(null, true, true);

    public static void main(String[] args) throws Exception {
        BookPages book = new BookPages();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--text" -> book.text = Path.of(args[++i]);
                case "--out" -> book.out = Path.of(args[++i]);
                case "--font" -> book.fontFile = Path.of(args[++i]);
                case "--points" -> book.points = Float.parseFloat(args[++i]);
                case "--dpi" -> book.dpi = Integer.parseInt(args[++i]);
                case "--size" -> {
                    String[] wh = args[++i].split("x");
                    book.widthMm = Double.parseDouble(wh[0]);
                    book.heightMm = Double.parseDouble(wh[1]);
                }
                case "--book-title" -> book.bookTitle = args[++i];
                case "--first-page" -> book.firstPage = Integer.parseInt(args[++i]);
                case "--thai-digits" -> book.thaiDigits = true;
                case "--folio-bottom" -> book.folioTop = false;
                case "--max-pages" -> book.maxPages = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + a
                        + "\nusage: BookPages --text FILE --out DIR [--font TTF] [--points 16] [--dpi 200]"
                        + " [--size 148x210] [--book-title T] [--first-page N] [--thai-digits] [--folio-bottom]"
                        + " [--max-pages N]");
            }
        }
        if (book.text == null || book.out == null) {
            throw new IllegalArgumentException("--text and --out are required");
        }
        book.run();
    }

    private void run() throws IOException, FontFormatException {
        Font base = Font.createFont(Font.TRUETYPE_FONT, fontFile.toFile());
        double px = points * dpi / 72.0;
        body = base.deriveFont((float) px);
        small = base.deriveFont((float) (px * 0.8));
        title = base.deriveFont(Font.BOLD, (float) (px * 1.5));
        pageW = (int) Math.round(widthMm / 25.4 * dpi);
        pageH = (int) Math.round(heightMm / 25.4 * dpi);
        margin = (int) Math.round(18 / 25.4 * dpi);
        lineGap = (int) Math.round(px * 1.55);

        String source = Files.readString(text, StandardCharsets.UTF_8).replace("\r\n", "\n");
        List<String> paragraphs = new ArrayList<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (String p : source.split("\n\\s*\n")) {
            String t = p.strip().replaceAll("\\s*\n\\s*", " ");
            if (t.isEmpty()) {
                continue;
            }
            Matcher def = NOTE_DEF.matcher(t);
            if (def.matches()) {
                notes.put(def.group(1), def.group(2));
            } else {
                paragraphs.add(t);
            }
        }
        Files.createDirectories(out);
        List<Page> pages = typeset(paragraphs, notes);
        for (Page page : pages) {
            render(page);
        }
        writeTruth(pages);
        System.err.printf("BookPages: %d pages, %d paragraphs, %d notes -> %s%n", pages.size(), paragraphs.size(),
                notes.size(), out);
    }

    // ---- layout

    private final class PageBuilder {
        final List<Page> pages = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        List<String> pendingNotes = new ArrayList<>();
        int y;
        int bottom;
        String chapter = "";
        boolean chapterPage;

        void startPage(boolean chapterStart) {
            lines = new ArrayList<>();
            pendingNotes = new ArrayList<>();
            chapterPage = chapterStart;
            y = margin + (chapterStart ? lineGap * 3 : lineGap * 2);
            bottom = pageH - margin - (folioTop && !chapterStart ? 0 : lineGap);
        }

        int noteSpace(List<String> noteTexts) {
            if (noteTexts.isEmpty()) {
                return 0;
            }
            int n = 0;
            for (String t : noteTexts) {
                n += breakLines(t, small, pageW - 2 * margin, 0).size();
            }
            return lineGap / 2 + n * (int) (lineGap * 0.8);
        }

        void finishPage(Map<String, String> notes) {
            int index = pages.size();
            int number = firstPage + index;
            String folio = digits(Integer.toString(number));
            boolean verso = number % 2 == 0;
            String head = chapterPage ? "" : (verso ? bookTitle : chapter);
            List<Line> all = new ArrayList<>();
            int ascent = (int) Math.ceil(body.getLineMetrics("ก", frc).getAscent());
            if (!chapterPage) {
                int hy = margin;
                if (!head.isEmpty()) {
                    int w = width(head, small);
                    int x = (pageW - w) / 2;
                    all.add(new Line(Kind.HEAD, head, -1, false, false, x, hy, x + w, hy + lineGap));
                }
                if (folioTop) {
                    int w = width(folio, small);
                    int x = verso ? margin : pageW - margin - w;
                    all.add(new Line(Kind.FOLIO, folio, -1, false, false, x, hy, x + w, hy + lineGap));
                }
            }
            all.addAll(lines);
            if (!pendingNotes.isEmpty()) {
                int ny = pageH - margin - (folioTop && !chapterPage ? 0 : lineGap) - noteSpace(pendingNotes)
                        + lineGap / 2;
                for (String id : pendingNotes) {
                    String t = superscript(id) + " " + notes.get(id);
                    boolean first = true;
                    List<String> parts = breakLines(t, small, pageW - 2 * margin, 0);
                    for (int i = 0; i < parts.size(); i++) {
                        String part = parts.get(i);
                        int w = width(part, small);
                        all.add(new Line(Kind.NOTE, part, -1, first, i == parts.size() - 1, margin, ny,
                                margin + w, ny + (int) (lineGap * 0.8)));
                        first = false;
                        ny += (int) (lineGap * 0.8);
                    }
                }
            }
            if (!folioTop || chapterPage) {
                int w = width(folio, small);
                int x = (pageW - w) / 2;
                int fy = pageH - margin - lineGap;
                all.add(new Line(Kind.FOLIO, folio, -1, false, false, x, fy, x + w, fy + lineGap));
            }
            pages.add(new Page(index, folio, head, all));
            if (ascent < 0) {
                throw new IllegalStateException();
            }
        }
    }

    private List<Page> typeset(List<String> paragraphs, Map<String, String> notes) {
        PageBuilder b = new PageBuilder();
        b.startPage(true);
        int textWidth = pageW - 2 * margin;
        int indent = (int) Math.round(body.getSize2D() * 2);
        boolean pageOpen = true;
        for (int p = 0; p < paragraphs.size() && b.pages.size() < maxPages; p++) {
            String para = paragraphs.get(p);
            if (para.startsWith("# ")) {
                String t = para.substring(2).strip();
                if (!b.lines.isEmpty()) {
                    b.finishPage(notes);
                    b.startPage(true);
                }
                b.chapter = t;
                b.y = margin + lineGap * 3;
                int w = width(t, title);
                int x = (pageW - w) / 2;
                b.lines.add(new Line(Kind.TITLE, t, p, true, true, x, b.y, x + w, b.y + lineGap * 2));
                b.y += lineGap * 3;
                continue;
            }
            String printed = NOTE_REF.matcher(para).replaceAll(m -> superscript(m.group(1)));
            List<String> parts = breakLines(printed, body, textWidth, indent);
            int offset = 0;
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i);
                List<String> refs = new ArrayList<>();
                // which note references fall on this line
                Matcher m = NOTE_REF.matcher(para);
                while (m.find()) {
                    int printedAt = printedOffset(para, m.start());
                    if (printedAt >= offset && printedAt < offset + part.length()) {
                        refs.add(m.group(1));
                    }
                }
                List<String> withNotes = new ArrayList<>(b.pendingNotes);
                withNotes.addAll(refs);
                if (b.y + lineGap + b.noteSpace(withNotes) > b.bottom) {
                    b.finishPage(notes);
                    if (b.pages.size() >= maxPages) {
                        pageOpen = false;
                        break;
                    }
                    b.startPage(false);
                }
                b.pendingNotes.addAll(refs);
                int x = margin + (i == 0 ? indent : 0);
                String shown = part.strip();
                int w = width(shown, body);
                b.lines.add(new Line(Kind.BODY, shown, p, i == 0, i == parts.size() - 1, x, b.y, x + w,
                        b.y + lineGap));
                b.y += lineGap;
                offset += part.length();
            }
        }
        if (pageOpen && !b.lines.isEmpty() && b.pages.size() < maxPages) {
            b.finishPage(notes);
        }
        return b.pages;
    }

    /** The offset in the printed paragraph (references as one superscript digit each) of a source offset. */
    private static int printedOffset(String para, int sourceOffset) {
        Matcher m = NOTE_REF.matcher(para);
        int shift = 0;
        while (m.find() && m.start() < sourceOffset) {
            shift += m.group().length() - m.group(1).length();
        }
        return sourceOffset - shift;
    }

    /** Breaks a paragraph into lines that fit, at the line-break opportunities of its language (Thai by dictionary). */
    private List<String> breakLines(String paragraph, Font font, int width, int firstIndent) {
        BreakIterator it = BreakIterator.getLineInstance(Locale.forLanguageTag("th"));
        it.setText(paragraph);
        List<String> lines = new ArrayList<>();
        int start = 0;
        int lastFit = -1;
        int available = width - firstIndent;
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            String candidate = paragraph.substring(start, end).stripTrailing();
            if (width(candidate, font) <= available) {
                lastFit = end;
                continue;
            }
            if (lastFit > start) {
                lines.add(paragraph.substring(start, lastFit));
                start = lastFit;
                available = width;
                // re-test the current segment on the new line
                if (width(paragraph.substring(start, end).stripTrailing(), font) <= available) {
                    lastFit = end;
                    continue;
                }
            }
            // one segment wider than the line: cut it by characters (grapheme-safe enough: at base letters)
            int cut = start;
            BreakIterator chars = BreakIterator.getCharacterInstance(Locale.forLanguageTag("th"));
            chars.setText(paragraph);
            for (int c = chars.following(start); c != BreakIterator.DONE && c <= end; c = chars.next()) {
                if (width(paragraph.substring(start, c), font) > available) {
                    break;
                }
                cut = c;
            }
            if (cut == start) {
                cut = chars.following(start);
            }
            lines.add(paragraph.substring(start, cut));
            start = cut;
            available = width;
            lastFit = width(paragraph.substring(start, end).stripTrailing(), font) <= available ? end : start;
        }
        if (start < paragraph.length()) {
            lines.add(paragraph.substring(start));
        }
        lines.removeIf(l -> l.isBlank());
        return lines;
    }

    private int width(String s, Font font) {
        if (s.isEmpty()) {
            return 0;
        }
        return (int) Math.ceil(new TextLayout(s, font, frc).getAdvance());
    }

    private String digits(String s) {
        if (!thaiDigits) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
        }
        return b.toString();
    }

    private static String superscript(String n) {
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) {
            b.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return b.toString();
    }

    // ---- output

    private void render(Page page) {
        BufferedImage img = new BufferedImage(pageW, pageH, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, pageW, pageH);
        g.setColor(Color.BLACK);
        boolean rule = false;
        for (Line line : page.lines()) {
            Font f = switch (line.kind()) {
                case HEAD, FOLIO, NOTE -> small;
                case TITLE -> title;
                case BODY -> body;
            };
            if (line.kind() == Kind.NOTE && !rule) {
                g.drawLine(margin, line.uly() - lineGap / 4, margin + (pageW - 2 * margin) / 3, line.uly() - lineGap / 4);
                rule = true;
            }
            int baseline = line.uly() + (int) Math.round((line.lry() - line.uly()) * 0.72);
            new TextLayout(line.text(), f, g.getFontRenderContext()).draw(g, line.ulx(), baseline);
        }
        g.dispose();
        try {
            ImageIO.write(img, "png", out.resolve(name(page) + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Page page) {
        return String.format("p%03d", page.index() + 1);
    }

    private void writeTruth(List<Page> pages) throws IOException {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"width\": ").append(pageW).append(", \"height\": ").append(pageH)
                .append(", \"dpi\": ").append(dpi).append(",\n  \"pages\": [\n");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            StringBuilder plain = new StringBuilder();
            json.append("    {\"image\": \"").append(name(page)).append(".png\", \"folio\": \"")
                    .append(esc(page.folio())).append("\", \"head\": \"").append(esc(page.head()))
                    .append("\", \"lines\": [\n");
            List<Line> lines = page.lines();
            for (int j = 0; j < lines.size(); j++) {
                Line l = lines.get(j);
                json.append("      {\"kind\": \"").append(l.kind().name().toLowerCase(Locale.ROOT))
                        .append("\", \"text\": \"").append(esc(l.text())).append("\", \"paragraph\": ")
                        .append(l.paragraph()).append(", \"start\": ").append(l.paragraphStart())
                        .append(", \"end\": ").append(l.paragraphEnd()).append(", \"box\": [").append(l.ulx())
                        .append(", ").append(l.uly()).append(", ").append(l.lrx()).append(", ").append(l.lry())
                        .append("]}").append(j + 1 < lines.size() ? ",\n" : "\n");
                plain.append(l.text()).append('\n');
            }
            json.append("    ]}").append(i + 1 < pages.size() ? ",\n" : "\n");
            Files.writeString(out.resolve(name(page) + ".truth.txt"), plain, StandardCharsets.UTF_8);
            all.append(plain).append('\f');
        }
        json.append("  ]\n}\n");
        Files.writeString(out.resolve("truth.json"), json, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("truth.txt"), all, StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
