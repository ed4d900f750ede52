package org.siglum.cli.citations.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.citations.CitationFormatter;
import org.siglum.citations.FormattedEdition;
import org.siglum.citations.OutputFormat;
import org.siglum.cli.Arguments;
import org.siglum.cli.Command;
import org.siglum.cli.CommandContext;
import org.siglum.cli.CommandException;
import org.siglum.cli.ExitCode;
import org.siglum.core.EditionDocument;

/** {@code siglum cite EDITION.xml [--style ID] [--locale TAG] [--format text|html|fo]}. */
@Component(service = Command.class, property = {Command.NAME_PROPERTY + "=" + CiteCommand.NAME,
        Command.SUMMARY_PROPERTY + "=" + CiteCommand.SUMMARY})
public final class CiteCommand implements Command {

    /** The command's word; a service property too, so that it is listed without being activated. */
    static final String NAME = "cite";

    static final String SUMMARY = "every note's citations and the bibliography, formatted in a CSL style";
    private final CitationFormatter formatter;

    @Activate
    public CiteCommand(@Reference CitationFormatter formatter) {
        this.formatter = formatter;
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
        return "Usage: siglum cite EDITION.xml [--style ID] [--locale TAG] [--format text|html|fo]\n\n"
                + "Prints each note's citations (first a full note, then short notes, Ibid. where the style says so)\n"
                + "and then the bibliography.\n"
                + "  --style   " + String.join(", ", formatter.styles()) + " (default "
                + CitationFormatter.DEFAULT_STYLE + ")\n"
                + "  --locale  " + CitationFormatter.AUTO_LOCALE + ", " + String.join(", ", formatter.locales())
                + " (default " + CitationFormatter.AUTO_LOCALE + ": from the edition's xml:lang, th: th-TH, as the"
                + " exports do)\n"
                + "  --format  text (default), html (XHTML fragments), fo (XSL-FO fragments)\n\n"
                + "Exit codes: 0 done, 2 usage errors or input that cannot be read.\n";
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        Arguments args = Arguments.parse(name(), arguments, Set.of(), Set.of("--style", "--locale", "--format"));
        String name = Editions.one("cite", args.positionals(), "siglum cite EDITION.xml [--style ID]");
        String style = args.choice("cite", "--style", formatter.styles(), CitationFormatter.DEFAULT_STYLE);
        java.util.Set<String> locales = new java.util.TreeSet<>(formatter.locales());
        locales.add(CitationFormatter.AUTO_LOCALE);
        String requested = args.choice("cite", "--locale", locales, CitationFormatter.AUTO_LOCALE);
        String f = args.choice("cite", "--format", Set.of("text", "html", "fo"), "text");
        OutputFormat format = switch (f) {
            case "html" -> OutputFormat.HTML;
            case "fo" -> OutputFormat.FO;
            default -> OutputFormat.TEXT;
        };
        EditionDocument document = Editions.read(context, name);
        // one rule for the locale of every output: the same as the web, print and LaTeX editions take
        String locale = formatter.locale(document, requested);
        FormattedEdition result = formatter.format(document, style, locale, format);
        context.out().println("Notes");
        for (FormattedEdition.FormattedNote n : result.notes()) {
            context.out().println((n.number() == null ? "-" : n.number()) + ". " + n.citation());
        }
        context.out().println();
        context.out().println("Bibliography");
        for (String b : result.bibliography()) {
            context.out().println(b);
        }
        return ExitCode.OK;
    }
}
