package org.siglum.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

/** {@code siglum validate FILE... [--format text|json]}: is each file well-formed XML? */
@Component(service = Command.class)
public final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check that editions are well-formed XML, with the line and column of each problem";
    }

    @Override
    public String usage() {
        return """
                Usage: siglum validate FILE... [--format text|json]

                Checks each file and prints one line per problem: FILE:LINE:COLUMN: SEVERITY: MESSAGE.
                Columns count characters (Unicode code points) from 1.

                  --format text   (default) one line per problem, then a summary on standard error
                  --format json   a JSON array of {file, line, column, severity, message}

                Exit codes: 0 every file is fine, 1 problems found, 2 a file cannot be read.
                """;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        Arguments args = Arguments.parse(name(), arguments, Set.of(), Set.of("--format"));
        String format = args.choice(name(), "--format", Set.of("text", "json"), "text");
        if (args.positionals().isEmpty()) {
            throw new CommandException("validate: no file given (siglum validate FILE...)");
        }
        int exit = ExitCode.OK;
        int problemsFound = 0;
        int filesWithProblems = 0;
        List<Object> json = new ArrayList<>();
        for (String name : args.positionals()) {
            List<Problem> problems;
            try {
                EditionDocument document = InfoCommand.read(context.resolve(name), name);
                problems = document.problems();
            } catch (CommandException e) {
                context.err().println("siglum: " + e.getMessage());
                exit = ExitCode.USAGE;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", name);
                m.put("severity", "fatal");
                m.put("message", e.getMessage());
                json.add(m);
                continue;
            }
            if (!problems.isEmpty()) {
                filesWithProblems++;
                problemsFound += problems.size();
                if (problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
                    exit = Math.max(exit, ExitCode.FINDINGS);
                }
            }
            for (Problem p : problems) {
                String severity = p.severity().name().toLowerCase(Locale.ROOT);
                if (format.equals("text")) {
                    context.out().println(name + ":" + p.line() + ":" + p.column() + ": " + severity + ": " + p.message());
                } else {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", name);
                    m.put("line", p.line());
                    m.put("column", p.column());
                    m.put("severity", severity);
                    m.put("rule", "well-formedness");
                    m.put("message", p.message());
                    json.add(m);
                }
            }
        }
        if (format.equals("json")) {
            context.out().println(Json.write(json));
        } else {
            int files = args.positionals().size();
            context.err().println(files + (files == 1 ? " file" : " files") + " checked: "
                    + (problemsFound == 0 ? "no problems" : problemsFound + " problems in " + filesWithProblems
                            + (filesWithProblems == 1 ? " file" : " files")));
        }
        return exit;
    }
}
