package org.siglum.ocr.internal.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.siglum.ocr.internal.Resemblance;

/**
 * What each block of the pages is, from the evidence of the page's geometry across the book: a line apart at the top
 * (or foot) of the page that holds a page number or repeats on nearby pages is a running head (page number, foot
 * line), set apart as {@code fw}; a block of at most three lines in type clearly larger than the book's body type is
 * a heading; blocks in smaller type below the body at the foot of the page are notes. The formats that name a
 * region's role (PAGE's {@code @type}) are taken at their word. Sizes are measured against the median line height of
 * all pages imported together, so that a title page does not count as the body. See decision 0047.
 */
final class PageRoles {

    enum Role { BODY, HEADING, NOTE, HEADER, FOOTER }

    /** A page number as printed: 1 to 4 digits of any script, or a roman numeral, in dashes, brackets or dots. */
    static final Pattern NUMBER = Pattern.compile("[\\-\u2013\u2014.(\\[]*(\\p{Nd}{1,4}|(?i)[ivxlcdm]{1,7})[\\-\u2013\u2014.)\\]]*");
    /** Type this much larger than the body's is a heading's; this much smaller a note's. */
    static final double LARGER = 1.3;
    static final double SMALLER = 0.85;

    /** The roles of the blocks of every page, page by page. */
    static List<Role[]> of(List<OcrPage> pages, List<List<String>> firstLineTexts, List<List<String>> lastLineTexts) {
        double body = bodyLineHeight(pages);
        List<Role[]> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            OcrPage page = pages.get(p);
            Role[] roles = new Role[page.blocks().size()];
            Arrays.fill(roles, Role.BODY);
            for (int b = 0; b < roles.length; b++) {
                OcrPage.Block block = page.blocks().get(b);
                Role named = named(block.kind());
                if (named != null) {
                    // a page number the file names is a foot line in the lower half of the page
                    boolean low = page.height() > 0 ? block.box().y0() + block.box().y1() > page.height()
                            : b > 0 && b == page.blocks().size() - 1;
                    roles[b] = named == Role.HEADER && low ? Role.FOOTER : named;
                } else if (block.lines().size() <= 3 && body > 0 && medianHeight(block) >= LARGER * body) {
                    roles[b] = Role.HEADING;
                }
            }
            if (page.blocks().stream().allMatch(bl -> named(bl.kind()) == null)) { // else the file said it
                header(pages, p, roles, firstLineTexts, true);
                header(pages, p, roles, lastLineTexts, false);
                notes(page, roles, body);
            }
            out.add(roles);
        }
        return out;
    }

    private static Role named(String kind) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "heading", "title", "subtitle" -> Role.HEADING;
            case "header", "page-number", "page_number", "pagenumber", "running-title", "catch-word" -> Role.HEADER;
            case "footer", "signature-mark" -> Role.FOOTER;
            case "footnote", "footnote-continued", "endnote", "marginalia" -> Role.NOTE;
            default -> null; // a paragraph, text, or a role the file's vocabulary names otherwise: judged by the page
        };
    }

    /**
     * The top (or foot) block of the page is a running head when it is one line apart from the body and holds a page
     * number or is like the top line of a page nearby (OCR makes the repeats only nearly equal).
     */
    private static void header(List<OcrPage> pages, int p, Role[] roles, List<List<String>> edgeTexts, boolean top) {
        OcrPage page = pages.get(p);
        int b = top ? topBlock(page) : bottomBlock(page);
        if (b < 0 || page.blocks().size() < 2 || page.blocks().get(b).lines().size() != 1 || roles[b] != Role.BODY) {
            return;
        }
        List<String> texts = edgeTexts.get(p);
        if (texts.isEmpty()) {
            return;
        }
        String text = texts.get(0);
        // a number at one end of a top line is a folio beside a running head; at the foot of the page a number
        // before text is more often a footnote's, so a foot line counts by its number only when that is all of it
        boolean number = top ? NUMBER.matcher(first(text)).matches() || NUMBER.matcher(last(text)).matches()
                : tokens(text).size() == 1 && NUMBER.matcher(first(text)).matches();
        boolean repeats = false;
        String mine = letters(text);
        for (int q = Math.max(0, p - 4); q <= Math.min(pages.size() - 1, p + 4) && !repeats && mine.length() >= 3; q++) {
            if (q != p && !edgeTexts.get(q).isEmpty()) {
                repeats = similarity(mine, letters(edgeTexts.get(q).get(0))) >= 0.7;
            }
        }
        if (number || repeats) {
            roles[b] = top ? Role.HEADER : Role.FOOTER;
        }
    }

    /** Blocks in smaller type, below the body, to the foot of the page (nothing but notes or a foot line after). */
    private static void notes(OcrPage page, Role[] roles, double body) {
        if (body <= 0) {
            return;
        }
        double bodyBottom = 0;
        for (int b = 0; b < roles.length; b++) {
            OcrPage.Block block = page.blocks().get(b);
            if (roles[b] == Role.BODY && medianHeight(block) > SMALLER * body) {
                bodyBottom = Math.max(bodyBottom, block.box().y1());
            }
        }
        for (int b = 0; b < roles.length; b++) {
            OcrPage.Block block = page.blocks().get(b);
            if (roles[b] == Role.BODY && medianHeight(block) <= SMALLER * body && block.box().y0() >= bodyBottom
                    && bodyBottom > 0) {
                roles[b] = Role.NOTE;
            }
        }
    }

    private static int topBlock(OcrPage page) {
        int best = -1;
        for (int b = 0; b < page.blocks().size(); b++) {
            if (best < 0 || page.blocks().get(b).box().y0() < page.blocks().get(best).box().y0()) {
                best = b;
            }
        }
        return best;
    }

    private static int bottomBlock(OcrPage page) {
        int best = -1;
        for (int b = 0; b < page.blocks().size(); b++) {
            if (best < 0 || page.blocks().get(b).box().y1() > page.blocks().get(best).box().y1()) {
                best = b;
            }
        }
        return best;
    }

    static double bodyLineHeight(List<OcrPage> pages) {
        List<Integer> heights = new ArrayList<>();
        for (OcrPage page : pages) {
            for (OcrPage.Block block : page.blocks()) {
                for (OcrPage.Line line : block.lines()) {
                    if (!line.box().isEmpty()) {
                        heights.add(line.box().height());
                    }
                }
            }
        }
        return median(heights);
    }

    /**
     * The page with each block cut where a line stands more than 1.6 line pitches below the one before it: the
     * engine joined what the page sets apart (a running head over the first lines, say). Roles named by the file are
     * kept on both parts.
     */
    static OcrPage splitAtSpace(OcrPage page, double pitch) {
        if (pitch <= 0) {
            return page;
        }
        List<OcrPage.Block> blocks = new ArrayList<>();
        for (OcrPage.Block block : page.blocks()) {
            List<OcrPage.Line> part = new ArrayList<>();
            int n = 0;
            for (OcrPage.Line line : block.lines()) {
                if (!part.isEmpty() && line.box().y0() - part.get(part.size() - 1).box().y0() > 1.6 * pitch) {
                    blocks.add(part(block, part, n++));
                    part = new ArrayList<>();
                }
                part.add(line);
            }
            blocks.add(n == 0 ? block : part(block, part, n));
        }
        return new OcrPage(page.source(), page.offset(), page.image(), page.width(), page.height(), page.pixels(),
                blocks);
    }

    private static OcrPage.Block part(OcrPage.Block block, List<OcrPage.Line> lines, int n) {
        OcrPage.Box box = OcrPage.Box.NONE;
        for (OcrPage.Line l : lines) {
            box = box.union(l.box());
        }
        return new OcrPage.Block(block.id() + (n == 0 ? "" : "." + n), box, List.copyOf(lines), block.kind());
    }

    /** The median distance from one line's top to the next within the blocks: the body's line pitch. */
    static double linePitch(List<OcrPage> pages) {
        List<Integer> steps = new ArrayList<>();
        for (OcrPage page : pages) {
            for (OcrPage.Block block : page.blocks()) {
                for (int i = 1; i < block.lines().size(); i++) {
                    int step = block.lines().get(i).box().y0() - block.lines().get(i - 1).box().y0();
                    if (step > 0) {
                        steps.add(step);
                    }
                }
            }
        }
        return median(steps);
    }

    static double medianHeight(OcrPage.Block block) {
        List<Integer> heights = new ArrayList<>();
        for (OcrPage.Line line : block.lines()) {
            if (!line.box().isEmpty()) {
                heights.add(line.box().height());
            }
        }
        return median(heights);
    }

    private static double median(List<Integer> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Integer> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    static List<String> tokens(String text) {
        String s = text.strip();
        return s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
    }

    static String first(String text) {
        List<String> t = tokens(text);
        return t.isEmpty() ? "" : t.get(0);
    }

    static String last(String text) {
        List<String> t = tokens(text);
        return t.isEmpty() ? "" : t.get(t.size() - 1);
    }

    /** The letters of a text (see {@link Resemblance#letters}). */
    static String letters(String text) {
        return Resemblance.letters(text);
    }

    /** 1 - the edit distance over the longer length (see {@link Resemblance#similarity}). */
    static double similarity(String a, String b) {
        return Resemblance.similarity(a, b);
    }
}
