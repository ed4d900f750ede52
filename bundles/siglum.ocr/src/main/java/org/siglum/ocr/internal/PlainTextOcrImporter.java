package org.siglum.ocr.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.siglum.ocr.ImportOptions;
import org.siglum.ocr.OcrImporter;

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
        String text = ocrText.replace("\r\n", "\n").replace('\r', '\n');
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
