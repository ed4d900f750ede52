package org.siglum.cli.textcrit.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.apparatus.ApparatusChange;
import org.siglum.apparatus.ApparatusException;
import org.siglum.apparatus.Correction;
import org.siglum.apparatus.CorrectionDefaults;
import org.siglum.apparatus.CorrectionService;
import org.siglum.apparatus.Occurrence;
import org.siglum.apparatus.Scope;
import org.siglum.cli.Arguments;
import org.siglum.cli.Command;
import org.siglum.cli.CommandContext;
import org.siglum.cli.CommandException;
import org.siglum.cli.ExitCode;
import org.siglum.core.EditionDocument;
import org.siglum.core.Problem;
import org.siglum.core.TextLocation;

/**
 * {@code siglum correct EDITION --from FORM --to FORM}: a series of OCR corrections at once, each an apparatus entry
 * (decision 0045).
 */
@Component(service = Command.class, property = {Command.NAME_PROPERTY + "=" + CorrectCommand.NAME,
        Command.SUMMARY_PROPERTY + "=" + CorrectCommand.SUMMARY})
public final class CorrectCommand implements Command {

    /** The command's word; a service property too, so that it is listed without being activated. */
    static final String NAME = "correct";

    static final String SUMMARY = "a correction everywhere at once: every occurrence of a form listed, each recorded as an apparatus entry";

    @Reference
    CorrectionService corrections;

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
                Usage: siglum correct EDITION.xml --from FORM --to FORM [--where SCOPE] [--only N,...] [--dry-run]
                                      [--wit ID] [--lemma-wit IDS] [--cause C] [--type T] [--entry-type T]

                Lists every occurrence of FORM in the edition's base text (its body without readings and notes; a
                form split by a line break or other inline markup is found, one across a paragraph's edge is not),
                one line each: FILE:LINE:COL: N: …context[FORM]context…. Then, unless --dry-run, records each as an
                apparatus entry: <app><lem wit="#ED">TO</lem><rdg wit="#OCR" cause="ocr-error">FORM</rdg></app>
                over exactly the form, the markup inside it kept in the lemma. The witnesses, the cause and the
                entry's type are those the edition's OCR entries already have (else OCR and ED where declared).
                All of them are one change, saved atomically (the previous version kept as FILE~).

                  --where SCOPE    only part of the base text: lines:FROM-TO (lines of the file), div:NAME (the
                                   div whose xml:id or n is NAME, or the NAME-th div in document order), near:TEXT
                                   (where the context shown contains TEXT), offsets:START-END
                  --only N,...     record only these occurrences (numbers as listed; look first with --dry-run)
                  --dry-run        list the occurrences, change nothing
                  --wit ID         the witness whose reading FORM is (default: the edition's OCR witness)
                  --lemma-wit IDS  the lemma's witnesses, comma-separated ('' for none; default: ED where declared)
                  --cause C        the reading's cause (default ocr-error); --type T its type (e.g. real-word)
                  --entry-type T   the entry's type (default: the one the edition's OCR entries have)

                An occurrence that cannot carry an entry (it crosses the edge of an element, or lies in another
                entry) is listed with the reason and not recorded; naming it in --only is refused.

