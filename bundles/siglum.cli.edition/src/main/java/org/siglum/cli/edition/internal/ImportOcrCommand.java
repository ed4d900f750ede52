package org.siglum.cli.edition.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.cli.Arguments;
import org.siglum.cli.Command;
import org.siglum.cli.CommandContext;
import org.siglum.cli.CommandException;
import org.siglum.cli.ExitCode;
import org.siglum.core.SafeFiles;
import org.siglum.ocr.ImportOptions;
import org.siglum.ocr.LayoutImport;
import org.siglum.ocr.LayoutImportException;
import org.siglum.ocr.LayoutOcrImporter;
import org.siglum.ocr.OcrImporter;
import org.siglum.ocr.PageSeparation;
import org.siglum.ocr.TextImport;
import org.siglum.ocr.TextLayout;

/**
 * {@code siglum import-ocr TEXT.txt -o EDITION.xml [--lang th] [--siglum OCR] [--title ...] [--pages ...]
 * [--keep-lines]} (decision 0049), or OCR with coordinates:
 * {@code siglum import-ocr PAGES/ -o EDITION.xml [--confidence 0.6]} (hOCR, ALTO, PAGE XML; decision 0047).
 */
@Component(service = Command.class, property = {Command.NAME_PROPERTY + "=" + ImportOcrCommand.NAME,
        Command.SUMMARY_PROPERTY + "=" + ImportOcrCommand.SUMMARY})
public final class ImportOcrCommand implements Command {

    /** The command's word; a service property too, so that it is listed without being activated. */
    static final String NAME = "import-ocr";

    static final String SUMMARY = "import OCR as a TEI edition: a plain text, or hOCR, ALTO or PAGE XML with the page images beside the text";

    /** Words the engine gave less confidence than this are kept as unsure, unless --confidence says otherwise. */
    static final double CONFIDENCE = 0.6;

    @Reference
    OcrImporter importer;

