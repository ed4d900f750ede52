package org.siglum.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
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

    /**
     * A command as the application knows it before it runs: its name and summary, and how to get it. A command
     * service that says its name and summary in its properties ({@link Command#NAME_PROPERTY},
     * {@link Command#SUMMARY_PROPERTY}) is not activated to be listed: {@code siglum --help} starts no command, and
     * {@code siglum info} only {@code info} (issue 16).
     */
    private interface Found {
        String name();

        String summary();

        Command get();

        void release();
    }

    private final Map<String, Found> commands = new ConcurrentSkipListMap<>();
    /** Command services that do not say their name in their properties (a plugin's, say), named once activated. */
    private final List<ServiceReference<Command>> unnamed = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCommand(ServiceReference<Command> ref) {
        Object name = ref.getProperty(Command.NAME_PROPERTY);
        Object summary = ref.getProperty(Command.SUMMARY_PROPERTY);
        if (name instanceof String n && !n.isBlank()) {
            commands.put(n, new Lazy(n, summary instanceof String t ? t : "", ref));
        } else {
            unnamed.add(ref);
        }
    }

    void removeCommand(ServiceReference<Command> ref) {
        unnamed.remove(ref);
        commands.values().removeIf(f -> f instanceof Lazy lazy && lazy.ref().equals(ref));
    }

    /** A command object given as it is (tests without a framework). */
    void addCommand(Command command) {
        commands.put(command.name(), new Found() {
            @Override
            public String name() {
                return command.name();
            }

            @Override
            public String summary() {
                return command.summary();
            }

            @Override
            public Command get() {
                return command;
            }

            @Override
            public void release() {
            }
        });
    }

    void removeCommand(Command command) {
        commands.remove(command.name());
    }

    /** A command service, got from the framework only when it runs or shows its usage. */
    private final class Lazy implements Found {
        private final String name;
        private final String summary;
        private final ServiceReference<Command> ref;

        Lazy(String name, String summary, ServiceReference<Command> ref) {
            this.name = name;
            this.summary = summary;
            this.ref = ref;
        }

        ServiceReference<Command> ref() {
            return ref;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String summary() {
            return summary;
        }

        @Override
        public Command get() {
            BundleContext bundleContext = context;
            return bundleContext == null ? null : bundleContext.getService(ref);
        }

        @Override
        public void release() {
            BundleContext bundleContext = context;
            if (bundleContext != null) {
                try {
                    bundleContext.ungetService(ref);
                } catch (IllegalStateException e) {
                    // the framework is stopping
                }
            }
        }
    }

    /** The commands by name; those that did not say their name in their properties are activated to name them. */
    private Map<String, Found> commands() {
        BundleContext bundleContext = context;
        if (bundleContext != null) {
            for (ServiceReference<Command> ref : unnamed) {
                Command command = bundleContext.getService(ref);
                if (command != null) {
                    unnamed.remove(ref);
                    String name = command.name();
                    String summary = command.summary();
                    bundleContext.ungetService(ref);
                    commands.put(name, new Lazy(name, summary, ref));
                }
            }
        }
        return commands;
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
        Found found = commands().get(first);
        Command command = found == null ? null : found.get();
        if (command == null) {
            err.println("siglum: unknown command '" + first + "' (siglum --help lists the commands)");
            return ExitCode.USAGE;
        }
        try {
            if (rest.contains("--help") || rest.contains("-h")) {
                context.out().print(command.usage().endsWith("\n") ? command.usage() : command.usage() + "\n");
                return ExitCode.OK;
            }
            return command.run(context, rest);
        } catch (CommandException e) {
            err.println("siglum: " + e.getMessage());
            debug(err, e);
            return e.exitCode();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err.println("siglum: " + first + " failed inside Siglum (" + e + "); please report it with the input file");
            debug(err, e);
            return INTERNAL_ERROR;
        } finally {
            found.release();
        }
    }

    private int help(CommandContext context, List<String> rest) {
        if (rest.isEmpty()) {
            context.out().print(overview());
            return ExitCode.OK;
        }
        Found found = commands().get(rest.get(0));
        Command command = found == null ? null : found.get();
        if (command == null) {
            context.err().println("siglum: unknown command '" + rest.get(0) + "' (siglum --help lists the commands)");
            return ExitCode.USAGE;
        }
        try {
            context.out().print(command.usage().endsWith("\n") ? command.usage() : command.usage() + "\n");
            return ExitCode.OK;
        } finally {
            found.release();
        }
    }

    String overview() {
        StringBuilder text = new StringBuilder();
        text.append("Siglum ").append(version()).append(": critical editions in TEI-XML\n\n");
        text.append("Usage:\n");
        text.append("  siglum                 open the sample edition in the workbench window\n");
        text.append("  siglum FILE.xml        open FILE.xml in the workbench window\n");
        text.append("  siglum COMMAND [ARGS]  run a command without a window\n\n");
        text.append("Commands:\n");
        Map<String, Found> all = commands();
        int width = Math.max("help COMMAND".length(), all.keySet().stream().mapToInt(String::length).max().orElse(4));
        for (Found command : all.values()) {
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
