package org.siglum.cli.export.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.siglum.apparatus.ApparatusService;
import org.siglum.cli.Arguments;
import org.siglum.cli.Command;
import org.siglum.cli.CommandContext;
import org.siglum.cli.CommandException;
import org.siglum.cli.ExitCode;
import org.siglum.citations.NoteService;
import org.siglum.core.EditionDocument;
import org.siglum.export.Diagnostic;
import org.siglum.export.EditionCheck;
import org.siglum.export.ExportCanceledException;
import org.siglum.export.ExportException;
import org.siglum.export.ExportOption;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.Exporter;
import org.siglum.export.ProgressMonitor;

/**
 * {@code siglum export EDITION.xml... --format html,pdf,latex,text [-o DIR]}: runs the installed {@link Exporter}
 * services (whatever format bundles are installed) over one or more editions.
 */
@Component(service = Command.class, property = {Command.NAME_PROPERTY + "=" + ExportCommand.NAME,
        Command.SUMMARY_PROPERTY + "=" + ExportCommand.SUMMARY})
public final class ExportCommand implements Command {

    /** The command's word; a service property too, so that it is listed without being activated. */
    static final String NAME = "export";

    static final String SUMMARY = "write editions in publication formats (web, print, LaTeX, plain text: whichever are installed)";

    /** The command-line options handed to exporters, by the name the exporters give them. */
    private static final List<String> FORMAT_OPTIONS = List.of("wit", "style", "locale", "font");

    /** The formats present, highest service.ranking first (then the oldest service): the first of an id is used. */
    private final List<Ranked> exporters = new CopyOnWriteArrayList<>();

    private record Ranked(Exporter exporter, int ranking, long serviceId) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addExporter(Exporter exporter, Map<String, Object> properties) {
        Object ranking = properties.get("service.ranking");
        Object id = properties.get("service.id");
        synchronized (exporters) {
            List<Ranked> sorted = new ArrayList<>(exporters);
            sorted.add(new Ranked(exporter, ranking instanceof Integer r ? r : 0, id instanceof Long l ? l : Long.MAX_VALUE));
            sorted.sort(java.util.Comparator.comparingInt(Ranked::ranking).reversed().thenComparingLong(Ranked::serviceId));
            exporters.clear();
            exporters.addAll(sorted);
        }
    }

    void removeExporter(Exporter exporter) {
        synchronized (exporters) {
            exporters.removeIf(r -> r.exporter() == exporter);
        }
    }

    /** Adds a format as a service of ranking 0 would be (tests without a framework). */
    void addFormat(Exporter exporter) {
        addExporter(exporter, Map.of());
    }

    @Reference
    ApparatusService apparatus;

    @Reference
    NoteService notes;

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
                Usage: siglum export EDITION.xml... --format FORMAT[,FORMAT...] [-o DIR] [--wit ID] [--style ID] [--locale L]
                                     [--strict]
                       siglum export --list-formats

                Writes each edition in each format. With one edition the files go into DIR; with several, each
                edition's files go into DIR/BASENAME/. A file appears only when complete; a failed or cancelled
                export leaves the files that were there before. Before anything is written every edition is checked:
                one that is not well-formed stops the command with its file:line:col and nothing is written. What is
                odd but legal is a warning with its file:line:col, and the formats do the sensible thing: a @wit
                token that no <witness> declares is shown as its siglum, a pointer to nowhere as plain text, a page
                break of an edition that is not a witness labelled from its @n and @ed/@edRef.

