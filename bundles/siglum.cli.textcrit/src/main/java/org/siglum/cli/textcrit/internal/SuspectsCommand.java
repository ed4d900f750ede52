package org.siglum.cli.textcrit.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.siglum.cli.Arguments;
import org.siglum.cli.Command;
import org.siglum.cli.CommandContext;
import org.siglum.cli.CommandException;
import org.siglum.cli.ExitCode;
import org.siglum.cli.Json;
import org.siglum.core.EditionDocument;
import org.siglum.core.EditionException;
import org.siglum.core.Problem;
import org.siglum.suspects.Reason;
import org.siglum.suspects.Suspect;
import org.siglum.suspects.SuspectFinder;

/** {@code siglum suspects TEXT.txt|EDITION.xml [--format tsv|json] [--top N]}: spans that look like OCR errors. */
@Component(service = Command.class, property = {Command.NAME_PROPERTY + "=" + SuspectsCommand.NAME,
        Command.SUMMARY_PROPERTY + "=" + SuspectsCommand.SUMMARY})
public final class SuspectsCommand implements Command {

    /** The command's word; a service property too, so that it is listed without being activated. */
    static final String NAME = "suspects";

    static final String SUMMARY = "spans that look like OCR errors, ranked, with the reasons and a suggested correction";

    /** Greedy: a finder of higher service.ranking (a plugin's) that comes later takes this one's place. */
    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    SuspectFinder finder;

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
                Usage: siglum suspects TEXT.txt|EDITION.xml [--format tsv|json] [--top N]

                Lists the spans of a text that look like OCR errors, most suspect first. Signals: letters of another
                script in a Thai word (Bengali, Arabic, Latin...), sequences Thai spelling does not allow (a mark with
                no consonant, two tone marks, เเ for แ), doubled words, a rare form one letter from a frequent one
                (names), fragments word segmentation leaves, and letters the OCR engine was unsure of (imported
                from hOCR, ALTO or PAGE XML with their confidence). A file ending in .xml is read as an edition: the
                text of its body without readings (rdg) and notes; offsets are then offsets into the file's text.

                  --format tsv   (default) one line per suspect: offset, length, line, column, score, form,
                                 suggestion, reasons; offsets in UTF-16 units, columns in characters
                  --format json  an array of objects with the same fields
                  --top N        only the N most suspect

                Exit codes: 0 no suspects, 1 suspects listed, 2 the file cannot be read or a usage error.
                """;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        Arguments args = Arguments.parse(name(), arguments, Set.of(), Set.of("--format", "--top"));
        if (args.positionals().size() != 1) {
            throw new CommandException("suspects: give one file (siglum suspects TEXT.txt|EDITION.xml [--format tsv|json])");
        }
        String format = args.choice(name(), "--format", Set.of("tsv", "json"), "tsv");
        int top = Integer.MAX_VALUE;
        if (args.value("--top").isPresent()) {
            try {
                top = Integer.parseInt(args.value("--top").get());
            } catch (NumberFormatException e) {
                throw new CommandException("suspects: --top needs a number, not '" + args.value("--top").get() + "'");
            }
        }
        String name = args.positionals().get(0);
        Path file = context.resolve(name);
        String text;
        List<Suspect> suspects;
        if (name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            EditionDocument document = edition(file, name);
            text = document.text();
            suspects = finder.find(document);
        } else {
            text = Inputs.text(file, name);
            suspects = finder.find(text);
        }
        if (suspects.size() > top) {
            suspects = suspects.subList(0, Math.max(0, top));
        }
        if (format.equals("json")) {
            List<Object> list = new ArrayList<>();
            for (Suspect s : suspects) {
                list.add(map(text, s));
            }
            context.out().println(Json.write(list));
        } else {
            tsv(context.out(), text, suspects);
        }
        return suspects.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private static EditionDocument edition(Path file, String name) throws CommandException {
        Inputs.text(file, name); // the same messages as for text: absent, a folder, not UTF-8
        try {
            EditionDocument document = EditionDocument.read(file);
            for (Problem p : document.problems()) {
                if (p.severity() == Problem.Severity.ERROR) {
                    throw new CommandException(name + ":" + p.line() + ":" + p.column() + ": " + p.message());
                }
            }
            return document;
        } catch (EditionException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    private static Map<String, Object> map(String text, Suspect s) {
        int[] lc = Inputs.lineColumn(text, s.offset());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("offset", s.offset());
        m.put("length", s.length());
        m.put("line", lc[0]);
        m.put("column", lc[1]);
        m.put("score", s.score());
        m.put("form", s.form());
        m.put("suggestion", s.suggestion().orElse(null));
        List<Object> reasons = new ArrayList<>();
        for (Reason r : s.reasons()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("signal", r.signal().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            rm.put("detail", r.detail());
            reasons.add(rm);
        }
        m.put("reasons", reasons);
        return m;
    }

    private static void tsv(PrintStream out, String text, List<Suspect> suspects) {
        out.println("offset\tlength\tline\tcolumn\tscore\tform\tsuggestion\treasons");
        for (Suspect s : suspects) {
            int[] lc = Inputs.lineColumn(text, s.offset());
            StringBuilder reasons = new StringBuilder();
            for (Reason r : s.reasons()) {
                if (reasons.length() > 0) {
                    reasons.append("; ");
                }
                reasons.append(r.signal().name().toLowerCase(Locale.ROOT).replace('_', '-')).append(": ").append(r.detail());
            }
            out.println(s.offset() + "\t" + s.length() + "\t" + lc[0] + "\t" + lc[1] + "\t"
                    + String.format(Locale.ROOT, "%.3f", s.score()) + "\t" + clean(s.form()) + "\t"
                    + clean(s.suggestion().orElse("")) + "\t" + clean(reasons.toString()));
        }
    }

    /** A field of TSV: tabs and line ends would break the row. */
    private static String clean(String s) {
        return s.replace('\t', ' ').replace("\r", "⏎").replace("\n", "⏎");
    }
}