                Exit codes: 0 recorded (or listed, with --dry-run), 1 no occurrence found or none recordable,
                2 a usage error, an unreadable file or a refused change (FILE:LINE:COL: why; the file untouched).
                """;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        Arguments args = Arguments.parse(name(), arguments, Set.of("--dry-run"), Set.of("--from", "--to", "--where",
                "--only", "--wit", "--lemma-wit", "--cause", "--type", "--entry-type"));
        if (args.positionals().size() != 1) {
            throw new CommandException("correct: give one EDITION.xml (siglum help correct)");
        }
        String from = required(args, "--from");
        String to = required(args, "--to");
        Scope scope;
        try {
            scope = args.value("--where").map(Scope::parse).orElse(Scope.everywhere());
        } catch (IllegalArgumentException e) {
            throw new CommandException("correct: --where " + e.getMessage());
        }
        Set<Integer> only = numbers(args);
        String name = args.positionals().get(0);
        EditionDocument document = context.readEdition(name);
        for (Problem p : document.problems()) {
            if (p.isError()) {
                throw new CommandException(name + ":" + p.line() + ":" + p.column() + ": " + p.message()
                        + " (not well-formed: nothing changed; siglum validate lists every problem)");
            }
        }
        Correction correction = correction(document, args, from, to);
        boolean dryRun = args.flag("--dry-run");
        if (!dryRun && correction.problem() != null) {
            throw new CommandException("correct: " + correction.problem());
        }

        List<Occurrence> found;
        try {
            found = corrections.occurrences(document, from, scope);
        } catch (ApparatusException e) {
            throw new CommandException(where(document, name, e.offset()) + e.getMessage());
        }
        PrintStream out = context.out();
        List<Occurrence> chosen = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Occurrence o = found.get(i);
            int n = i + 1;
            boolean wanted = only.isEmpty() || only.contains(n);
            out.println(name + ":" + o.line() + ":" + o.column() + ": " + n + ": " + oneLine(o.inContext())
                    + o.whyNot().map(why -> " (cannot be recorded: " + why + ")").orElse("")
                    + (!only.isEmpty() && !wanted ? " (not chosen)" : ""));
            if (wanted && o.recordable()) {
                chosen.add(o);
            } else if (wanted && !only.isEmpty()) {
                throw new CommandException(name + ":" + o.line() + ":" + o.column() + ": occurrence " + n
                        + " cannot be recorded: " + o.refusal() + " (nothing changed)");
            }
        }
        for (int n : only) {
            if (n > found.size()) {
                throw new CommandException("correct: --only " + n + ": there " + (found.size() == 1 ? "is" : "are")
                        + " only " + found.size() + " occurrence" + (found.size() == 1 ? "" : "s")
                        + " (nothing changed)");
            }
        }
        long recordable = found.stream().filter(Occurrence::recordable).count();
        String count = found.size() + (found.size() == 1 ? " occurrence" : " occurrences") + " of \"" + from + "\""
                + (scope.kind() == Scope.Kind.EVERYWHERE ? "" : " (" + scope + ")");
        if (found.isEmpty()) {
            out.println("no occurrence of \"" + from + "\" in the base text"
                    + (scope.kind() == Scope.Kind.EVERYWHERE ? "" : " (" + scope + ")") + ": nothing changed");
            return ExitCode.FINDINGS;
        }
        if (dryRun) {
            out.println(count + ", " + recordable + " recordable; " + correction.summary()
                    + " (--dry-run: nothing changed)");
            return ExitCode.OK;
        }
        if (chosen.isEmpty()) {
            out.println(count + ", none recordable: nothing changed");
            return ExitCode.FINDINGS;
        }
        ApparatusChange change;
        try {
            change = corrections.correct(document, chosen, correction);
        } catch (ApparatusException e) {
            throw new CommandException(where(document, name, e.offset()) + e.getMessage() + " (nothing changed)");
        }
        try {
            document.save();
        } catch (IOException e) {
            throw new CommandException(name + ": cannot write the file: " + e.getMessage(), e);
        }
        long skipped = found.size() - chosen.size();
        out.println(where(document, name, change.start()) + change.description()
                + (skipped == 0 ? "" : "; " + skipped + " of the " + found.size() + " not recorded")
                + "; saved (the previous version is " + name + "~)");
        return ExitCode.OK;
    }

    private Correction correction(EditionDocument document, Arguments args, String from, String to) {
        CorrectionDefaults defaults = corrections.defaults(document);
        Correction c = Correction.of(from, to, defaults);
        if (args.value("--wit").isPresent()) {
            c = c.withWitness(args.value("--wit").get().strip());
        }
        if (args.value("--lemma-wit").isPresent()) {
            c = c.withLemmaWitnesses(args.values("--lemma-wit"));
        }
        if (args.value("--cause").isPresent()) {
            c = c.withCause(args.value("--cause").get());
        }
        if (args.value("--type").isPresent()) {
            c = c.withType(args.value("--type").get());
        }
        if (args.value("--entry-type").isPresent()) {
            c = new Correction(c.form(), c.lemma(), c.witness(), c.lemmaWitnesses(), c.cause(), c.type(),
                    args.value("--entry-type").get());
        }
        return c;
    }

    private static String required(Arguments args, String option) throws CommandException {
        String value = args.value(option).orElseThrow(() -> new CommandException("correct: " + option
                + " is required (siglum help correct)"));
        if (value.isEmpty()) {
            throw new CommandException("correct: " + option + " must not be empty");
        }
        return value;
    }

    private static Set<Integer> numbers(Arguments args) throws CommandException {
        Set<Integer> out = new LinkedHashSet<>();
        for (String v : args.values("--only")) {
            try {
                int n = Integer.parseInt(v);
                if (n < 1) {
                    throw new NumberFormatException();
                }
                out.add(n);
            } catch (NumberFormatException e) {
                throw new CommandException("correct: --only takes occurrence numbers (1, 2, ...), not '" + v + "'");
            }
        }
        if (args.value("--only").isPresent() && out.isEmpty()) {
            throw new CommandException("correct: --only needs at least one occurrence number");
        }
        return out;
    }

    private static String where(EditionDocument document, String name, int offset) {
        if (offset < 0 || offset > document.text().length()) {
            return name + ": ";
        }
        TextLocation at = document.tree().locate(offset);
        return name + ":" + at.line() + ":" + at.column() + ": ";
    }

    private static String oneLine(String s) {
        return s.replace("\r", " ").replace("\n", " ");
    }
}
