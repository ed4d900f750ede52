package org.siglum.cli.apparatus.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.apparatus.ApparatusChange;
import org.siglum.apparatus.ApparatusEntry;
import org.siglum.apparatus.ApparatusException;
import org.siglum.apparatus.ApparatusService;
import org.siglum.apparatus.Reading;
import org.siglum.apparatus.ReadingMarker;
import org.siglum.apparatus.ReadingSpec;
import org.siglum.apparatus.WitnessDetail;
import org.siglum.apparatus.Witness;
import org.siglum.cli.Arguments;
import org.siglum.cli.Command;
import org.siglum.cli.CommandContext;
import org.siglum.cli.CommandException;
import org.siglum.cli.ExitCode;
import org.siglum.cli.Json;
import org.siglum.core.EditionDocument;
import org.siglum.core.TextLocation;

/** {@code siglum app SUBCOMMAND FILE ...}: the apparatus service for scripts; each change saved atomically. */
@Component(service = Command.class, property = {Command.NAME_PROPERTY + "=" + AppCommand.NAME,
        Command.SUMMARY_PROPERTY + "=" + AppCommand.SUMMARY})
public final class AppCommand implements Command {

    /** The command's word; a service property too, so that it is listed without being activated. */
    static final String NAME = "app";

    static final String SUMMARY = "the apparatus: list entries and witnesses; add, edit, promote and delete readings and entries";

    @Reference
    ApparatusService apparatus;

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
                Usage: siglum app SUBCOMMAND FILE [OPTIONS]

                  list FILE [--json]                  the entries in document order: line:column, id, lemma, readings
                                                      ("om." an empty reading, "lacuna begins"/"lacuna ends"/
                                                      "witness begins"/"witness ends" one of only such a marker,
                                                      {WIT TYPE: text} a witDetail about the reading)
                  witnesses FILE [--json]             the witnesses declared in listWit: id, siglum, name
                  add FILE --range RANGE --wit ID --text READING [--cause C] [--type T] [--lemma-wit ID]
                                                      a new entry over RANGE: that text becomes the lemma, READING
                                                      the reading of witness ID (the entry gets xml:id app-N)
                  add FILE --app ENTRY --wit ID --text READING [--cause C] [--type T]
                                                      a reading added to an existing entry
                  edit FILE --app ENTRY --wit ID [--text T] [--cause C] [--type T] [--new-wit IDS]
                                                      changes the reading of witness ID; what is not given stays
                                                      (--cause '' or --type '' removes the attribute)
                  promote FILE --app ENTRY --wit ID [--lemma-wit IDS]
                                                      the reading of ID becomes the lemma, the lemma a reading of
                                                      its own witnesses, or of IDS (needed when it names none)
                  delete FILE --app ENTRY [--wit ID]  deletes the entry (its lemma stays as plain text), or with
                                                      --wit only the reading of that witness
                  add-witness FILE --id ID --name NAME
                                                      declares a witness in the first listWit (made if missing)

                ENTRY is an entry's xml:id, or its number in document order as `list` shows it.
                RANGE is START:END, offsets in UTF-16 code units into the file's text (END exclusive), or
                LINE:COL-LINE:COL, 1-based, columns counted in Unicode code points (END exclusive).
                --wit takes several witnesses separated by commas where a reading names several.

                Every change is a minimal text edit: the bytes outside the entry never change. The file is written
                in place, atomically, and the previous version kept as FILE~. One line says what changed.
                A change that would break the edition (an undeclared witness, a witness named twice in one entry,
                a range across element boundaries or inside another entry) is refused and the file left alone.

