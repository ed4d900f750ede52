package org.siglum.cli.plugins.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.cli.Arguments;
import org.siglum.cli.Command;
import org.siglum.cli.CommandContext;
import org.siglum.cli.CommandException;
import org.siglum.cli.ExitCode;
import org.siglum.plugins.PluginException;
import org.siglum.plugins.PluginInfo;
import org.siglum.plugins.PluginService;

/** {@code siglum plugins list|install FILE.jar|remove ID|disable ID|enable ID}. */
@Component(service = Command.class, property = {Command.NAME_PROPERTY + "=" + PluginsCommand.NAME,
        Command.SUMMARY_PROPERTY + "=" + PluginsCommand.SUMMARY})
public final class PluginsCommand implements Command {

    /** The command's word; a service property too, so that it is listed without being activated. */
    static final String NAME = "plugins";

    static final String SUMMARY = "the bundles installed and what they offer; install, remove, disable or enable a plugin";

    private final PluginService plugins;

    @org.osgi.service.component.annotations.Activate
    public PluginsCommand(@Reference PluginService plugins) {
        this.plugins = plugins;
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
                Usage: siglum plugins [list] [--plugins-only]
                       siglum plugins install FILE.jar
                       siglum plugins remove ID
                       siglum plugins disable ID
                       siglum plugins enable ID

                A plugin is an OSGi bundle in the plugins folder, $XDG_DATA_HOME/siglum/plugins (by default
                ~/.local/share/siglum/plugins; `siglum --plugins DIR ...` uses another for one run). Siglum installs
                every bundle there after its own and starts it; one that does not resolve is named with the package
                and version it misses, and left out.

                  list           one line per bundle: name, version, state, built-in or plugin, what it offers
                                 (formats, commands, views, other services); --plugins-only: the plugins alone
                  install FILE   copy a bundle jar into the plugins folder (replacing a plugin of the same name)
                  remove ID      delete a plugin from the folder (built-in bundles cannot be removed: disable them)
                  disable ID     do not start a bundle, plugin or built in, from now on (kept in plugins.state
                                 beside the folder); a plugin's format then takes the place of a built-in one
                  enable ID      start it again
                ID is a bundle's symbolic name (the first column of list).

                A service with a higher service.ranking takes the place of another for the same job: an export
                format of the same id, the OCR suspects finder, a view of the same id.
                Exit codes: 0 done, 1 a bundle does not resolve (list, install), 2 usage error or a change refused.
                """;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        Arguments args = Arguments.parse(name(), arguments, Set.of("--plugins-only"), Set.of());
        List<String> words = args.positionals();
        String action = words.isEmpty() ? "list" : words.get(0);
        try {
            switch (action) {
                case "list" -> {
                    expect(words, 1, "siglum plugins list");
                    return list(context, args.flag("--plugins-only"));
                }
                case "install" -> {
                    expect(words, 2, "siglum plugins install FILE.jar");
                    PluginInfo info = plugins.install(context.resolve(words.get(1)));
                    context.out().println("installed " + info.symbolicName() + " " + info.version() + " into "
                            + plugins.folder().orElseThrow());
                    if (!info.problem().isEmpty()) {
                        context.err().println("plugins: " + info.symbolicName() + " left out: " + info.problem());
                        return ExitCode.FINDINGS;
                    }
                    return ExitCode.OK;
                }
                case "remove" -> {
                    expect(words, 2, "siglum plugins remove ID");
                    plugins.remove(words.get(1));
                    context.out().println("removed " + words.get(1));
                    return ExitCode.OK;
                }
                case "disable", "enable" -> {
                    expect(words, 2, "siglum plugins " + action + " ID");
                    PluginInfo info = plugins.setEnabled(words.get(1), action.equals("enable"));
                    context.out().println(action + "d " + info.symbolicName() + " " + info.version());
                    if (!info.problem().isEmpty()) {
                        context.err().println("plugins: " + info.symbolicName() + ": " + info.problem());
                    }
                    return ExitCode.OK;
                }
                default -> throw new CommandException("plugins: unknown action '" + action
                        + "' (list, install, remove, disable, enable)");
            }
        } catch (PluginException e) {
            throw new CommandException("plugins: " + e.getMessage(), e);
        }
    }

    private static void expect(List<String> words, int count, String usage) throws CommandException {
        if (words.size() != count) {
            throw new CommandException("plugins: usage: " + usage);
        }
    }

    private int list(CommandContext context, boolean pluginsOnly) {
        int code = ExitCode.OK;
        for (PluginInfo info : plugins.list()) {
            if (pluginsOnly && !info.plugin()) {
                continue;
            }
            String state = !info.problem().isEmpty() ? "left-out" : info.enabled() ? info.state() : "disabled";
            String offers = info.offers().stream().map(Object::toString).collect(Collectors.joining(", "));
            context.out().println(info.symbolicName() + "\t" + info.version() + "\t" + state + "\t" + info.origin()
                    + "\t" + (offers.isEmpty() ? "-" : offers));
            if (!info.problem().isEmpty()) {
                context.err().println("plugins: " + info.symbolicName() + " " + info.version() + " left out: "
                        + info.problem());
                code = ExitCode.FINDINGS;
            }
        }
        return code;
    }
}
