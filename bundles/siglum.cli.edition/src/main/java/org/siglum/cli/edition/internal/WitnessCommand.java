package org.siglum.cli.edition.internal;

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
import org.siglum.core.EditionDocument;
import org.siglum.core.EditionException;
import org.siglum.core.Problem;
import org.siglum.core.XmlTree;
import org.siglum.witness.WitnessText;

/** {@code siglum witness EDITION.xml --wit ID [-o OUT.txt]}. */
@Component(service = Command.class, property = {Command.NAME_PROPERTY + "=" + WitnessCommand.NAME,
        Command.SUMMARY_PROPERTY + "=" + WitnessCommand.SUMMARY})
public final class WitnessCommand implements Command {

    /** The command's word; a service property too, so that it is listed without being activated. */
    static final String NAME = "witness";

    static final String SUMMARY = "print the text of one witness of an edition (its readings, or the lemma where it has none)";

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
                Usage: siglum witness EDITION.xml --wit ID [-o OUT.txt]

                Prints the text of witness ID: in each apparatus entry the reading that names it, else the lemma;
                nothing of the header, notes or editorial additions; its own page and line breaks as blank lines and
                new lines. The witness of the edited text (named in lem/@wit) gives the corrected text. A witness has
                no text inside its lacunae (lacunaStart..lacunaEnd) nor, if fragmentary, outside witStart..witEnd.

                  --wit ID           the witness (its xml:id, with or without #)
                  -o, --output FILE  write the text to FILE (UTF-8) instead of standard output

                Exit codes: 0 printed, 1 the edition is not well-formed, 2 usage error, unknown witness or unreadable input.
                """;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        List<String> normalised = arguments.stream().map(a -> a.equals("-o") ? "--output" : a).toList();
        Arguments args = Arguments.parse(name(), normalised, Set.of(), Set.of("--wit", "--output"));
        if (args.positionals().size() != 1) {
            throw new CommandException("witness: give one edition (siglum witness EDITION.xml --wit ID)");
        }
        String wit = args.value("--wit").map(w -> w.startsWith("#") ? w.substring(1) : w)
                .orElseThrow(() -> new CommandException("witness: --wit ID is required"));
        String name = args.positionals().get(0);
        Path file = context.resolve(name);
        if (!Files.exists(file)) {
            throw new CommandException(name + ": no such file");
        }
        EditionDocument document;
        try {
            document = EditionDocument.read(file);
        } catch (EditionException e) {
            throw new CommandException(e.getMessage(), e);
        }
        XmlTree tree = document.tree();
        for (Problem problem : tree.problems()) {
            if (problem.severity() == Problem.Severity.ERROR) {
                context.err().println(name + ":" + problem.line() + ":" + problem.column() + ": " + problem.message());
                return ExitCode.FINDINGS;
            }
        }
        List<String> declared = witnessText.witnesses(tree);
        if (!declared.contains(wit)) {
            throw new CommandException(name + ": no witness " + wit + " (declared: "
                    + (declared.isEmpty() ? "none" : String.join(", ", declared)) + ")");
        }
        String text = witnessText.text(tree, wit).strip() + "\n";
        if (args.value("--output").isPresent()) {
            String out = args.value("--output").get();
            ImportOcrCommand.write(context.resolve(out), text, out);
        } else {
            context.out().print(text);
            context.out().flush();
        }
        return ExitCode.OK;
    }
}