                Exit codes: 0 done, 2 a usage error, an unreadable file or a refused change (FILE:LINE:COL: why).
                """;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        if (arguments.isEmpty() || arguments.get(0).startsWith("-")) {
            throw new CommandException("app: no subcommand given (siglum help app)");
        }
        String sub = arguments.get(0);
        List<String> rest = arguments.subList(1, arguments.size());
        return switch (sub) {
            case "list" -> list(context, parse(sub, rest, Set.of("--json"), Set.of()));
            case "witnesses" -> witnesses(context, parse(sub, rest, Set.of("--json"), Set.of()));
            case "add" -> add(context, parse(sub, rest, Set.of(),
                    Set.of("--range", "--app", "--wit", "--text", "--cause", "--type", "--lemma-wit")));
            case "edit" -> edit(context, parse(sub, rest, Set.of(),
                    Set.of("--app", "--wit", "--text", "--cause", "--type", "--new-wit")));
            case "promote" -> promote(context, parse(sub, rest, Set.of(), Set.of("--app", "--wit", "--lemma-wit")));
            case "delete" -> delete(context, parse(sub, rest, Set.of(), Set.of("--app", "--wit")));
            case "add-witness" -> addWitness(context, parse(sub, rest, Set.of(), Set.of("--id", "--name")));
            default -> throw new CommandException("app: unknown subcommand '" + sub + "' (siglum help app)");
        };
    }

    private static Arguments parse(String sub, List<String> rest, Set<String> flags, Set<String> valued)
            throws CommandException {
        Arguments args = Arguments.parse("app " + sub, rest, flags, valued);
        if (args.positionals().size() != 1) {
            throw new CommandException("app " + sub + ": give exactly one FILE (siglum help app)");
        }
        return args;
    }

    private static String required(Arguments args, String sub, String option) throws CommandException {
        return args.value(option).orElseThrow(() -> new CommandException("app " + sub + ": " + option
                + " is required (siglum help app)"));
    }

    // ------------------------------------------------------------------ reading

    private int list(CommandContext context, Arguments args) throws CommandException {
        String name = args.positionals().get(0);
        EditionDocument document = readWellFormed(context, name, false);
        List<ApparatusEntry> entries = apparatus.entries(document);
        PrintStream out = context.out();
        if (args.flag("--json")) {
            List<Object> list = new ArrayList<>();
            for (ApparatusEntry e : entries) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", e.id());
                m.put("number", e.number());
                m.put("xmlId", e.hasXmlId());
                m.put("line", e.line());
                m.put("column", e.column());
                m.put("start", e.start());
                m.put("end", e.end());
                m.put("type", e.type());
                m.put("cause", e.cause());
                m.put("lemma", e.lemma().map(AppCommand::json).orElse(null));
                List<Object> readings = new ArrayList<>();
                for (Reading r : e.readings()) {
                    readings.add(json(r));
                }
                m.put("readings", readings);
                m.put("details", details(e.details()));
                list.add(m);
            }
            out.println(Json.write(list));
        } else {
            for (ApparatusEntry e : entries) {
                StringBuilder sb = new StringBuilder();
                sb.append(name).append(':').append(e.line()).append(':').append(e.column()).append(": ").append(e.id())
                        .append(": ").append(oneLine(e.lemmaText()));
                e.lemma().filter(l -> !l.witnesses().isEmpty())
                        .ifPresent(l -> sb.append(' ').append(String.join(" ", l.witnesses())));
                e.lemma().ifPresent(l -> details(sb, l.details()));
                sb.append(" ]");
                String sep = " ";
                for (Reading r : e.readings()) {
                    sb.append(sep).append(r.shown());
                    if (!r.text().isBlank() && !r.markers().isEmpty()) {
                        sb.append(" [").append(String.join(", ", r.markers().stream().map(ReadingMarker::label)
                                .toList())).append(']');
                    }
                    sb.append(' ').append(String.join(" ", r.witnesses()));
                    if (r.cause() != null || r.type() != null) {
                        sb.append(" (").append(r.cause() == null ? "" : r.cause())
                                .append(r.cause() != null && r.type() != null ? ", " : "")
                                .append(r.type() == null ? "" : r.type()).append(')');
                    }
                    details(sb, r.details());
                    sep = "; ";
                }
                if (!e.details().isEmpty()) {
                    // details about no reading of the entry close the line
                    sb.append(e.readings().isEmpty() ? "" : ";");
                    details(sb, e.details());
                }
                out.println(sb);
            }
        }
        return ExitCode.OK;
    }

    private static Map<String, Object> json(Reading r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", r.text());
        m.put("witnesses", new ArrayList<Object>(r.witnesses()));
        m.put("cause", r.cause());
        m.put("type", r.type());
        m.put("start", r.start());
        m.put("end", r.end());
        m.put("markers", new ArrayList<Object>(r.markers().stream().map(ReadingMarker::element).toList()));
        m.put("details", details(r.details()));
        return m;
    }

    private static List<Object> details(List<WitnessDetail> details) {
        List<Object> out = new ArrayList<>();
        for (WitnessDetail d : details) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("witnesses", new ArrayList<Object>(d.witnesses()));
            m.put("type", d.type());
            m.put("text", d.text());
            m.put("start", d.start());
            m.put("end", d.end());
            out.add(m);
        }
        return out;
    }

    /** A witDetail in the one-line form: " {B margin: in the margin}". */
    private static void details(StringBuilder sb, List<WitnessDetail> details) {
        for (WitnessDetail d : details) {
            sb.append(" {").append(String.join(" ", d.witnesses()));
            if (d.type() != null) {
                sb.append(d.witnesses().isEmpty() ? "" : " ").append(d.type());
            }
            sb.append(": ").append(d.text()).append('}');
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private int witnesses(CommandContext context, Arguments args) throws CommandException {
        String name = args.positionals().get(0);
        EditionDocument document = readWellFormed(context, name, false);
        List<Witness> witnesses = apparatus.witnesses(document);
        if (args.flag("--json")) {
            List<Object> list = new ArrayList<>();
            for (Witness w : witnesses) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", w.id());
                m.put("siglum", w.siglum());
                m.put("name", w.name());
                list.add(m);
            }
            context.out().println(Json.write(list));
        } else {
            for (Witness w : witnesses) {
                context.out().println(w.id() + "\t" + w.siglum() + "\t" + w.name());
            }
        }
        return ExitCode.OK;
    }

    // ------------------------------------------------------------------ changing

    private int add(CommandContext context, Arguments args) throws CommandException {
        String name = args.positionals().get(0);
        EditionDocument document = readWellFormed(context, name, true);
        List<String> wit = args.values("--wit");
        if (wit.isEmpty()) {
            throw new CommandException("app add: --wit is required (siglum help app)");
        }
        ReadingSpec reading = new ReadingSpec(required(args, "add", "--text"), wit, blankToNull(args, "--cause"),
                blankToNull(args, "--type"));
        boolean byRange = args.value("--range").isPresent();
        boolean byApp = args.value("--app").isPresent();
        if (byRange == byApp) {
            throw new CommandException("app add: give either --range (a new entry) or --app (a reading added to an "
                    + "entry)");
        }
        return change(context, document, name, () -> {
            if (byRange) {
                int[] range = range(document, name, args.value("--range").get());
                return apparatus.createEntry(document, range[0], range[1], args.values("--lemma-wit"), reading);
            }
            if (!args.values("--lemma-wit").isEmpty()) {
                throw new ApparatusException("--lemma-wit applies to a new entry (--range) only");
            }
            return apparatus.addReading(document, args.value("--app").get(), reading);
        });
    }

    private int edit(CommandContext context, Arguments args) throws CommandException {
        String name = args.positionals().get(0);
        EditionDocument document = readWellFormed(context, name, true);
        String entryId = required(args, "edit", "--app");
        String witness = required(args, "edit", "--wit");
        return change(context, document, name, () -> {
            ApparatusEntry entry = apparatus.entry(document, entryId);
            Reading now = entry.readingOf(witness).orElseThrow(() -> new ApparatusException("entry " + entry.id()
                    + " has no reading of the witness '" + witness + "'", entry.start()));
            List<String> wits = args.values("--new-wit");
            ReadingSpec spec = new ReadingSpec(args.value("--text").orElse(now.text()),
                    wits.isEmpty() ? now.witnesses() : wits,
                    args.value("--cause").map(v -> v.isEmpty() ? null : v).orElse(now.cause()),
                    args.value("--type").map(v -> v.isEmpty() ? null : v).orElse(now.type()));
            return apparatus.editReading(document, entryId, witness, spec);
        });
    }

    private int promote(CommandContext context, Arguments args) throws CommandException {
        String name = args.positionals().get(0);
        EditionDocument document = readWellFormed(context, name, true);
        String entryId = required(args, "promote", "--app");
        String witness = required(args, "promote", "--wit");
        List<String> lemmaWitnesses = args.values("--lemma-wit");
        return change(context, document, name, () -> apparatus.promote(document, entryId, witness, lemmaWitnesses));
    }

    private int delete(CommandContext context, Arguments args) throws CommandException {
        String name = args.positionals().get(0);
        EditionDocument document = readWellFormed(context, name, true);
        String entryId = required(args, "delete", "--app");
        return change(context, document, name, () -> args.value("--wit").isPresent()
                ? apparatus.deleteReading(document, entryId, args.value("--wit").get())
                : apparatus.deleteEntry(document, entryId));
    }

    private int addWitness(CommandContext context, Arguments args) throws CommandException {
        String name = args.positionals().get(0);
        EditionDocument document = readWellFormed(context, name, true);
        String id = required(args, "add-witness", "--id");
        String witnessName = required(args, "add-witness", "--name");
        return change(context, document, name, () -> apparatus.addWitness(document, id, witnessName));
    }

    /**
     * Reads an edition that must be well-formed: otherwise its first error, as FILE:LINE:COL: message, is a finding
     * (exit 1) for a listing and a refusal (exit 2, the file untouched) for a change.
     */
    private static EditionDocument readWellFormed(CommandContext context, String name, boolean change)
            throws CommandException {
        EditionDocument document = context.readEdition(name);
        for (org.siglum.core.Problem p : document.problems()) {
            if (p.isError()) {
                throw new CommandException(name + ":" + p.line() + ":" + p.column() + ": " + p.message()
                        + (change ? " (not well-formed: nothing changed; siglum validate lists every problem)"
                                : " (not well-formed; siglum validate lists every problem)"),
                        change ? ExitCode.USAGE : ExitCode.FINDINGS, null);
            }
        }
        return document;
    }

    private interface Operation {
        ApparatusChange run() throws ApparatusException;
    }

    /** Runs one operation, saves the file atomically and prints one line; a refusal is a one-line input error. */
    private static int change(CommandContext context, EditionDocument document, String name, Operation operation)
            throws CommandException {
        ApparatusChange change;
        try {
            change = operation.run();
        } catch (ApparatusException e) {
            throw new CommandException(where(document, name, e.offset()) + e.getMessage());
        }
        if (!change.replacements().isEmpty()) {
            try {
                document.save();
            } catch (IOException e) {
                throw new CommandException(name + ": cannot write the file: " + e.getMessage(), e);
            }
        }
        context.out().println(where(document, name, change.start()) + change.description());
        return ExitCode.OK;
    }

    private static String where(EditionDocument document, String name, int offset) {
        if (offset < 0 || offset > document.text().length()) {
            return name + ": ";
        }
        TextLocation at = document.tree().locate(offset);
        return name + ":" + at.line() + ":" + at.column() + ": ";
    }

    private static String blankToNull(Arguments args, String option) {
        return args.value(option).filter(v -> !v.isEmpty()).orElse(null);
    }

    /** START:END in UTF-16 offsets, or LINE:COL-LINE:COL (1-based, columns in code points); END exclusive. */
    static int[] range(EditionDocument document, String name, String spec) throws ApparatusException {
        String text = document.text();
        java.util.regex.Matcher offsets = java.util.regex.Pattern.compile("(\\d+):(\\d+)").matcher(spec);
        java.util.regex.Matcher lines = java.util.regex.Pattern.compile("(\\d+):(\\d+)-(\\d+):(\\d+)").matcher(spec);
        try {
            if (offsets.matches()) {
                return new int[] {Integer.parseInt(offsets.group(1)), Integer.parseInt(offsets.group(2))};
            }
            if (lines.matches()) {
                return new int[] {offset(text, Integer.parseInt(lines.group(1)), Integer.parseInt(lines.group(2))),
                        offset(text, Integer.parseInt(lines.group(3)), Integer.parseInt(lines.group(4)))};
            }
        } catch (NumberFormatException e) {
            throw new ApparatusException("--range " + spec + ": a number is too large");
        }
        throw new ApparatusException("--range must be START:END (offsets) or LINE:COL-LINE:COL, not '" + spec + "'");
    }

    /** The offset of a 1-based line and code-point column; CR LF, LF and CR each end a line. */
    static int offset(String text, int line, int column) throws ApparatusException {
        if (line < 1 || column < 1) {
            throw new ApparatusException("lines and columns count from 1, not " + line + ":" + column);
        }
        int at = 0;
        for (int l = 1; l < line; l++) {
            int lf = text.indexOf('\n', at);
            int cr = text.indexOf('\r', at);
            int br = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
            if (br < 0) {
                throw new ApparatusException("the text has only " + l + (l == 1 ? " line" : " lines") + ", not "
                        + line);
            }
            at = text.charAt(br) == '\r' && br + 1 < text.length() && text.charAt(br + 1) == '\n' ? br + 2 : br + 1;
        }
        for (int c = 1; c < column; c++) {
            if (at >= text.length() || text.charAt(at) == '\n' || text.charAt(at) == '\r') {
                throw new ApparatusException("line " + line + " has fewer than " + (column - 1) + " columns");
            }
            at += Character.charCount(text.codePointAt(at));
        }
        return at;
    }
}