                  --format F,...     the formats (installed: %s)
                  -o, --output DIR   the output folder (default: the current folder)
                  --wit ID           the witness of the text format (default: the edited text's)
                  --style ID         the citation style of formats that format citations
                  --locale L         the citation locale
                  --font NAME        the main font family of the print formats (default: by the script: Norasi for Thai)
                  --strict           refuse an edition with warnings too (nothing is written)
                  --list-formats     list the installed formats and their options

                Prints one line per file written. Ctrl-C cancels cleanly.
                Exit codes: 0 all written, 1 some export failed or was cancelled (the others were written),
                2 usage error, unknown format, or an edition not fit to export (nothing written).
                """.formatted(String.join(", ", installed().keySet()));
    }

    private Map<String, Exporter> installed() {
        return installed(new ArrayList<>());
    }

    /**
     * The installed formats by id. A format bundle whose exporter cannot even say its id is left out and described in
     * {@code faulty}: one faulty plugin must not take the other formats down (decision 0032).
     */
    private Map<String, Exporter> installed(List<String> faulty) {
        Map<String, Exporter> byId = new TreeMap<>();
        for (Ranked ranked : exporters) {
            Exporter exporter = ranked.exporter();
            try {
                String id = exporter.id();
                if (id == null || id.isBlank()) {
                    faulty.add("a format of " + origin(exporter) + " has no id");
                    continue;
                }
                byId.putIfAbsent(id, exporter);
            } catch (RuntimeException | LinkageError e) {
                faulty.add("a format of " + origin(exporter) + " failed to give its id: " + describe(e));
            }
        }
        return byId;
    }

    /** Where a plugin's exporter comes from, for messages: its class (the bundle's package names it). */
    private static String origin(Exporter exporter) {
        return exporter.getClass().getName();
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** A format's options; a plugin that fails to give them is reported in {@code faulty} and has none. */
    private static List<ExportOption> options(Exporter exporter, String id, List<String> faulty) {
        try {
            List<ExportOption> options = exporter.options();
            return options == null ? List.of() : options;
        } catch (RuntimeException | LinkageError e) {
            faulty.add("format " + id + " failed to give its options: " + describe(e));
            return null;
        }
    }

    private static String name(Exporter exporter, String id) {
        try {
            String name = exporter.name();
            return name == null ? id : name;
        } catch (RuntimeException | LinkageError e) {
            return id + " (its name failed: " + describe(e) + ")";
        }
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        List<String> normalised = arguments.stream().map(a -> a.equals("-o") ? "--output" : a).toList();
        Set<String> valued = new java.util.HashSet<>(Set.of("--format", "--output"));
        FORMAT_OPTIONS.forEach(o -> valued.add("--" + o));
        Arguments args = Arguments.parse(name(), normalised, Set.of("--list-formats", "--strict"), valued);
        boolean strict = args.flag("--strict");
        List<String> faulty = new ArrayList<>();
        Map<String, Exporter> installed = installed(faulty);
        if (args.flag("--list-formats")) {
            for (Map.Entry<String, Exporter> entry : installed.entrySet()) {
                Exporter exporter = entry.getValue();
                context.out().println(entry.getKey() + "\t" + name(exporter, entry.getKey()));
                List<ExportOption> options = options(exporter, entry.getKey(), faulty);
                for (ExportOption option : options == null ? List.<ExportOption>of() : options) {
                    context.out().println("\t--" + option.name() + "\t" + option.description()
                            + (option.defaultValue() == null || option.defaultValue().isEmpty() ? ""
                                    : " (default " + option.defaultValue() + ")"));
                }
            }
            faulty.forEach(f -> context.err().println("export: " + f));
            return faulty.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
        }
        faulty.forEach(f -> context.err().println("export: warning: " + f));
        faulty.clear();
        List<String> formats = args.values("--format");
        if (formats.isEmpty()) {
            throw new CommandException("export: --format is required (installed: " + list(installed) + ")");
        }
        List<Exporter> chosen = new ArrayList<>();
        for (String format : formats) {
            Exporter exporter = installed.get(format);
            if (exporter == null) {
                throw new CommandException("export: unknown format '" + format + "' (installed: " + list(installed) + ")");
            }
            if (!chosen.contains(exporter)) {
                chosen.add(exporter);
            }
        }
        // each chosen format's options, asked once; a format that fails to give them fails below, reported
        Map<Exporter, List<ExportOption>> optionsOf = new java.util.IdentityHashMap<>();
        Map<Exporter, String> optionFaults = new java.util.IdentityHashMap<>();
        for (Exporter exporter : chosen) {
            List<String> fault = new ArrayList<>();
            List<ExportOption> options = options(exporter, idOf(installed, exporter), fault);
            optionsOf.put(exporter, options == null ? List.of() : options);
            if (options == null) {
                optionFaults.put(exporter, fault.get(0));
            }
        }
        Map<String, String> given = new LinkedHashMap<>();
        for (String option : FORMAT_OPTIONS) {
            args.value("--" + option).ifPresent(v -> given.put(option, v));
            if (given.containsKey(option) && chosen.stream()
                    .noneMatch(e -> optionsOf.get(e).stream().anyMatch(o -> o.name().equals(option)))) {
                throw new CommandException("export: --" + option + " means nothing to format(s) " + String.join(",",
                        chosen.stream().map(e -> idOf(installed, e)).toList()));
            }
        }
        if (args.positionals().isEmpty()) {
            throw new CommandException("export: give one or more editions (siglum export EDITION.xml... --format F)");
        }
        Path output = context.resolve(args.value("--output").orElse("."));

        // every edition is checked before anything is written
        Map<String, EditionDocument> editions = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (String name : args.positionals()) {
            Path file = context.resolve(name);
            if (!Files.isRegularFile(file)) {
                problems.add(name + ": no such file");
                continue;
            }
            try {
                EditionDocument document = EditionDocument.read(file);
                EditionCheck check = new EditionCheck(apparatus, notes);
                List<String> found = new ArrayList<>();
                List<Diagnostic> odd = check.problems(name, document);
                List<Diagnostic> refused = EditionCheck.refusals(odd, strict);
                for (Diagnostic problem : refused) {
                    found.add(problem.source() + ":" + problem.line() + ":" + problem.column() + ": "
                            + problem.message());
                }
                odd.stream().filter(d -> !refused.contains(d) && d.severity() == Diagnostic.Severity.WARNING)
                        .forEach(warnings::add);
                if (given.containsKey("wit")
                        && document.tree().problems().stream().noneMatch(org.siglum.core.Problem::isError)) {
                    check.undeclaredWitness(document, given.get("wit"))
                            .ifPresent(p -> found.add(name + ": --wit " + p));
                }
                problems.addAll(found);
                if (found.isEmpty()) {
                    editions.put(name, document);
                }
            } catch (org.siglum.core.EditionException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            for (int i = 0; i < problems.size() - 1; i++) {
                context.err().println(problems.get(i));
            }
            throw new CommandException(problems.get(problems.size() - 1)
                    + (problems.size() > 1 || args.positionals().size() > 1 || strict ? " (nothing was written)" : ""));
        }
        warnings.forEach(w -> context.err().println(w));

        boolean several = editions.size() > 1;
        int total = editions.size() * chosen.size();
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancelled.set(true);
            try {
                finished.await(10, TimeUnit.SECONDS); // let the running export remove its temporary files
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "siglum-export-cancel");
        boolean hooked = addHook(hook);
        int failures = 0;
        int done = 0;
        Progress progress = new Progress(context.err(), context.interactive());
        try {
            for (Map.Entry<String, EditionDocument> edition : editions.entrySet()) {
                Path file = context.resolve(edition.getKey());
                Path folder = several ? output.resolve(baseName(file)) : output;
                for (Exporter exporter : chosen) {
                    done++;
                    String id = idOf(installed, exporter);
                    String label = "[" + done + "/" + total + "] " + edition.getKey() + " " + id;
                    progress.show(label, "");
                    if (cancelled.get()) {
                        failures++;
                        continue;
                    }
                    if (optionFaults.containsKey(exporter)) {
                        progress.clear();
                        context.err().println(edition.getKey() + ": " + optionFaults.get(exporter));
                        failures++;
                        continue;
                    }
                    Map<String, String> options = new LinkedHashMap<>();
                    for (ExportOption option : optionsOf.get(exporter)) {
                        if (given.containsKey(option.name())) {
                            options.put(option.name(), given.get(option.name()));
                        }
                    }
                    ProgressMonitor monitor = new ProgressMonitor() {
                        @Override
                        public void begin(String task, int totalWork) {
                        }

                        @Override
                        public void worked(int work) {
                        }

                        @Override
                        public void subTask(String step) {
                            progress.show(label, step);
                        }

                        @Override
                        public boolean isCanceled() {
                            return cancelled.get();
                        }
                    };
                    try {
                        ExportResult result = exporter.export(
                                new ExportRequest(edition.getValue(), file, folder, options), monitor);
                        progress.clear();
                        for (Diagnostic diagnostic : result.diagnostics()) {
                            if (diagnostic.severity() != Diagnostic.Severity.INFO) {
                                context.err().println(diagnostic);
                            }
                        }
                        for (Path written : result.files()) {
                            context.out().println(shown(context, written));
                        }
                    } catch (ExportCanceledException e) {
                        progress.clear();
                        context.err().println(edition.getKey() + ": " + id + ": cancelled; nothing left half-written");
                        failures++;
                    } catch (ExportException e) {
                        progress.clear();
                        context.err().println(prefixed(edition.getKey(), String.valueOf(e.getMessage())) + " (format " + id + ")");
                        failures++;
                    } catch (RuntimeException | LinkageError | StackOverflowError e) {
                        // a faulty format bundle must not stop the others
                        progress.clear();
                        context.err().println(edition.getKey() + ": format " + id + " failed: " + describe(e));
                        failures++;
                    }
                }
            }
        } finally {
            progress.clear();
            context.out().flush();
            finished.countDown();
            if (hooked) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down (Ctrl-C): the hook is running
                }
            }
        }
        if (failures > 0) {
            context.err().println("export: " + failures + " of " + total + " exports failed");
            return ExitCode.FINDINGS;
        }
        return ExitCode.OK;
    }

    private static String idOf(Map<String, Exporter> installed, Exporter exporter) {
        for (Map.Entry<String, Exporter> entry : installed.entrySet()) {
            if (entry.getValue() == exporter) {
                return entry.getKey();
            }
        }
        return "?";
    }

    private static boolean addHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException | SecurityException e) {
            return false;
        }
    }

    private static String prefixed(String name, String message) {
        String fileName = Path.of(name).getFileName().toString();
        return message.startsWith(name) || message.startsWith(fileName)
                ? name + message.substring(message.startsWith(name) ? name.length() : fileName.length())
                : name + ": " + message;
    }

    private static String shown(CommandContext context, Path written) {
        Path cwd = context.workingDirectory().toAbsolutePath().normalize();
        Path abs = written.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String list(Map<String, Exporter> installed) {
        return installed.isEmpty() ? "none" : String.join(", ", installed.keySet());
    }

    /** The progress line: redrawn in place on a terminal, plain lines (one per export) otherwise. */
    private static final class Progress {
        private final PrintStream err;
        private final boolean interactive;
        private String lastLabel = "";
        private int width;

        Progress(PrintStream err, boolean interactive) {
            this.err = err;
            this.interactive = interactive;
        }

        synchronized void show(String label, String step) {
            if (interactive) {
                String line = label + (step.isEmpty() ? "" : ": " + step);
                err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
                width = line.length();
                err.flush();
            } else if (!label.equals(lastLabel)) {
                err.println(label);
            }
            lastLabel = label;
        }

        synchronized void clear() {
            if (interactive && width > 0) {
                err.print("\r" + " ".repeat(width) + "\r");
                err.flush();
                width = 0;
            }
        }
    }
}
