package org.siglum.cli.textcrit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.cli.Arguments;
import org.siglum.cli.Command;
import org.siglum.cli.CommandContext;
import org.siglum.cli.CommandException;
import org.siglum.cli.ExitCode;
import org.siglum.cli.Json;
import org.siglum.collation.Collation;
import org.siglum.collation.CollationOptions;
import org.siglum.collation.Collator;
import org.siglum.collation.Witness;
import org.siglum.apparatus.ApparatusException;
import org.siglum.apparatus.ApparatusService;
import org.siglum.core.EditionDocument;
import org.siglum.core.EditionException;
import org.siglum.core.Problem;
import org.siglum.core.SafeFiles;
import org.siglum.witness.WitnessText;

/** {@code siglum collate A.txt B.txt [C.txt ...] [--lang th] [-o FILE] [--format tei|json|table] [--wit IDS]}. */
@Component(service = Command.class, property = {Command.NAME_PROPERTY + "=" + CollateCommand.NAME,
        Command.SUMMARY_PROPERTY + "=" + CollateCommand.SUMMARY})
public final class CollateCommand implements Command {

    /** The command's word; a service property too, so that it is listed without being activated. */
    static final String NAME = "collate";

    static final String SUMMARY = "align witnesses (Thai-aware) and write TEI apparatus entries where they differ";

    @Reference
    Collator collator;

    @Reference
    ApparatusService apparatus;

    @Reference
    WitnessText witnessText;

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
                Usage: siglum collate A.txt B.txt [C.txt ...] [--lang th] [-o FILE] [--format tei|json|table] [--wit IDS]
                       siglum collate --into EDITION.xml --wit ID TEXT.txt [--lang th] [--cause CAUSE]

                Aligns the witnesses word by word against the first (the base text) and writes a variant place
                wherever one differs. Words are found by ICU word segmentation (dictionary-based for Thai, which
                writes no spaces between words); a difference of white space alone is no variant; a changed, added or
                missing word gives one small entry.

                  --lang TAG          the language for word segmentation (default th)
                  --format tei        (default) a TEI document: the witnesses in listWit, the base text with
                                      app/lem/rdg at each place (parallel segmentation)
                  --format json       the places with every witness's reading and its offsets
                  --format table      one line per place: base offset, then each witness's reading
                  -o FILE, --output FILE   write there (atomically) instead of to standard output
                  --wit IDS           sigla for the witnesses, comma-separated, in order (default: file names)
                  --into EDITION.xml  add TEXT.txt to the edition as witness ID: it is declared in listWit and
                                      collated against the base text (the lemma of every entry); each difference
                                      becomes a reading: a new entry over the base text's words, or a reading of the
                                      entry it falls in. Saved atomically. A place that crosses markup is skipped
                                      and listed on standard error.
                  --cause CAUSE       with --into: @cause of every reading added, e.g. ocr-error (our schema
                                      warns about a reading without one)

