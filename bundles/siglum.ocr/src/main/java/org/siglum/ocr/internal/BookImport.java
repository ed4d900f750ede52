package org.siglum.ocr.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.siglum.ocr.ImportOptions;
import org.siglum.ocr.PageSeparation;
import org.siglum.ocr.TextImport;

/**
 * Writes a plain OCR text of a book whose pages {@link BookPages} found: each page a pb with its printed number, its
 * running heads and page numbers fw, its footnotes notes, its printed lines joined into paragraphs by the evidence.
 * A paragraph ends at a short line (under three fifths of the measure, the median line), before an indented line and
 * at a blank line, except where a blank line falls mid-sentence or mid-word ({@link PageBreaks}); it runs on over a
 * page break where the page's last line is full, ends no sentence and the next page's first line is not indented, or
 * where the break falls mid-sentence or mid-word. See decision 0049.
 */
final class BookImport {

    private static final String SENTENCE_END = ".!?;:\u0964\u0965\u17D4\u104B\u3002";
    /** A line shorter than this share of the measure ends its paragraph; one this long is full. */
    static final double SHORT = 0.6;
    static final double FULL = 0.75;
    /** A note of more lines than this is body text that begins with a number. */
    static final int NOTE_LINES = 10;

    private final List<String> lines;
    private final ImportOptions options;
    private final ThaiWords words = new ThaiWords();
    private final PageBreaks breaks = new PageBreaks(words);
    private final TeiWriter out;
    private final List<String> warnings = new ArrayList<>();
    private double measure;
    private String lastLine = "";
    private boolean chapterHeadDone;
    private boolean textBegun;
    private int lastNote;

    BookImport(List<String> lines, ImportOptions options, boolean keepLines) {
        this.lines = lines;
        this.options = options;
        this.out = new TeiWriter(options, words, keepLines);
    }

