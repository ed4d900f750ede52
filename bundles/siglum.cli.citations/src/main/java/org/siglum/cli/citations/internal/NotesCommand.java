package org.siglum.cli.citations.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.citations.Footnote;
import org.siglum.citations.NoteCitation;
import org.siglum.citations.NoteFinding;
import org.siglum.citations.NoteService;
import org.siglum.cli.Arguments;
import org.siglum.cli.Command;
import org.siglum.cli.CommandContext;
import org.siglum.cli.CommandException;
import org.siglum.cli.ExitCode;
import org.siglum.cli.Json;
import org.siglum.core.EditionDocument;

/** {@code siglum notes EDITION.xml [--check] [--renumber] [--cite NOTE --entry ID [--pages RANGE]]}. */
@Component(service = Command.class, property = {Command.NAME_PROPERTY + "=" + NotesCommand.NAME,
        Command.SUMMARY_PROPERTY + "=" + NotesCommand.SUMMARY})
public final class NotesCommand implements Command {

    /** The command's word; a service property too, so that it is listed without being activated. */
    static final String NAME = "notes";

    static final String SUMMARY = "footnotes: list, check numbering and anchors, renumber, add a citation to a note";
    private static final String USAGE = "siglum notes EDITION.xml [--check] [--renumber] [--json]"
            + " | notes EDITION.xml --cite NOTE-ID --entry ENTRY-ID [--pages RANGE]";

    private final NoteService notes;

    @Activate
    public NotesCommand(@Reference NoteService notes) {
        this.notes = notes;
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
                Usage: siglum notes EDITION.xml [--check] [--renumber] [--json]
                       siglum notes EDITION.xml --cite NOTE-ID --entry ENTRY-ID [--pages RANGE] [--unit UNIT]

                Without options, lists the footnotes in document order: number, xml:id, line, the works cited, text.
                  --check     reports duplicate, skipped and out-of-order numbers, anchors without notes, notes whose
                              target does not exist, citations of no entry: FILE:LINE:COL: message
                  --renumber  numbers the notes 1, 2, 3... in document order, changing only the @n values that
                              differ, and saves (with a backup)
                  --cite      adds <bibl><ptr target="#ENTRY"/><citedRange unit="page">RANGE</citedRange></bibl> to
                              the end of note NOTE-ID, and saves
                  --json      JSON output

                Exit codes: 0 fine, 1 --check found problems, 2 usage errors or input that cannot be read.
                """;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        Arguments args = Arguments.parse(name(), arguments, Set.of("--check", "--renumber", "--json"),
                Set.of("--cite", "--entry", "--pages", "--unit"));
        String name = Editions.one("notes", args.positionals(), USAGE);
        EditionDocument document = Editions.read(context, name);
        boolean json = args.flag("--json");
        if (args.value("--cite").isPresent()) {
            String entry = args.value("--entry")
                    .orElseThrow(() -> new CommandException("notes: --cite needs --entry ENTRY-ID"));
            try {
                notes.cite(document, args.value("--cite").get(), entry, args.value("--unit").orElse("page"),
                        args.value("--pages").orElse(null));
            } catch (IllegalArgumentException e) {
                throw new CommandException(name + ": " + e.getMessage());
            }
            Editions.save(document, name);
            context.out().println(name + ": note " + args.value("--cite").get() + " cites " + entry);
            return ExitCode.OK;
        }
        if (args.flag("--renumber")) {
            int changed = notes.renumber(document);
            if (changed > 0) {
                Editions.save(document, name);
            }
            context.out().println(name + ": " + changed + (changed == 1 ? " number changed" : " numbers changed"));
            if (!args.flag("--check")) {
                return ExitCode.OK;
            }
        }
        if (args.flag("--check")) {
            List<NoteFinding> findings = notes.check(document);
            if (json) {
                List<Object> out = new ArrayList<>();
                for (NoteFinding f : findings) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", name);
                    m.put("line", f.line());
                    m.put("column", f.column());
                    m.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                    m.put("message", f.message());
                    m.put("fixable", !f.fix().isEmpty());
                    out.add(m);
                }
                context.out().println(Json.write(out));
            } else {
                for (NoteFinding f : findings) {
                    context.out().println(name + ":" + f.line() + ":" + f.column() + ": "
                            + f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ": "
                            + f.message());
                }
                if (findings.stream().anyMatch(f -> !f.fix().isEmpty())) {
                    context.err().println("fix numbering with: siglum notes " + name + " --renumber");
                }
            }
            return findings.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
        }
        List<Footnote> list = notes.footnotes(document);
        if (json) {
            List<Object> out = new ArrayList<>();
            for (Footnote f : list) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", f.id());
                m.put("n", f.number());
                m.put("anchor", f.anchorId());
                m.put("line", document.locate(f.anchorOffset()).line());
                m.put("cites", f.citations().stream().map(NoteCitation::entryId).toList());
                m.put("text", f.text());
                out.add(m);
            }
            context.out().println(Json.write(out));
        } else {
            for (Footnote f : list) {
                String cites = f.citations().isEmpty() ? ""
                        : " [" + String.join("; ", f.citations().stream().map(c -> c.entryId()
                                + (c.range() == null ? "" : " " + c.range())).toList()) + "]";
                String text = f.text().length() > 70 ? f.text().substring(0, 70) + "…" : f.text();
                context.out().println((f.number() == null ? "-" : f.number()) + "  " + (f.id() == null ? "-" : f.id())
                        + "  line " + document.locate(f.anchorOffset()).line() + cites + "  " + text);
            }
        }
        return ExitCode.OK;
    }
}