                Exit codes: 0 collated (with or without variants), 1 --into skipped some places, 2 a file cannot be
                read or a usage error.
                """;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        Arguments args = Arguments.parse(name(), arguments, Set.of(),
                Set.of("--lang", "-o", "--output", "--format", "--wit", "--into", "--cause"));
        if (args.value("--into").isPresent()) {
            return into(context, args);
        }
        List<String> files = args.positionals();
        if (files.size() < 2) {
            throw new CommandException("collate: give at least two witnesses (siglum collate A.txt B.txt [C.txt ...])");
        }
        String format = args.choice(name(), "--format", Set.of("tei", "json", "table"), "tei");
        String language = args.value("--lang").orElse("th");
        List<String> sigla = args.values("--wit");
        if (!sigla.isEmpty() && sigla.size() != files.size()) {
            throw new CommandException("collate: --wit gives " + sigla.size() + " sigla for " + files.size() + " witnesses");
        }
        List<Witness> witnesses = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i);
            String text = Inputs.text(context.resolve(name), name);
            String id = sigla.isEmpty() ? siglum(name, used) : sigla.get(i);
            if (!isXmlName(id)) {
                throw new CommandException("collate: '" + id + "' cannot be a siglum (it must be an XML name, e.g. A or OCR)");
            }
            if (!used.add(id) && !sigla.isEmpty()) {
                throw new CommandException("collate: the siglum " + id + " is given twice");
            }
            witnesses.add(new Witness(id, text));
            sources.put(id, name);
        }
        Collation collation = collator.collate(witnesses, new CollationOptions(language));
        String output = switch (format) {
            case "json" -> Json.write(ApparatusWriter.data(collation, sources)) + "\n";
            case "table" -> ApparatusWriter.table(collation);
            default -> ApparatusWriter.tei(collation, sources);
        };
        String target = args.value("-o").or(() -> args.value("--output")).orElse(null);
        if (target == null) {
            context.out().print(output);
            context.out().flush();
        } else {
            write(context.resolve(target), target, output);
            context.err().println("collate: " + collation.places().size() + " variant places written to " + target);
        }
        return ExitCode.OK;
    }

    private int into(CommandContext context, Arguments args) throws CommandException {
        String editionName = args.value("--into").get();
        List<String> sigla = args.values("--wit");
        if (sigla.size() != 1 || args.positionals().size() != 1) {
            throw new CommandException("collate: --into needs one --wit ID and one TEXT.txt (siglum collate --into EDITION.xml --wit ID TEXT.txt)");
        }
        String id = sigla.get(0);
        String textName = args.positionals().get(0);
        String text = Inputs.text(context.resolve(textName), textName);
        Path file = context.resolve(editionName);
        Inputs.text(file, editionName); // absent, a folder, not UTF-8: the same messages
        EditionDocument document;
        try {
            document = EditionDocument.read(file);
        } catch (EditionException e) {
            throw new CommandException(e.getMessage(), e);
        }
        for (Problem p : document.problems()) {
            if (p.severity() == Problem.Severity.ERROR) {
                throw new CommandException(editionName + ":" + p.line() + ":" + p.column() + ": " + p.message());
            }
        }
        if (witnessText.witnesses(document.tree()).contains(id)) {
            throw new CommandException("collate: " + editionName + " has a witness " + id + " already");
        }
        IntoEdition.Outcome outcome;
        try {
            outcome = IntoEdition.run(document, id, Path.of(textName).getFileName().toString(), text,
                    args.value("--lang").orElse("th"), args.value("--cause").orElse(null), collator, apparatus,
                    witnessText);
            document.save();
        } catch (ApparatusException e) {
            throw new CommandException(editionName + ": " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new CommandException(editionName + ": cannot be saved (" + e.getMessage() + ")", e);
        }
        context.out().println("collate: witness " + id + " added to " + editionName + ": " + outcome.places()
                + " variant places, " + outcome.entries() + " new entries, " + outcome.readings()
                + " readings in existing entries, " + outcome.skipped().size() + " skipped");
        for (String s : outcome.skipped()) {
            context.err().println("collate: skipped: " + s);
        }
        return outcome.skipped().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /** A siglum from a file name: its stem made an XML name, unique among the witnesses. */
    static String siglum(String fileName, Set<String> used) {
        String stem = Path.of(fileName).getFileName().toString();
        int dot = stem.lastIndexOf('.');
        if (dot > 0) {
            stem = stem.substring(0, dot);
        }
        StringBuilder b = new StringBuilder();
        stem.codePoints().forEach(cp -> b.appendCodePoint(Character.isLetterOrDigit(cp) || cp == '-' || cp == '.' ? cp : '_'));
        String id = b.length() == 0 || !Character.isLetter(b.codePointAt(0)) && b.charAt(0) != '_' ? "w" + b : b.toString();
        String unique = id;
        for (int n = 2; used.contains(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    private static boolean isXmlName(String id) {
        if (id.isEmpty() || !(Character.isLetter(id.codePointAt(0)) || id.charAt(0) == '_')) {
            return false;
        }
        return id.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || cp == '-' || cp == '.' || cp == '_'
                || Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.COMBINING_SPACING_MARK);
    }

    private static void write(Path file, String name, String content) throws CommandException {
        try {
            SafeFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandException(name + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }
}