    TextImport write(List<BookPages.Page> pages, PageSeparation separation) {
        measure = measure(pages);
        List<Runnable> pageEnd = new ArrayList<>();
        String chapterTitle = null;
        String[] previousNumber = {null};
        for (int p = 0; p < pages.size(); p++) {
            BookPages.Page page = pages.get(p);
            List<List<String>> blocks = blocks(page.bodyFrom(), page.bodyTo());
            List<Note> notes = notes(blocks);
            List<List<String>> body = blocks.subList(0, blocks.size() - notesBlocks(notes));
            List<String> first = body.isEmpty() ? null : body.get(0);
            // a short block at the top of the page after a full line that ends no sentence is the paragraph's end,
            // not a heading
            boolean runsOn = out.inParagraph() && first != null && continues(lastLine, first.get(0), true);
            boolean inWord = runsOn && words.splitsWord(lastLine.stripTrailing(), first.get(0).stripLeading());
            if (out.inParagraph() && !runsOn) {
                out.endParagraph();
            }
            pageEnd.forEach(Runnable::run);
            pageEnd.clear();
            out.page(page.number(), inWord, p == 0);
            checkSequence(page, previousNumber);
            for (int k : page.top()) {
                if (page.specks().contains(k)) {
                    out.specks(lines.get(k));
                } else {
                    out.fw(lines.get(k), true, runsOn && inWord);
                }
            }
            Set<String> numbers = new LinkedHashSet<>();
            notes.forEach(n -> numbers.add(n.number() == null ? "" : BookPages.ascii(n.number())));
            out.pageNotes(numbers);
            for (int b = 0; b < body.size(); b++) {
                List<String> block = body.get(b);
                // a short block after a full line that ends no sentence is the paragraph's last line that the
                // engine set apart, not a heading
                boolean goesOnHere = b == 0 ? runsOn : out.inParagraph() && continues(lastLine, block.get(0), false);
                if (heading(block) && !goesOnHere) {
                    if (out.inParagraph()) {
                        out.endParagraph();
                    }
                    if (!chapterHeadDone && !textBegun) {
                        chapterTitle = PlainTextOcrImporter.collapse(String.join(" ",
                                block.stream().filter(l -> !noise(l)).toList()));
                        out.chapterHead(block);
                        out.endHead();
                    } else {
                        out.section(block);
                    }
                    chapterHeadDone = true;
                    lastLine = block.get(block.size() - 1);
                    continue;
                }
                if (block.stream().allMatch(BookImport::noise) && out.inParagraph()) {
                    out.linesAfterBreak(block, false); // specks between the lines: the paragraph goes on
                    continue;
                }
                List<List<String>> pieces = paragraphs(block);
                for (int q = 0; q < pieces.size(); q++) {
                    List<String> piece = pieces.get(q);
                    boolean goesOn = q == 0 && out.inParagraph()
                            && (b == 0 ? runsOn : continues(lastLine, piece.get(0), false));
                    if (goesOn) {
                        out.linesAfterBreak(piece, words.splitsWord(lastLine.stripTrailing(),
                                piece.get(0).stripLeading()) || b == 0 && inWord);
                    } else {
                        if (out.inParagraph()) {
                            out.endParagraph();
                        }
                        out.startParagraph();
                        out.lines(piece);
                    }
                    textBegun = true;
                    lastLine = lastText(piece);
                }
            }
            String before = lastLine;
            for (Note note : notes) {
                pageEnd.add(() -> out.note(note.number(), note.lines()));
            }
            for (int k : page.foot()) {
                pageEnd.add(() -> {
                    if (page.specks().contains(k)) {
                        out.specks(lines.get(k));
                    } else {
                        out.fw(lines.get(k), false, false);
                    }
                });
            }
            lastLine = before;
        }
        if (out.inParagraph()) {
            out.endParagraph();
        }
        pageEnd.forEach(Runnable::run);
        String title = options.title() != null ? options.title()
                : chapterTitle != null ? chapterTitle : options.source() != null ? options.source() : "OCR import";
        out.book(separation);
        String xml = out.finish(title);
        return new TextImport(xml, separation, pages.size(), out.paragraphs(), out.headings(), out.lineCount(),
                out.furniture(), out.footnotes(), warnings);
    }

    /**
     * A page number that does not follow the one before (numbers in digits only): the OCR may have misread it.
     * previous holds the last number as printed and its value, for the next page.
     */
    private void checkSequence(BookPages.Page page, String[] previous) {
        String digits = page.number() == null ? null : BookPages.ascii(page.number());
        if (digits == null || !digits.matches("[0-9]{1,4}")) {
            previous[0] = null;
            return;
        }
        int n = Integer.parseInt(digits);
        if (previous[0] != null && n != Integer.parseInt(BookPages.ascii(previous[0])) + 1) {
            int line = page.top().isEmpty() ? page.foot().get(0) : page.top().get(0);
            for (int k : page.top()) {
                if (BookPages.numberAt(lines.get(k)) != null) {
                    line = k;
                    break;
                }
            }
            int[] at = BookPages.numberAt(lines.get(line));
            warnings.add((line + 1) + ":" + (at == null ? 1 : at[0] + 1) + ": page number " + page.number()
                    + " does not follow " + previous[0] + ", the page before's: the OCR may have misread it");
        }
        previous[0] = page.number();
    }

    /** The last line of a piece that is not specks (its last line if all are). */
    private static String lastText(List<String> piece) {
        for (int k = piece.size() - 1; k >= 0; k--) {
            if (!noise(piece.get(k))) {
                return piece.get(k);
            }
        }
        return piece.get(piece.size() - 1);
    }

    /** The blank-line separated blocks of lines [from, to). */
    private List<List<String>> blocks(int from, int to) {
        return PlainTextOcrImporter.blocks(lines.subList(from, to));
    }

    /** A footnote found at a page's foot: its number as printed (null for a star), its lines. */
    record Note(String number, List<String> lines, int blocks) {
    }

