package org.siglum.cli.citations.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.citations.BibEntry;
import org.siglum.citations.BibName;
import org.siglum.citations.BibliographyException;
import org.siglum.citations.BibliographyService;
import org.siglum.citations.ImportReport;
import org.siglum.cli.Arguments;
import org.siglum.cli.Command;
import org.siglum.cli.CommandContext;
import org.siglum.cli.CommandException;
import org.siglum.cli.ExitCode;
import org.siglum.cli.Json;
import org.siglum.core.EditionDocument;

/** {@code siglum bib import|list|export}: the edition's bibliography. */
@Component(service = Command.class, property = {Command.NAME_PROPERTY + "=" + BibCommand.NAME,
        Command.SUMMARY_PROPERTY + "=" + BibCommand.SUMMARY})
public final class BibCommand implements Command {

    /** The command's word; a service property too, so that it is listed without being activated. */
    static final String NAME = "bib";

    static final String SUMMARY = "the bibliography: import BibTeX or CSL-JSON, list, export";
    private static final String USAGE = "siglum bib import FILE.bib|FILE.json --into EDITION.xml | bib list EDITION.xml"
            + " [--json] | bib export EDITION.xml --to bibtex|csl-json [--output FILE]";

    private final BibliographyService bibliography;

    @Activate
    public BibCommand(@Reference BibliographyService bibliography) {
        this.bibliography = bibliography;
    }

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
                Usage: siglum bib import FILE.bib|FILE.json --into EDITION.xml [--json]
                       siglum bib list EDITION.xml [--json]
                       siglum bib export EDITION.xml --to bibtex|csl-json [--output FILE]

                import  adds the works of a BibTeX (.bib) or CSL-JSON (.json, as Zotero exports) file to the edition's
                        bibliography (listBibl of biblStruct in the back matter), one entry per work: a record with
                        the DOI of an entry there, or the same title, first author and year, is merged into it and
                        reported. The edition is saved (with a backup); a file that cannot be read leaves it untouched.
                list    one line per entry: its xml:id, authors, year, title
                export  the bibliography as BibTeX or CSL-JSON, to standard output or --output FILE

                Exit codes: 0 done, 2 usage errors or input that cannot be read (FILE:LINE:COL: message).
                """;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        if (arguments.isEmpty()) {
            throw new CommandException("bib: say import, list or export (" + USAGE + ")");
        }
        String sub = arguments.get(0);
        List<String> rest = arguments.subList(1, arguments.size());
        return switch (sub) {
            case "import" -> importFile(context, Arguments.parse("bib import", rest, Set.of("--json"), Set.of("--into")));
            case "list" -> list(context, Arguments.parse("bib list", rest, Set.of("--json"), Set.of()));
            case "export" -> export(context, Arguments.parse("bib export", rest, Set.of(), Set.of("--to", "--output")));
            default -> throw new CommandException("bib: unknown subcommand '" + sub + "' (" + USAGE + ")");
        };
    }

    private int importFile(CommandContext context, Arguments args) throws CommandException {
        String source = Editions.one("bib import", args.positionals(), USAGE);
        String into = args.value("--into")
                .orElseThrow(() -> new CommandException("bib import: --into EDITION.xml is missing"));
        String text = Editions.readText(context, source);
        EditionDocument document = Editions.read(context, into);
        List<BibEntry> records;
        try {
            String lower = source.toLowerCase(java.util.Locale.ROOT);
            boolean json = lower.endsWith(".json") || !lower.endsWith(".bib") && text.stripLeading().startsWith("[");
            records = json ? bibliography.parseCslJson(text, source) : bibliography.parseBibTeX(text, source);
        } catch (BibliographyException e) {
            throw new CommandException(e.getMessage(), e);
        }
        ImportReport report = bibliography.importEntries(document, records);
        if (!report.added().isEmpty()) {
            Editions.save(document, into);
        }
        if (args.flag("--json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", source);
            m.put("edition", into);
            m.put("added", report.added().stream().map(BibEntry::id).toList());
            List<Object> merged = new ArrayList<>();
            for (ImportReport.Merge x : report.merged()) {
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("key", x.incomingKey());
                mm.put("into", x.entryId());
                mm.put("reason", x.reason());
                merged.add(mm);
            }
            m.put("merged", merged);
            context.out().println(Json.write(m));
        } else {
            for (BibEntry e : report.added()) {
                context.out().println("added  " + e.id() + "  " + line(e));
            }
            for (ImportReport.Merge x : report.merged()) {
                context.out().println("merged " + x.incomingKey() + " into " + x.entryId() + " (" + x.reason() + ")");
            }
            context.out().println(into + ": " + report.added().size() + " added, " + report.merged().size()
                    + " merged");
        }
        return ExitCode.OK;
    }

    private int list(CommandContext context, Arguments args) throws CommandException {
        String name = Editions.one("bib list", args.positionals(), USAGE);
        EditionDocument document = Editions.read(context, name);
        List<BibEntry> entries = bibliography.entries(document);
        if (args.flag("--json")) {
            List<Object> out = new ArrayList<>();
            for (BibEntry e : entries) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", e.id());
                m.put("type", e.type());
                m.put("authors", e.authors().stream().map(BibName::display).toList());
                m.put("year", e.issued() == null ? null : e.issued().text());
                m.put("title", e.title());
                out.add(m);
            }
            context.out().println(Json.write(out));
        } else {
            for (BibEntry e : entries) {
                context.out().println(e.id() + "  " + line(e));
            }
        }
        return ExitCode.OK;
    }

    private static String line(BibEntry e) {
        List<BibName> names = e.authors().isEmpty() ? e.editors() : e.authors();
        String who = String.join(", ", names.stream().map(BibName::display).toList());
        String year = e.issued() == null ? "n.d." : e.issued().text();
        return (who.isEmpty() ? "" : who + ", ") + year + ": " + e.title();
    }

    private int export(CommandContext context, Arguments args) throws CommandException {
        String name = Editions.one("bib export", args.positionals(), USAGE);
        String to = args.choice("bib export", "--to", Set.of("bibtex", "csl-json"), "bibtex");
        EditionDocument document = Editions.read(context, name);
        String text = to.equals("bibtex") ? bibliography.exportBibTeX(document) : bibliography.exportCslJson(document);
        if (args.value("--output").isPresent()) {
            Path out = context.resolve(args.value("--output").get());
            try {
                Files.writeString(out, text);
            } catch (IOException e) {
                throw new CommandException(args.value("--output").get() + ": cannot be written: " + e.getMessage());
            }
        } else {
            context.out().print(text);
        }
        return ExitCode.OK;
    }
}
