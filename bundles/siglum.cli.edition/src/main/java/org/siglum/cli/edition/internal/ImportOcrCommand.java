package org.siglum.cli.edition.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.siglum.ocr.OcrImporter;

/** {@code siglum import-ocr TEXT.txt -o EDITION.xml [--lang th] [--siglum OCR] [--title ...]}. */
@Component(service = Command.class)
public final class ImportOcrCommand implements Command {

    @Reference
    OcrImporter importer;

    @Override
    public String name() {
        return "import-ocr";
    }

    @Override
    public String summary() {
        return "import a plain OCR text as a TEI edition (headings, paragraphs, page and line breaks, note anchors)";
    }

    @Override
    public String usage() {
        return """
                Usage: siglum import-ocr TEXT.txt [-o EDITION.xml] [--lang th] [--siglum OCR] [--title TITLE]

                Reads a UTF-8 OCR text and writes a TEI P5 edition: the header declares the OCR text as witness
                SIGLUM; short lines alone between blank lines are headings (divisions); blank lines end paragraphs
                except where a page break split one (a pb, break="no" when it split a word); hard line breaks are lb;
                superscript note markers are note anchors with their numbers; Latin runs in Thai text are foreign.
                `siglum witness EDITION.xml --wit SIGLUM` gives the text back (white space aside).

                  -o, --output FILE  where to write (default: TEXT with .xml in place of its extension); an existing
                                     file is replaced only with --force
                  --force            replace an existing output file
                  --lang TAG         the text's language (default th)
                  --siglum ID        the OCR witness's id (default OCR)
                  --title TITLE      the edition's title (default: the chapter heading found in the text)

                Exit codes: 0 written, 2 usage error or unreadable input.
                """;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        List<String> normalised = arguments.stream().map(a -> a.equals("-o") ? "--output" : a).toList();
        Arguments args = Arguments.parse(name(), normalised, Set.of("--force"),
                Set.of("--output", "--lang", "--siglum", "--title"));
        if (args.positionals().size() != 1) {
            throw new CommandException("import-ocr: give one text file (siglum import-ocr TEXT.txt -o EDITION.xml)");
        }
        String name = args.positionals().get(0);
        Path input = context.resolve(name);
        String outName = args.value("--output").orElse(name.replaceFirst("(\\.[^./]*)?$", ".xml"));
        Path output = context.resolve(outName);
        if (output.equals(input)) {
            throw new CommandException("import-ocr: the output " + outName + " is the input");
        }
        if (Files.exists(output) && !args.flag("--force")) {
            throw new CommandException(outName + ": exists (give --force to replace it)");
        }
        ImportOptions options;
        try {
            options = new ImportOptions(args.value("--lang").orElse("th"), args.value("--siglum").orElse("OCR"),
                    args.value("--title").orElse(null), input.getFileName().toString());
        } catch (IllegalArgumentException e) {
            throw new CommandException("import-ocr: " + e.getMessage());
        }
        String text = readUtf8(input, name);
        String xml = importer.importText(text, options);
        writeEdition(output, xml, outName);
        context.err().println("import-ocr: wrote " + outName);
        return ExitCode.OK;
    }

    private static String readUtf8(Path input, String name) throws CommandException {
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
