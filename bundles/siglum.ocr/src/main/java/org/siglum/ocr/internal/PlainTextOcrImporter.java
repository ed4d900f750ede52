package org.siglum.ocr.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.siglum.ocr.ImportOptions;
import org.siglum.ocr.OcrImporter;
import org.siglum.ocr.PageSeparation;
import org.siglum.ocr.TextImport;
import org.siglum.ocr.TextLayout;

/**
 * The OCR importer: the text is cut into blocks at blank lines; short lone blocks are headings (the first the
 * chapter's, a repeat of it the running head, later ones sections); the other blocks are paragraphs, joined across a
 * blank line that {@link PageBreaks} judges a page break. See docs/decisions/0005.
 */
@Component(service = OcrImporter.class)
public final class PlainTextOcrImporter implements OcrImporter {

    /** A heading is at most this many characters on at most two lines. */
    static final int HEADING_MAX = 60;

    @Override
    public String importText(String ocrText, ImportOptions options) {
        return plain(ocrText.replace("\r\n", "\n").replace('\r', '\n'), options, false, true).xml();
    }

    @Override
    public TextImport importBook(String ocrText, ImportOptions options, TextLayout layout) {
        String text = ocrText.replace("\r\n", "\n").replace('\r', '\n');
        PageSeparation separation = layout.pages();
        if (separation == PageSeparation.AUTO) {
            separation = text.indexOf('\f') >= 0 ? PageSeparation.FORM_FEED : PageSeparation.BLANK_LINE;
        }
        if (separation != PageSeparation.NONE) {
            List<Integer> formFeeds = new ArrayList<>();
            List<String> lines = BookPages.lines(text, separation == PageSeparation.FORM_FEED, formFeeds);
            List<BookPages.Page> pages = BookPages.find(lines, formFeeds, separation == PageSeparation.FORM_FEED);
            if (pages != null) {
                return new BookImport(lines, options, layout.keepLines()).write(pages, separation);
            }
        }
        TextImport plain = plain(text, options, layout.keepLines(), separation != PageSeparation.NONE);
        if (separation == PageSeparation.BLANK_LINE) {
            List<String> warnings = new ArrayList<>(plain.warnings());
            warnings.add("no running heads or page numbers found: a blank line that falls mid-sentence or mid-word"
                    + " is taken for a page break");
            return new TextImport(plain.xml(), plain.pages(), plain.pageCount(), plain.paragraphs(), plain.headings(),
                    plain.lines(), plain.runningHeads(), plain.notes(), warnings);
        }
        return plain;
    }

    /** The text as blocks: headings, paragraphs, and (with pageBreaks) page breaks at blank lines mid-sentence. */
    private TextImport plain(String text, ImportOptions options, boolean keepLines, boolean pageBreaks) {
        List<List<String>> blocks = blocks(text);
        ThaiWords words = new ThaiWords();
        PageBreaks breaks = new PageBreaks(words);
        TeiWriter out = new TeiWriter(options, words, keepLines);

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
            PageBreaks.Join join = pageBreaks && i + 1 < blocks.size() && !heading(blocks.get(i + 1))
                    ? breaks.classify(last(block), blocks.get(i + 1).get(0)) : PageBreaks.Join.PARAGRAPH_END;
            previousJoins = join != PageBreaks.Join.PARAGRAPH_END;
            if (previousJoins) {
                out.pageBreak(join == PageBreaks.Join.PAGE_BREAK_IN_WORD);
            } else {
                out.endParagraph();
            }
            i++;
        }
        String xml = out.finish(title);
        int runningHeads = out.furniture();
        return new TextImport(xml, pageBreaks ? PageSeparation.BLANK_LINE : PageSeparation.NONE, out.pages(),
                out.paragraphs(), out.headings(), out.lineCount(), runningHeads, out.footnotes(), List.of());
    }

    /** Runs of non-blank lines; a blank line holds only spaces and tabs. */
    static List<List<String>> blocks(String text) {
        return blocks(List.of(text.split("\n", -1)));
    }

    /** Runs of non-blank lines among lines, each a list of its own (a caller may change it). */
    static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
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
