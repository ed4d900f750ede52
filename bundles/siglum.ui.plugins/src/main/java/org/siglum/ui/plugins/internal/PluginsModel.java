package org.siglum.ui.plugins.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.siglum.plugins.Offer;
import org.siglum.plugins.PluginException;
import org.siglum.plugins.PluginInfo;
import org.siglum.plugins.PluginService;

/**
 * What Help › Plugins shows and does, free of widgets: the bundles of the run (plugins first), a filter, the selected
 * bundle with what it offers and why it does not run, and the actions it allows (install a jar, remove a plugin,
 * disable or enable any bundle), each carried out by the {@link PluginService} the command line uses too. The dialog
 * only shows this model and passes the person's gestures to it.
 */
final class PluginsModel {

    /** What became of an action: a line for the dialog's message area, shown as an error when it failed. */
    record Outcome(boolean ok, String message) {
    }

    /** Plugins first, then the built-in bundles, each by symbolic name. */
    static final Comparator<PluginInfo> ORDER = Comparator.comparing((PluginInfo p) -> !p.plugin())
            .thenComparing(PluginInfo::symbolicName);

    private final PluginService service;
    private List<PluginInfo> all = List.of();
    private String filter = "";
    private boolean builtIn = true;
    private String selected;

    PluginsModel(PluginService service) {
        this.service = service;
        refresh();
    }

    /** Reads the bundles again (after a change here or elsewhere: the command line, a bundle that stopped). */
    void refresh() {
        List<PluginInfo> list = new ArrayList<>(service.list());
        list.sort(ORDER);
        all = List.copyOf(list);
    }

    /** The rows shown: those the filter matches (by name, version, state or offer), built in ones when asked for. */
    List<PluginInfo> rows() {
        String words = filter.strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(p -> builtIn || p.plugin()).filter(p -> words.isEmpty() || matches(p, words))
                .toList();
    }

    private static boolean matches(PluginInfo plugin, String words) {
        for (String word : words.split("\\s+")) {
            String haystack = (plugin.symbolicName() + " " + plugin.version() + " " + state(plugin) + " "
                    + plugin.origin() + " " + offers(plugin)).toLowerCase(Locale.ROOT);
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    void setFilter(String text) {
        filter = text == null ? "" : text;
    }

    String filter() {
        return filter;
    }

    void setShowBuiltIn(boolean show) {
        builtIn = show;
    }

    boolean showsBuiltIn() {
        return builtIn;
    }

    /** Selects a bundle by symbolic name ({@code null} for none); kept across refreshes while the bundle is there. */
    void select(String symbolicName) {
        selected = symbolicName;
    }

    Optional<PluginInfo> selected() {
        return all.stream().filter(p -> p.symbolicName().equals(selected)).findFirst();
    }

    /** Whether this run has a plugins folder: without one nothing can be installed, removed, disabled or enabled. */
    boolean canChange() {
        return service.folder().isPresent();
    }

    boolean canInstall() {
        return canChange();
    }

    boolean canRemove() {
        return canChange() && selected().filter(PluginInfo::plugin).isPresent();
    }

    boolean canToggle() {
        return canChange() && selected().isPresent();
    }

    /** The label of the button that disables or enables the selected bundle. */
    String toggleLabel() {
        return selected().map(p -> p.enabled() ? "&Disable" : "&Enable").orElse("&Disable");
    }

    Outcome install(Path jar) {
        try {
            PluginInfo installed = service.install(jar);
            refresh();
            select(installed.symbolicName());
            if (!installed.problem().isEmpty()) {
                return new Outcome(false, "Installed " + installed.symbolicName() + " " + installed.version()
                        + " into the plugins folder, but it does not run: " + installed.problem());
            }
            return new Outcome(true, "Installed " + installed.symbolicName() + " " + installed.version() + ", "
                    + state(installed) + (installed.offers().isEmpty() ? "" : ": it offers " + offers(installed))
                    + ".");
        } catch (PluginException e) {
            refresh();
            return new Outcome(false, e.getMessage());
        }
    }

    Outcome removeSelected() {
        Optional<PluginInfo> plugin = selected();
        if (plugin.isEmpty()) {
            return new Outcome(false, "Select a plugin to remove.");
        }
        String name = plugin.get().symbolicName();
        try {
            service.remove(name);
            refresh();
            select(null);
            return new Outcome(true, "Removed " + name + " and its jar from the plugins folder.");
        } catch (PluginException e) {
            refresh();
            return new Outcome(false, e.getMessage());
        }
    }

    Outcome toggleSelected() {
        Optional<PluginInfo> plugin = selected();
        if (plugin.isEmpty()) {
            return new Outcome(false, "Select a bundle to disable or enable.");
        }
        boolean enable = !plugin.get().enabled();
        try {
            PluginInfo now = service.setEnabled(plugin.get().symbolicName(), enable);
            refresh();
            if (!now.problem().isEmpty()) {
                return new Outcome(false, now.symbolicName() + " " + (enable ? "enabled" : "disabled") + ", "
                        + now.problem());
            }
            return new Outcome(true, now.symbolicName() + (enable ? " enabled: it runs now and in the next runs."
                    : " disabled: it is stopped now and not started in the next runs."));
        } catch (PluginException e) {
            refresh();
            return new Outcome(false, e.getMessage());
        }
    }

    /** The State column: {@code disabled}, {@code does not resolve}, or the bundle's state. */
    static String state(PluginInfo plugin) {
        if (!plugin.enabled()) {
            return "disabled";
        }
        if (!plugin.problem().isEmpty() && plugin.state().equals("installed")) {
            return "does not resolve";
        }
        return plugin.state();
    }

    /** The Offers column: {@code format html, view apparatus}; services other than formats, commands and views apart. */
    static String offers(PluginInfo plugin) {
        return plugin.offers().stream().filter(o -> !o.kind().equals("window-handler")).map(Offer::toString)
                .distinct().collect(Collectors.joining(", "));
    }

    /** The selected bundle said in full, for the details under the table. */
    String details() {
        Optional<PluginInfo> chosen = selected();
        if (chosen.isEmpty()) {
            return "";
        }
        PluginInfo plugin = chosen.get();
        StringBuilder text = new StringBuilder();
        text.append(plugin.symbolicName()).append(' ').append(plugin.version()).append(", ")
                .append(plugin.origin()).append(", ").append(state(plugin)).append('\n');
        if (!plugin.problem().isEmpty()) {
            text.append("Problem: ").append(plugin.problem()).append('\n');
        }
        if (plugin.offers().isEmpty()) {
            text.append("It registers no service.\n");
        } else {
            text.append("It offers:\n");
            for (Offer offer : plugin.offers()) {
                text.append("  ").append(offer).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    /** The line above the table: how many bundles and plugins, and where the plugins folder is. */
    String summary() {
        long plugins = all.stream().filter(PluginInfo::plugin).count();
        long disabled = all.stream().filter(p -> !p.enabled()).count();
        long broken = all.stream().filter(p -> !p.problem().isEmpty()).count();
        StringBuilder text = new StringBuilder();
        text.append(all.size() - plugins).append(" built-in bundles, ").append(plugins)
                .append(plugins == 1 ? " plugin" : " plugins");
        if (disabled > 0) {
            text.append(", ").append(disabled).append(" disabled");
        }
        if (broken > 0) {
            text.append(", ").append(broken).append(broken == 1 ? " does not run" : " do not run");
        }
        text.append(". ");
        text.append(service.folder().map(f -> "Plugins folder: " + f)
                .orElse("This run has no plugins folder: nothing can be changed here."));
        return text.toString();
    }
}