    private static int notesBlocks(List<Note> notes) {
        return notes.stream().mapToInt(Note::blocks).sum();
    }

    /**
     * The footnotes at the foot of a page: the last blocks, each beginning with a number (or a star), of at most
     * {@link #NOTE_LINES} lines, after at least one block of text, their numbers following the last note's (or
     * beginning again at 1); inside a block a line that begins with the next number begins the next note.
     */
    private List<Note> notes(List<List<String>> blocks) {
        // a note the OCR did not set apart by a blank line: the last block's lines from one that begins with the
        // next note number after specks or a short line
        if (!blocks.isEmpty()) {
            List<String> last = blocks.get(blocks.size() - 1);
            for (int k = 1; k < last.size(); k++) {
                String n = noteNumber(last.get(k));
                int value = value(n);
                if (n != null && (value < 0 || value == lastNote + 1 || value == 1) && last.size() - k <= NOTE_LINES
                        && (noise(last.get(k - 1)) || shortLine(last.get(k - 1)))) {
                    blocks.set(blocks.size() - 1, new ArrayList<>(last.subList(0, k)));
                    blocks.add(new ArrayList<>(last.subList(k, last.size())));
                    List<Note> notes = notesFrom(blocks);
                    if (!notes.isEmpty()) {
                        return notes;
                    }
                    blocks.remove(blocks.size() - 1);
                    blocks.set(blocks.size() - 1, last);
                    break;
                }
            }
        }
        return notesFrom(blocks);
    }

    private List<Note> notesFrom(List<List<String>> blocks) {
        int from = blocks.size();
        for (int b = blocks.size() - 1; b >= 1; b--) {
            List<String> block = blocks.get(b);
            if (block.size() <= NOTE_LINES && noteNumber(block.get(0)) != null) {
                from = b;
            } else {
                break;
            }
        }
        List<Note> notes = new ArrayList<>();
        int expected = lastNote + 1;
        for (int b = from; b < blocks.size(); b++) {
            List<String> block = blocks.get(b);
            List<String> current = new ArrayList<>();
            String number = null;
            for (String line : block) {
                String n = noteNumber(line);
                int value = value(n);
                boolean next = n != null && (current.isEmpty() ? value < 0 || value == expected || value == 1
                        : value < 0 || value == expected);
                if (current.isEmpty() && !next) {
                    return List.of(); // not a note where a note must begin: no notes on this page
                }
                if (next && !current.isEmpty()) {
                    notes.add(new Note(number, current, 0));
                    current = new ArrayList<>();
                }
                if (next) {
                    number = n.startsWith("*") || n.equals("\u2020") ? null : n;
                    expected = value < 0 ? expected : value + 1;
                }
                current.add(line);
            }
            notes.add(new Note(number, current, 1));
        }
        if (!notes.isEmpty()) {
            lastNote = expected - 1;
        }
        return notes;
    }

    /** The number a footnote's first line begins with, as printed, or null. */
    static String noteNumber(String line) {
        return NoteNumbers.number(line);
    }

    /** A note number's value; -1 for a star or dagger. */
    private static int value(String number) {
        if (number == null || number.startsWith("*") || number.equals("\u2020")) {
            return -1;
        }
        return Integer.parseInt(BookPages.ascii(number));
    }

    /** The median length of the lines that another line of their block follows: full lines by definition. */
    private double measure(List<BookPages.Page> pages) {
        List<Integer> lengths = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (BookPages.Page page : pages) {
            for (List<String> block : blocks(page.bodyFrom(), page.bodyTo())) {
                for (int k = 0; k < block.size(); k++) {
                    int n = BookPages.displayLength(block.get(k));
                    all.add(n);
                    if (k + 1 < block.size()) {
                        lengths.add(n);
                    }
                }
            }
        }
        List<Integer> use = lengths.size() >= 5 ? lengths : all;
        if (use.isEmpty()) {
            return 0;
        }
        use.sort(null);
        return use.get(use.size() / 2);
    }

