package org.siglum.ocr.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.siglum.ocr.ImportOptions;
import org.siglum.ocr.ImportOptions.Pages;
import org.siglum.ocr.OcrImport;
import org.siglum.ocr.OcrImporter;
import org.siglum.ocr.OcrSource;
import org.siglum.ocr.internal.OcrPage.Line;

/**
 * The plain text importer. Pages from the evidence (decision 0047): form feeds, else running heads and page numbers
 * in sequence at the edges of blank-line blocks, or the rule the user names; then {@link BookImport} finds the
 * furniture, footnotes and paragraphs. A text with none of that evidence whose lines are paragraphs already (a
 * chapter typed or OCRed without its printed lines) is imported as before (decision 0005): blocks at blank lines,
 * short lone blocks headings, blocks joined across a blank line that {@link PageBreaks} judges a page break.
 */
@Component(service = OcrImporter.class, property = "format=text")
public final class PlainTextOcrImporter implements OcrImporter {

    /** A heading is at most this many characters on at most two lines. */
    static final int HEADING_MAX = 60;

    @Override
    public String format() {
        return "text";
    }

    @Override
    public boolean recognises(String fileName, String head) {
        String h = head.stripLeading();
        return !(h.startsWith("<?xml") || h.startsWith("<"));
    }

    @Override
    public OcrImport importOcr(List<OcrSource> sources, ImportOptions options) {
        List<String> remarks = new ArrayList<>();
        if (sources.size() == 1) {
            String text = normalise(sources.get(0).content());
            String[] rule = new String[1];
            List<OcrPage> pages = pages(text, sources.get(0).name(), options.pages(), rule, remarks);
            if (pages == null) {
                String xml = legacy(text, options);
                return summarise(xml, text, remarks);
            }
            return new BookImport(pages, options, remarks).write(rule[0]);
        }
        List<OcrPage> pages = new ArrayList<>();
        for (OcrSource s : sources) {
            OcrPage page = new OcrPage(s.name());
            addLines(page, normalise(s.content()).replace('\f', '\n'), 0);
            pages.add(page);
        }
        return new BookImport(pages, options, remarks).write("file");
    }

    @Override
    public String importText(String ocrText, ImportOptions options) {
        return importOcr(List.of(OcrSource.of(options.source() != null ? options.source() : "text", ocrText)), options)
                .tei();
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The counts of an edition imported as before (decision 0005). */
    private static OcrImport summarise(String xml, String text, List<String> remarks) {
        org.siglum.core.XmlTree tree = org.siglum.core.XmlTree.parse(xml);
        String tei = "http://www.tei-c.org/ns/1.0";
        int pbs = (int) tree.elementsNamed(tei, "pb").stream().filter(pb -> !pb.parent().is(tei, "rdg")).count();
        remarks.add("no form feeds, running heads or page numbers in sequence, and the lines are paragraphs: imported"
                + " as blocks at blank lines (say --pages blank-line if each blank line ends a page)");
        return new OcrImport(xml, pbs + 1, "none", tree.elementsNamed(tei, "p").size(),
                tree.elementsNamed(tei, "head").size(), 0, 0, 0,
                (int) text.lines().filter(l -> !l.isBlank()).count(), 0, 0, remarks);
    }

    /**
     * The pages of a text by the rule, or null when the rule is AUTO and there is no evidence of pages and the lines
     * are paragraphs already (the import of decision 0005 applies).
     */
    static List<OcrPage> pages(String text, String name, Pages rule, String[] ruleOut, List<String> remarks) {
        boolean formFeeds = text.indexOf('\f') >= 0;
        if (rule == Pages.FORM_FEED || rule == Pages.AUTO && formFeeds) {
            ruleOut[0] = "form-feed";
            List<OcrPage> pages = new ArrayList<>();
            String[] chunks = text.split("\f", -1);
            int line = 0;
            for (int i = 0; i < chunks.length; i++) {
                if (i == chunks.length - 1 && chunks[i].isBlank() && i > 0) {
                    break; // the form feed that ends the last page
                }
                OcrPage page = new OcrPage(name);
                addLines(page, chunks[i], line);
                line += chunks[i].split("\n", -1).length - 1;
                pages.add(page);
            }
            if (!formFeeds) {
                remarks.add("--pages form-feed: the text has no form feed, so it is one page");
            }
            return pages;
        }
        OcrPage all = new OcrPage(name);
        addLines(all, text, 0);
        if (rule == Pages.NONE) {
            ruleOut[0] = "none";
            return List.of(all);
        }
        List<List<Line>> blocks = new ArrayList<>();
        for (Line l : all.lines) {
            if (blocks.isEmpty() || blocks.get(blocks.size() - 1).get(0).block != l.block) {
                blocks.add(new ArrayList<>());
            }
            blocks.get(blocks.size() - 1).add(l);
        }
        if (rule == Pages.BLANK_LINE) {
            ruleOut[0] = "blank-line";
            List<OcrPage> pages = new ArrayList<>();
            for (List<Line> b : blocks) {
                OcrPage page = new OcrPage(name);
                page.lines.addAll(b);
                pages.add(page);
            }
            return pages.isEmpty() ? List.of(all) : pages;
        }
        double[] widths = all.lines.stream().mapToDouble(BookImport::width).toArray();
        boolean printed = BookImport.percentile(widths, 0.75) <= BookImport.PRINTED_MAX;
        // furniture at the edges of blocks: numbers in sequence; where the lines are printed lines, also a head on
        // three blocks or more (where they are paragraphs, a repeated short block is a title, not a running head)
        List<Furniture.Candidate> cands = Furniture.candidates(blocks);
        boolean[] heads = printed ? Furniture.recurringHeads(cands, 3) : new boolean[cands.size()];
        boolean[] numbers = Furniture.pageNumbers(cands, heads, false);
        boolean[] breakBefore = new boolean[blocks.size() + 1];
        boolean[] topFurniture = new boolean[blocks.size() + 1];
        boolean[] lone = new boolean[blocks.size()];
        boolean any = false;
        for (int i = 0; i < cands.size(); i++) {
            if (heads[i] || numbers[i]) {
                Furniture.Candidate c = cands.get(i);
                if (blocks.get(c.page()).size() == 1) {
                    lone[c.page()] = true;
                } else if (c.top()) {
                    breakBefore[c.page()] = true;
                    topFurniture[c.page()] = true;
                } else {
                    breakBefore[c.page() + 1] = true;
                }
                any = true;
            }
        }
        // a block of furniture alone is the foot of a page when the next block opens with furniture, else a top
        for (int b = 0; b < blocks.size(); b++) {
            if (lone[b]) {
                if (topFurniture[b + 1] || lone[b + 1 < blocks.size() ? b + 1 : b] && b + 1 < blocks.size()) {
                    breakBefore[b + 1] = true;
                } else {
                    breakBefore[b] = true;
                }
            }
        }
        if (!any) {
            if (rule == Pages.AUTO && !printed) {
                return null;
            }
            ruleOut[0] = "none";
            remarks.add("no form feeds, running heads or page numbers in sequence: one page (say --pages blank-line"
                    + " if each blank line ends a page)");
            return List.of(all);
        }
        ruleOut[0] = "furniture";
        List<OcrPage> pages = new ArrayList<>();
        OcrPage page = null;
        for (int b = 0; b < blocks.size(); b++) {
            if (page == null || breakBefore[b] && !page.lines.isEmpty()) {
                page = new OcrPage(name);
                pages.add(page);
            }
            page.lines.addAll(blocks.get(b));
        }
        return pages;
    }

    /** The lines of a text into a page: blank lines end blocks; leading spaces are the line's indentation. */
    static void addLines(OcrPage page, String text, int firstLine) {
        int block = page.lines.isEmpty() ? 0 : page.lines.get(page.lines.size() - 1).block + 1;
        boolean blank = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            if (raw.chars().allMatch(c -> c == ' ' || c == '\t')) {
                blank = true;
                continue;
            }
            if (blank && !page.lines.isEmpty()) {
                block++;
            }
            blank = false;
            int indent = 0;
            while (indent < raw.length() && (raw.charAt(indent) == ' ' || raw.charAt(indent) == '\t')) {
                indent++;
            }
            Line l = new Line(raw.substring(indent), block, firstLine + i + 1);
            l.indent = indent;
            page.lines.add(l);
        }
    }

