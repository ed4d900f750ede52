package org.siglum.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.siglum.cli.Command;
import org.siglum.cli.CommandContext;
import org.siglum.cli.CommandException;
import org.siglum.cli.ExitCode;
import org.siglum.launcher.api.Application;

/**
 * The command line: finds the command the first argument names among the {@link Command} services and runs it. A
 * failure is one line on standard error and an exit code, never a stack trace (unless SIGLUM_DEBUG is set).
 */
@Component(service = Application.class, property = Application.NAME_PROPERTY + "=cli")
public final class CliApplication implements Application {

    /** Exit code for a fault in Siglum itself rather than in the user's input. */
    static final int INTERNAL_ERROR = 3;

    private final Map<String, Command> commands = new ConcurrentSkipListMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCommand(Command command) {
        commands.put(command.name(), command);
    }

    void removeCommand(Command command) {
        commands.remove(command.name(), command);
    }

    @Override
    public int run(List<String> arguments) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try {
            return run(new Context(out, err, Path.of("").toAbsolutePath(), System.console() != null), arguments);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs the command line against a given context (tests use their own streams). */
    int run(CommandContext context, List<String> arguments) {
        PrintStream err = context.err();
        if (arguments.isEmpty()) {
            err.print(overview());
            return ExitCode.USAGE;
        }
        String first = arguments.get(0);
        List<String> rest = arguments.subList(1, arguments.size());
        switch (first) {
            case "-h", "--help" -> {
                context.out().print(overview());
                return ExitCode.OK;
            }
            case "help" -> {
                return help(context, rest);
            }
            case "--version", "version" -> {
                context.out().println("siglum " + version());
                return ExitCode.OK;
            }
            default -> {
                // fall through to the commands
            }
        }
        Command command = commands.get(first);
        if (command == null) {
            err.println("siglum: unknown command '" + first + "' (siglum --help lists the commands)");
            return ExitCode.USAGE;
        }
        if (rest.contains("--help") || rest.contains("-h")) {
            context.out().print(command.usage().endsWith("\n") ? command.usage() : command.usage() + "\n");
            return ExitCode.OK;
        }
        try {
            return command.run(context, rest);
        } catch (CommandException e) {
            err.println("siglum: " + e.getMessage());
            debug(err, e);
            return e.exitCode();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err.println("siglum: " + first + " failed inside Siglum (" + e + "); please report it with the input file");
            debug(err, e);
            return INTERNAL_ERROR;
        }
    }

    private int help(CommandContext context, List<String> rest) {
        if (rest.isEmpty()) {
            context.out().print(overview());
            return ExitCode.OK;
        }
        Command command = commands.get(rest.get(0));
        if (command == null) {
            context.err().println("siglum: unknown command '" + rest.get(0) + "' (siglum --help lists the commands)");
            return ExitCode.USAGE;
        }
        context.out().print(command.usage().endsWith("\n") ? command.usage() : command.usage() + "\n");
        return ExitCode.OK;
    }

    String overview() {
        StringBuilder text = new StringBuilder();
        text.append("Siglum ").append(version()).append(": critical editions in TEI-XML\n\n");
        text.append("Usage:\n");
        text.append("  siglum                 open the sample edition in the workbench window\n");
        text.append("  siglum FILE.xml        open FILE.xml in the workbench window\n");
        text.append("  siglum COMMAND [ARGS]  run a command without a window\n\n");
        text.append("Commands:\n");
        int width = Math.max("help COMMAND".length(), commands.keySet().stream().mapToInt(String::length).max().orElse(4));
        for (Command command : commands.values()) {
            text.append("  ").append(command.name()).append(" ".repeat(width - command.name().length() + 3))
                    .append(command.summary()).append('\n');
        }
        text.append("  help COMMAND").append(" ".repeat(width - "help COMMAND".length() + 3)).append("the options of one command\n\n");
        text.append("Exit codes: 0 fine, 1 findings (e.g. an invalid file), 2 usage or input errors, 3 a fault in Siglum.\n");
        return text.toString();
    }

    private static String version() {
        String version = CliApplication.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0" : version;
    }

    private static void debug(PrintStream err, Throwable e) {
        if (System.getenv("SIGLUM_DEBUG") != null || Boolean.getBoolean("siglum.debug")) {
            e.printStackTrace(err);
        }
    }

    private record Context(PrintStream out, PrintStream err, Path workingDirectory, boolean interactive)
            implements CommandContext {
    }
}