    private boolean shortLine(String line) {
        return BookPages.displayLength(line) < SHORT * measure;
    }

    private boolean full(String line) {
        return BookPages.displayLength(line) >= FULL * measure;
    }

    private static boolean indented(String line) {
        return line.startsWith("  ") || line.startsWith("\t") || line.startsWith("\u3000");
    }

    private static boolean sentenceEnd(String line) {
        String s = line.strip();
        while (!s.isEmpty() && "\"'\u201D\u2019)]".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return !s.isEmpty() && SENTENCE_END.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /**
     * Specks the OCR read as text: at most two characters, beginning with a combining mark, less than half of them
     * letters, or two or more scraps of at most two and a half characters on average (words are longer, and Thai
     * writes no space between them).
     */
    static boolean noise(String line) {
        String s = line.replaceAll("\\s+", "");
        if (s.codePointCount(0, s.length()) <= 2) {
            return true;
        }
        int first = s.codePointAt(0);
        if (Character.getType(first) == Character.NON_SPACING_MARK || Character.getType(first) == Character.ENCLOSING_MARK) {
            return true; // no word begins with a vowel or tone mark
        }
        String[] tokens = line.strip().split("\\s+");
        if (tokens.length >= 2 && s.codePointCount(0, s.length()) <= 2.5 * tokens.length) {
            return true;
        }
        long letters = s.codePoints().filter(c -> Character.isLetter(c)
                || Character.getType(c) == Character.NON_SPACING_MARK).count();
        return letters * 2 < s.codePointCount(0, s.length());
    }

    /**
     * A heading: a short lone block (the plain import's rule, specks aside), with no full line, three letters, ending
     * no sentence.
     */
    private boolean heading(List<String> block) {
        List<String> text = block.stream().filter(l -> !noise(l)).toList(); // specks beside it aside
        if (text.isEmpty()) {
            return false;
        }
        String all = String.join(" ", text);
        return PlainTextOcrImporter.heading(text) && text.stream().noneMatch(this::full)
                && BookPages.letters(all).length() >= 3 && !sentenceEnd(text.get(text.size() - 1))
                && noteNumber(text.get(0)) == null;
    }

    /**
     * Whether a paragraph goes on from a line to the next across a blank line or (acrossPage) a page break: never
     * after a sentence end or before an indented line; where the break falls mid-word or mid-sentence
     * ({@link PageBreaks}); across a page break also after a full line (a paragraph's last line is short). Inside a
     * page the engine's blank line is its paragraph end (it sees the indent the text lost) unless the break falls
     * mid-word or mid-sentence.
     */
    private boolean continues(String last, String next, boolean acrossPage) {
        if (last.isBlank() || sentenceEnd(last) || indented(next)) {
            return false;
        }
        if (breaks.classify(last, next) != PageBreaks.Join.PARAGRAPH_END) {
            return true;
        }
        return full(last);
    }

    /** A block cut into paragraphs: after a short line (not specks, not a word split over the break), before an indented line. */
    private List<List<String>> paragraphs(List<String> block) {
        List<List<String>> pieces = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int k = 0; k < block.size(); k++) {
            String line = block.get(k);
            current.add(line);
            if (k + 1 < block.size()) {
                String next = block.get(k + 1);
                boolean ends = shortLine(line) && !noise(line) && !line.strip().endsWith("-")
                        && !words.splitsWord(line.stripTrailing(), next.stripLeading())
                        && !(Character.isLowerCase(next.strip().isEmpty() ? 'A' : next.strip().codePointAt(0)))
                        || indented(next) && !indented(line);
                if (ends) {
                    pieces.add(current);
                    current = new ArrayList<>();
                }
            }
        }
        pieces.add(current);
        return pieces;
    }
}