    @Reference
    LayoutOcrImporter layout;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return SUMMARY;
    }

    @Override
    public String usage() {
        return """
                Usage: siglum import-ocr TEXT.txt [-o EDITION.xml] [--lang th] [--siglum OCR] [--title TITLE]
                                         [--pages auto|blank-line|form-feed|none] [--keep-lines]
                       siglum import-ocr PAGES/ | PAGE.hocr | PAGE.xml ... [-o EDITION.xml] [--confidence 0.6] ...

                A plain OCR text (UTF-8) of a book or a chapter: the header declares the OCR text as witness SIGLUM.
                Pages are found from the evidence the text gives: form feeds (as Tesseract writes a book), else the
                running heads (short lines at the edge of a block that repeat a few lines apart, with a page number)
                and the page numbers alone on a line; each page is a pb with its printed number (pb/@n), its running
                heads and page numbers fw (header, footer, pageNum). Where the text has no such furniture, a blank
                line that falls mid-sentence or mid-word is a page break. Printed lines are joined into paragraphs:
                a paragraph ends at a blank line, a short line or before an indented line, and runs on over a page
                break after a full line or where the break falls mid-sentence or mid-word; every printed line break
                is the OCR witness's lb (break="no" where it splits a word), so the edition's text flows over it and
                no space is added where Thai writes none. Blocks at a page's foot that begin with the next note number
                are that page's footnotes. Short lines alone between blank lines are headings (divisions);
                superscript note markers are note anchors with their numbers; Latin runs in Thai text are foreign.
                What was decided is reported: pages, paragraphs, headings, running heads, notes, and page numbers
                out of sequence (the OCR may have misread them).

                OCR with coordinates: hOCR (Tesseract), ALTO (Tesseract, Kraken, eScriptorium) or PAGE XML
                (Transkribus), known by their content; one file, several, or a folder of pages (read in the natural
                order of their names; where it holds the same pages in two formats, PAGE, then ALTO, then hOCR is
                read). The edition gets a facsimile: a surface per page with its image (found next to the OCR file or
                in a folder beside it, named as the OCR says or as the OCR file), a zone per printed line, pb/@facs
                and lb/@facs pointing at them, so that the Facsimile view and the web edition show the page beside the
                text. The engine's blocks are paragraphs, joined over a page break where the page's last line is full
                and the next first line not indented; larger type is a heading, smaller type at the foot a note; a
                page number or a running head (a line apart at the top or foot that repeats) is fw, the number pb/@n.
                Words below the --confidence the engine gave are kept as seg type="ocr-unsure" with their cert; the
                suspects list them. Tesseract's .txt beside an hOCR or ALTO file gives its spaces between words,
                which those formats lose in Thai; without it they are estimated from the gaps (a warning says so).

                `siglum witness EDITION.xml --wit SIGLUM` gives the OCR's text back (white space aside).

                  -o, --output FILE  where to write (default: the input with .xml in place of its extension, or
                                     FOLDER.xml beside a folder); an existing file is replaced only with --force
                  --force            replace an existing output file
                  --lang TAG         the text's language (default th)
                  --siglum ID        the OCR witness's id (default OCR)
                  --title TITLE      the edition's title (default: the chapter heading found in the text)
                  --pages HOW        how the pages of a plain text are told apart: form-feed (every form feed
                                     ends a page), blank-line (by running heads and page numbers among the blank
                                     lines), none (no page breaks), auto (default: form feeds where the text has
                                     them, else blank-line)
                  --keep-lines       every printed line of a plain text is a line of the edition too (lb without
                                     edRef: verse, a diplomatic transcription)
                  --confidence C     keep words the engine was less sure of than C (0 to 1) as unsure; 0 keeps
                                     none (default 0.6)

                Exit codes: 0 written, 2 usage error or unreadable input.
                """;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        List<String> normalised = arguments.stream().map(a -> a.equals("-o") ? "--output" : a).toList();
        Arguments args = Arguments.parse(name(), normalised, Set.of("--force", "--keep-lines"),
                Set.of("--output", "--lang", "--siglum", "--title", "--confidence", "--pages"));
        if (args.positionals().isEmpty()) {
            throw new CommandException("import-ocr: give an OCR text, or hOCR, ALTO or PAGE XML files or a folder of"
                    + " them (siglum import-ocr TEXT.txt -o EDITION.xml)");
        }
        List<String> names = args.positionals();
        List<Path> inputs = names.stream().map(context::resolve).toList();
        String first = names.get(0);
        String outName = args.value("--output").orElse(Files.isDirectory(inputs.get(0))
                ? first.replaceAll("/+$", "") + ".xml" : first.replaceFirst("(\\.[^./]*)?$", ".xml"));
        Path output = context.resolve(outName);
        if (inputs.contains(output)) {
            throw new CommandException("import-ocr: the output " + outName + " is an input");
        }
        if (Files.exists(output) && !args.flag("--force")) {
            throw new CommandException(outName + ": exists (give --force to replace it)");
        }
        double confidence = confidence(args.value("--confidence").orElse(Double.toString(CONFIDENCE)));
        ImportOptions options;
        try {
            options = new ImportOptions(args.value("--lang").orElse("th"), args.value("--siglum").orElse("OCR"),
                    args.value("--title").orElse(null), names.size() == 1 ? inputs.get(0).getFileName().toString()
                            : names.size() + " files from " + inputs.get(0).getFileName());
        } catch (IllegalArgumentException e) {
            throw new CommandException("import-ocr: " + e.getMessage());
        }
        Path folder = output.toAbsolutePath().getParent();
        Optional<LayoutFiles.Found> found = LayoutFiles.find(inputs, names, folder, layout);
        if (found.isPresent()) {
            LayoutImport result;
            try {
                result = layout.importPages(found.get().sources(), options, confidence);
            } catch (LayoutImportException e) {
                throw new CommandException(e.getMessage(), e);
            }
            found.get().notes().forEach(n -> context.err().println("import-ocr: " + n));
            result.warnings().forEach(w -> context.err().println(w.contains(": ") ? w.replaceFirst(": ", ": warning: ")
                    : "import-ocr: warning: " + w));
            writeEdition(output, result.xml(), outName);
            context.err().printf(java.util.Locale.ROOT,
                    "import-ocr: %d %s (%s), %d paragraphs, %d lines, %d running heads and page numbers, %d runs of"
                            + " unsure words (below %.2f); wrote %s%n", result.pages(),
                    result.pages() == 1 ? "page" : "pages", result.format().label(), result.paragraphs(),
                    result.lines(), result.runningHeads(), result.unsure(), confidence, outName);
            return ExitCode.OK;
        }
        if (names.size() > 1) {
            throw new CommandException("import-ocr: a plain OCR text is imported alone; more than one file is for"
                    + " hOCR, ALTO or PAGE XML pages");
        }
        PageSeparation pages;
        try {
            pages = PageSeparation.of(args.value("--pages").orElse("auto"));
        } catch (IllegalArgumentException e) {
            throw new CommandException("import-ocr: " + e.getMessage());
        }
        String text = readUtf8(inputs.get(0), first);
        TextImport result = importer.importBook(text, options, new TextLayout(pages, args.flag("--keep-lines")));
        result.warnings().forEach(w -> context.err().println(w.matches("\\d+:\\d+: .*")
                ? first + ":" + w.replaceFirst(": ", ": warning: ") : "import-ocr: warning: " + w));
        writeEdition(output, result.xml(), outName);
        context.err().printf(java.util.Locale.ROOT,
                "import-ocr: %d %s (%s), %d %s, %d %s, %d lines, %d running heads and page numbers,"
                        + " %d %s; wrote %s%n", result.pageCount(), result.pageCount() == 1 ? "page" : "pages",
                switch (result.pages()) {
                    case FORM_FEED -> "by form feeds";
                    case NONE -> "no page breaks";
                    default -> result.runningHeads() > 0 ? "by running heads and page numbers"
                            : "at blank lines mid-sentence";
                }, result.paragraphs(), result.paragraphs() == 1 ? "paragraph" : "paragraphs", result.headings(),
                result.headings() == 1 ? "heading" : "headings", result.lines(), result.runningHeads(), result.notes(),
                result.notes() == 1 ? "footnote" : "footnotes", outName);
        return ExitCode.OK;
    }

    private static double confidence(String value) throws CommandException {
        try {
            double c = Double.parseDouble(value);
            if (c >= 0 && c <= 1) {
                return c;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new CommandException("import-ocr: --confidence takes a number from 0 to 1, not '" + value + "'");
    }

    static String readUtf8(Path input, String name) throws CommandException {
        if (!Files.exists(input)) {
            throw new CommandException(name + ": no such file");
        }
        if (Files.isDirectory(input)) {
            throw new CommandException(name + ": is a folder, not a file");
        }
        try {
            byte[] bytes = Files.readAllBytes(input);
            int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new CommandException(name + ":1:1: not UTF-8 text");
        } catch (IOException e) {
            throw new CommandException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Writes a new edition as every edition is saved (decision 0032): through the core, atomically, forced to disk,
     * an existing file kept as FILE~.
     */
    static void writeEdition(Path output, String xml, String outName) throws CommandException {
        try {
            org.siglum.core.EditionDocument.ofText(xml, outName).saveAs(output);
        } catch (IOException e) {
            throw new CommandException(outName + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    static void write(Path output, String text, String outName) throws CommandException {
        try {
            SafeFiles.write(output, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandException(outName + ": cannot be written (" + e.getMessage() + ")");
        }
    }
}
