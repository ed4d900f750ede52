package org.siglum.ui.plugins.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.siglum.plugins.Offer;
import org.siglum.plugins.PluginException;
import org.siglum.plugins.PluginInfo;
import org.siglum.plugins.PluginService;

/**
 * A {@link PluginService} over a list, for testing the dialog apart from a framework: the rules of the real one (a
 * built-in bundle is disabled, not removed; the plugins service itself cannot be disabled; nothing changes without a
 * plugins folder), a "jar" being a text file that names its bundle and what it offers. The real service in a real
 * framework is tested by the product's tests.
 */
final class ShelfOfPlugins implements PluginService {

    final List<PluginInfo> bundles = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    /** What each bundle offers while it runs (a stopped bundle offers nothing). */
    private final Map<String, List<Offer>> offered = new HashMap<>();
    private final Path folder;
    private long next = 1;

    ShelfOfPlugins(Path folder) {
        this.folder = folder;
    }

    ShelfOfPlugins add(String name, boolean plugin, String problem, Offer... offers) {
        offered.put(name, List.of(offers));
        bundles.add(new PluginInfo(next++, name, "1.0.0", problem.isEmpty() ? "active" : "installed", plugin, true,
                List.of(offers), problem));
        return this;
    }

    @Override
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    @Override
    public List<PluginInfo> list() {
        return List.copyOf(bundles);
    }

    /** A "jar" here: its first line the symbolic name, then {@code kind name} per offer, or {@code needs ...}. */
    @Override
    public PluginInfo install(Path jar) throws PluginException {
        calls.add("install " + jar.getFileName());
        if (folder == null) {
            throw new PluginException("this run of Siglum has no plugins folder");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(jar);
        } catch (IOException e) {
            throw new PluginException(jar + ": no such file");
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new PluginException(jar + ": not a bundle (its manifest has no Bundle-SymbolicName)");
        }
        String name = lines.get(0).strip();
        if (find(name).filter(p -> !p.plugin()).isPresent()) {
            throw new PluginException(jar + ": " + name + " is built into Siglum");
        }
        bundles.removeIf(p -> p.symbolicName().equals(name));
        List<Offer> offers = new ArrayList<>();
        String problem = "";
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("needs ")) {
                problem = "it " + line;
            } else if (!line.isBlank()) {
                String[] parts = line.split(" ");
                offers.add(new Offer(parts[0], parts[1], 0));
            }
        }
        PluginInfo info = new PluginInfo(next++, name, "1.0.0", problem.isEmpty() ? "active" : "installed", true, true,
                problem.isEmpty() ? offers : List.of(), problem);
        offered.put(name, info.offers());
        bundles.add(info);
        return info;
    }

    @Override
    public void remove(String id) throws PluginException {
        calls.add("remove " + id);
        PluginInfo plugin = find(id).orElseThrow(() -> new PluginException("no bundle '" + id + "'"));
        if (!plugin.plugin()) {
            throw new PluginException(id + " is built into Siglum and cannot be removed; disable it instead");
        }
        bundles.remove(plugin);
    }

    @Override
    public PluginInfo setEnabled(String id, boolean enabled) throws PluginException {
        calls.add((enabled ? "enable " : "disable ") + id);
        if (folder == null) {
            throw new PluginException("this run of Siglum has no plugins folder");
        }
        PluginInfo plugin = find(id).orElseThrow(() -> new PluginException("no bundle '" + id + "'"));
        if (!enabled && id.equals("siglum.plugins")) {
            throw new PluginException(id + " keeps Siglum running and cannot be disabled");
        }
        PluginInfo now = new PluginInfo(plugin.bundleId(), id, plugin.version(), enabled ? "active" : "resolved",
                plugin.plugin(), enabled, enabled ? offered.get(id) : List.of(), plugin.problem());
        bundles.set(bundles.indexOf(plugin), now);
        return now;
    }

    Optional<PluginInfo> find(String name) {
        return bundles.stream().filter(p -> p.symbolicName().equals(name)).findFirst();
    }
}
