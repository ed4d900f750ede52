package org.siglum.cli.validation.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.siglum.validation.Finding;
import org.siglum.validation.SchemaChoice;
import org.siglum.validation.ValidationException;
import org.siglum.validation.Validator;

/** {@code siglum validate FILE... [--schema siglum|tei_all|PATH] [--format text|json]}. */
@Component(service = Command.class, property = {Command.NAME_PROPERTY + "=" + ValidateCommand.NAME,
        Command.SUMMARY_PROPERTY + "=" + ValidateCommand.SUMMARY})
public final class ValidateCommand implements Command {

    /** The command's word; a service property too, so that it is listed without being activated. */
    static final String NAME = "validate";

    static final String SUMMARY = "validate editions against our TEI (grammar and rules), the full TEI or a schema, with line and column";

    @Reference
    Validator validator;

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
                Usage: siglum validate FILE... [--schema siglum|tei_all|PATH] [--format text|json]

                Checks that each file is well-formed, then validates it, and prints one line per finding:
                FILE:LINE:COLUMN: SEVERITY: [RULE] MESSAGE. Columns count characters (Unicode code points) from 1.
                RULE is well-formedness, rng (the grammar) or the id of a Schematron rule (e.g. wit-declared).
                A file that is not well-formed gets its well-formedness problems only.

                  --schema siglum    (default) Siglum's TEI customisation: siglum.rng and the siglum.sch rules
                  --schema tei_all   the full TEI P5 grammar: $SIGLUM_TEI_ALL, else ../shared/tei/tei_all.rng beside
                                     the working directory or the installation
                  --schema PATH      a RELAX NG grammar (.rng, .rnc) or ISO Schematron rules (.sch)
                  --format text      (default) one line per finding, then a summary on standard error
                  --format json      a JSON array of {file, line, column, offset, severity, rule, message, detail}

                Exit codes: 0 every file is valid (warnings allowed), 1 errors found, 2 a file or the schema cannot be
                read, or the schema is unknown.
                """;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        Arguments args = Arguments.parse(name(), arguments, Set.of(), Set.of("--format", "--schema"));
        String format = args.choice(name(), "--format", Set.of("text", "json"), "text");
        if (args.positionals().isEmpty()) {
            throw new CommandException("validate: no file given (siglum validate FILE...)");
        }
        SchemaChoice schema = schema(context, args.value("--schema").orElse("siglum"));
        int exit = ExitCode.OK;
        int errors = 0;
        int warnings = 0;
        int filesWithErrors = 0;
        List<Object> json = new ArrayList<>();
        for (String name : args.positionals()) {
            List<Finding> findings;
            try {
                findings = validator.validate(context.readEdition(name), schema);
            } catch (CommandException | ValidationException e) {
                if (e instanceof ValidationException && e.getMessage().startsWith(schema.label() + ":")) {
                    // a schema that cannot be read or compiled: the same for every file, so stop here
                    throw new CommandException(e.getMessage(), e);
                }
                context.err().println("siglum: " + e.getMessage());
                exit = ExitCode.USAGE;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", name);
                m.put("severity", "fatal");
                m.put("message", e.getMessage());
                json.add(m);
                continue;
            }
            long fileErrors = findings.stream().filter(Finding::isError).count();
            errors += (int) fileErrors;
            warnings += findings.size() - (int) fileErrors;
            if (fileErrors > 0) {
                filesWithErrors++;
                exit = Math.max(exit, ExitCode.FINDINGS);
            }
            for (Finding f : findings) {
                if (format.equals("text")) {
                    context.out().println(name + ":" + f.line() + ":" + f.column() + ": " + f.severity().word() + ": ["
                            + f.rule() + "] " + f.message());
                } else {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", name);
                    m.put("line", f.line());
                    m.put("column", f.column());
                    m.put("offset", f.offset());
                    m.put("severity", f.severity().word());
                    m.put("rule", f.rule());
                    m.put("message", f.message());
                    m.put("detail", f.detail());
                    json.add(m);
                }
            }
        }
        if (format.equals("json")) {
            context.out().println(Json.write(json));
        } else {
            int files = args.positionals().size();
            context.err().println(files + (files == 1 ? " file" : " files") + " checked against " + schema.label() + ": "
                    + (errors == 0 ? "valid" : errors + (errors == 1 ? " error" : " errors") + " in " + filesWithErrors
                            + (filesWithErrors == 1 ? " file" : " files"))
                    + (warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings")));
        }
        return exit;
    }

    /** {@code siglum}, {@code tei_all} or a schema path, as a choice; a usage error if none of these. */
    static SchemaChoice schema(CommandContext context, String value) throws CommandException {
        try {
            return switch (value) {
                case "siglum" -> SchemaChoice.siglum();
                case "tei_all" -> SchemaChoice.teiAll(System.getenv(SchemaChoice.TEI_ALL_VARIABLE),
                        context.workingDirectory(), installation());
                default -> {
                    if (!value.contains("/") && !value.contains(".") && !Files.exists(context.resolve(value))) {
                        throw new CommandException("validate: unknown schema '" + value
                                + "' (siglum, tei_all, or the path of a .rng, .rnc or .sch file)");
                    }
                    yield SchemaChoice.file(context.resolve(value));
                }
            };
        } catch (ValidationException e) {
            throw new CommandException("validate: " + e.getMessage(), e);
        }
    }

    private static Path installation() {
        String home = System.getProperty("siglum.home");
        return home == null || home.isBlank() ? null : Path.of(home);
    }
}