    /** The import of decision 0005. */
    static String legacy(String text, ImportOptions options) {
        List<List<String>> blocks = blocks(text);
        ThaiWords words = new ThaiWords();
        PageBreaks breaks = new PageBreaks(words);
        TeiWriter out = new TeiWriter(options, words);

        int i = 0;
        String chapterTitle = null;
        // the opening headings: the chapter's, then a running head that repeats it
        if (i < blocks.size() && heading(blocks.get(i))) {
            chapterTitle = collapse(String.join(" ", blocks.get(i)));
            out.chapterHead(blocks.get(i));
            i++;
            while (i < blocks.size() && heading(blocks.get(i))
                    && squeeze(String.join("", blocks.get(i))).equals(squeeze(chapterTitle))) {
                out.runningHead(blocks.get(i));
                i++;
            }
        }
        out.endHead();
        String title = options.title() != null ? options.title()
                : chapterTitle != null ? chapterTitle : options.source() != null ? options.source() : "OCR import";

        boolean previousJoins = false;
        while (i < blocks.size()) {
            List<String> block = blocks.get(i);
            if (!previousJoins && heading(block)) {
                out.section(block);
                i++;
                continue;
            }
            if (!previousJoins) {
                out.startParagraph();
            }
            out.lines(block);
            PageBreaks.Join join = i + 1 < blocks.size() && !heading(blocks.get(i + 1))
                    ? breaks.classify(last(block), blocks.get(i + 1).get(0)) : PageBreaks.Join.PARAGRAPH_END;
            previousJoins = join != PageBreaks.Join.PARAGRAPH_END;
            if (previousJoins) {
                out.pageBreak(join == PageBreaks.Join.PAGE_BREAK_IN_WORD);
            } else {
                out.endParagraph();
            }
            i++;
        }
        return out.finish(title);
    }

    /** Runs of non-blank lines; a blank line holds only spaces and tabs. */
    static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.chars().allMatch(c -> c == ' ' || c == '\t')) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    /** A short block of one or two lines with letters in it and no note marker. */
    static boolean heading(List<String> block) {
        if (block.size() > 2) {
            return false;
        }
        int length = 0;
        for (String line : block) {
            String s = line.strip();
            if (s.length() > HEADING_MAX) {
                return false;
            }
            length += s.length();
        }
        String all = String.join(" ", block);
        return length <= HEADING_MAX + 20 && all.codePoints().anyMatch(Character::isLetter)
                && all.codePoints().noneMatch(TeiWriter::superscriptDigit) && !all.strip().endsWith("-");
    }

    private static String last(List<String> block) {
        return block.get(block.size() - 1);
    }

    static String collapse(String s) {
        return s.replaceAll("[ \\t\\n\\r]+", " ").strip();
    }

    private static String squeeze(String s) {
        return s.replaceAll("[ \\t\\n\\r]+", "");
    }
}
