package org.siglum.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.siglum.cli.Arguments;
import org.siglum.cli.Command;
import org.siglum.cli.CommandContext;
import org.siglum.cli.CommandException;
import org.siglum.cli.ExitCode;
import org.siglum.cli.Json;
import org.siglum.core.EditionDocument;
import org.siglum.core.Problem;
import org.siglum.core.SourceEncoding;
import org.siglum.core.tei.TeiCounts;
import org.siglum.core.tei.TeiEdition;

/** {@code siglum info FILE... [--json]}: what an edition holds, its encoding and its well-formedness. */
@Component(service = Command.class, property = {Command.NAME_PROPERTY + "=" + InfoCommand.NAME,
        Command.SUMMARY_PROPERTY + "=" + InfoCommand.SUMMARY})
public final class InfoCommand implements Command {

    /** The command's word; a service property too, so that it is listed without being activated. */
    static final String NAME = "info";

    static final String SUMMARY = "counts of divisions, apparatus, witnesses, notes, names; encoding; well-formedness";

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
                Usage: siglum info FILE... [--json]

                Reads each file and prints its encoding, whether it is well-formed XML (with the line and column of
                every problem), and counts: divisions (div, div1-div7), paragraphs (p), apparatus entries (app),
                readings (rdg), witnesses (witness), notes (note), bibliography entries (bibl, biblStruct), names
                (persName, placeName, orgName, geogName, name) and characters (Unicode code points of the file's text).
                It also says whether saving the file unedited would give back the same bytes ("lossless").

                  --json   one JSON object per file (an array when there are several)

                Exit codes: 0 every file well-formed, 1 a file has well-formedness problems, 2 a file cannot be read.
                """;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        Arguments args = Arguments.parse(name(), arguments, Set.of("--json"), Set.of());
        if (args.positionals().isEmpty()) {
            throw new CommandException("info: no file given (siglum info FILE... [--json])");
        }
        boolean json = args.flag("--json");
        List<Object> reports = new ArrayList<>();
        int exit = ExitCode.OK;
        for (String name : args.positionals()) {
            Path file = context.resolve(name);
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("file", name);
            try {
                EditionDocument document = context.readEdition(name);
                List<Problem> problems = document.problems();
                boolean wellFormed = problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR);
                describe(report, document, problems, wellFormed, name);
                report.put("lossless", lossless(file, document));
                if (!wellFormed) {
                    exit = Math.max(exit, ExitCode.FINDINGS);
                }
                if (!json) {
                    printText(context.out(), report, problems, name);
                }
            } catch (CommandException e) {
                exit = ExitCode.USAGE;
                report.put("error", e.getMessage());
                context.err().println("siglum: " + e.getMessage());
            }
            reports.add(report);
        }
        if (json) {
            context.out().println(Json.write(reports.size() == 1 ? reports.get(0) : reports));
        }
        return exit;
    }

    /** Whether saving the document without edits would write exactly the bytes of the file. */
    private static boolean lossless(Path file, EditionDocument document) {
        try {
            return java.util.Arrays.equals(Files.readAllBytes(file), document.toBytes());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void describe(Map<String, Object> report, EditionDocument document, List<Problem> problems,
            boolean wellFormed, String name) {
        SourceEncoding encoding = document.encoding();
        Map<String, Object> enc = new LinkedHashMap<>();
        enc.put("charset", encoding.charset().name());
        enc.put("bom", encoding.bom());
        enc.put("declared", encoding.declared());
        report.put("encoding", enc);
        report.put("wellFormed", wellFormed);
        TeiCounts counts = TeiEdition.of(document.tree()).counts();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("divisions", counts.divisions());
        c.put("paragraphs", counts.paragraphs());
        c.put("apps", counts.apps());
        c.put("readings", counts.readings());
        c.put("witnesses", counts.witnesses());
        c.put("notes", counts.notes());
        c.put("bibls", counts.bibls());
        c.put("names", counts.names());
        c.put("characters", counts.characters());
        report.put("counts", c);
        List<Object> list = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", name);
            m.put("line", p.line());
            m.put("column", p.column());
            m.put("offset", p.offset());
            m.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
            m.put("message", p.message());
            list.add(m);
        }
        report.put("problems", list);
    }

    @SuppressWarnings("unchecked")
    private static void printText(PrintStream out, Map<String, Object> report, List<Problem> problems, String name) {
        Map<String, Object> enc = (Map<String, Object>) report.get("encoding");
        Map<String, Object> counts = (Map<String, Object>) report.get("counts");
        out.println(name);
        row(out, "encoding", enc.get("charset") + (Boolean.TRUE.equals(enc.get("bom")) ? ", with BOM" : ", no BOM")
                + (enc.get("declared") == null ? "" : ", declared " + enc.get("declared")));
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        row(out, "well-formed", Boolean.TRUE.equals(report.get("wellFormed")) ? "yes"
                : "no (" + errors + (errors == 1 ? " error)" : " errors)"));
        row(out, "lossless", Boolean.TRUE.equals(report.get("lossless")) ? "yes: saving it unedited gives the same bytes"
                : "NO: saving would change bytes; please report this file");
        row(out, "divisions", counts.get("divisions"));
        row(out, "paragraphs", counts.get("paragraphs"));
        row(out, "app", counts.get("apps"));
        row(out, "rdg", counts.get("readings"));
        row(out, "witnesses", counts.get("witnesses"));
        row(out, "notes", counts.get("notes"));
        row(out, "bibl", counts.get("bibls"));
        row(out, "names", counts.get("names"));
        row(out, "characters", counts.get("characters"));
        for (Problem p : problems) {
            out.println("  " + name + ":" + p.line() + ":" + p.column() + ": "
                    + p.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + p.message());
        }
    }

    private static void row(PrintStream out, String label, Object value) {
        out.printf("  %-12s %s%n", label, value);
    }
}
