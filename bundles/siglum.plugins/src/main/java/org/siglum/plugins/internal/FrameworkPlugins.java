package org.siglum.plugins.internal;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.siglum.launcher.api.PluginFolder;
import org.siglum.launcher.api.Unresolved;
import org.siglum.plugins.Offer;
import org.siglum.plugins.PluginException;
import org.siglum.plugins.PluginInfo;
import org.siglum.plugins.PluginService;

/**
 * The plugins of the running framework: the bundles it holds, the launcher's plugins folder (framework property
 * {@value PluginFolder#FOLDER_PROPERTY}) and its state file.
 */
@Component(service = PluginService.class)
public final class FrameworkPlugins implements PluginService {

    /**
     * What keeps Siglum able to undo a disable: the framework, Declarative Services, the command line, this service and
     * its command and its dialog in the window. Disabling one of these would leave no way back but editing the state file.
     */
    static final Set<String> ESSENTIAL = Set.of("org.apache.felix.framework", "org.apache.felix.scr", "siglum.cli",
            "siglum.plugins", "siglum.cli.plugins", "siglum.ui.workbench", "siglum.ui.plugins");

    private BundleContext context;
    private PluginFolder folder;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
        String configured = bundleContext.getProperty(PluginFolder.FOLDER_PROPERTY);
        this.folder = configured == null || configured.isBlank() ? null : new PluginFolder(Paths.get(configured));
    }

    @Override
    public Optional<Path> folder() {
        return Optional.ofNullable(folder).map(PluginFolder::folder);
    }

    @Override
    public List<PluginInfo> list() {
        Set<String> disabled = disabled();
        List<PluginInfo> all = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() == 0 || bundle.getState() == Bundle.UNINSTALLED) {
                continue;
            }
            all.add(info(bundle, disabled));
        }
        for (Path jar : elsewhere()) {
            all.add(infoOf(jar, disabled));
        }
        all.sort(Comparator.comparing(PluginInfo::plugin).thenComparing(PluginInfo::symbolicName));
        return all;
    }

    /** The feature of this run ({@code headless}, {@code ui}), or null when the launcher did not say. */
    private String feature() {
        return context.getProperty(PluginFolder.FEATURE_PROPERTY);
    }

    /** The jars of the plugins folder that belong to another feature than this run's, so are not installed in it. */
    private List<Path> elsewhere() {
        String feature = feature();
        if (folder == null || feature == null) {
            return List.of();
        }
        try {
            return folder.jars().stream()
                    .filter(jar -> PluginFolder.feature(jar).filter(f -> !f.equals(feature)).isPresent()).toList();
        } catch (java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    private Optional<Path> elsewhere(String id) {
        return elsewhere().stream()
                .filter(jar -> PluginFolder.header(jar, Constants.BUNDLE_SYMBOLICNAME).filter(id::equals).isPresent())
                .findFirst();
    }

    /**
     * A plugin of another feature, as a user sees it from this run: state {@code window-only} for a plugin of the
     * window seen from the command line ({@code FEATURE-only} for another feature), what it offers unknown until it runs.
     */
    private static PluginInfo infoOf(Path jar, Set<String> disabled) {
        String name = PluginFolder.header(jar, Constants.BUNDLE_SYMBOLICNAME).orElse(jar.getFileName().toString());
        String version = PluginFolder.header(jar, Constants.BUNDLE_VERSION).orElse("0.0.0");
        String feature = PluginFolder.feature(jar).orElse("");
        return new PluginInfo(-1, name, version, (feature.equals("ui") ? "window" : feature) + "-only", true,
                !disabled.contains(name), List.of(), "");
    }

    private PluginInfo info(Bundle bundle, Set<String> disabled) {
        boolean plugin = folder != null && folder.holds(bundle.getLocation());
        String problem = "";
        if (bundle.getState() == Bundle.INSTALLED) {
            List<String> missing = Unresolved.missing(context, bundle);
            problem = missing.isEmpty() ? "it does not resolve" : "it needs " + String.join("; ", missing);
        }
        return new PluginInfo(bundle.getBundleId(), String.valueOf(bundle.getSymbolicName()),
                bundle.getVersion().toString(), state(bundle), plugin, !disabled.contains(bundle.getSymbolicName()),
                offers(bundle), problem);
    }

    private static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0
                    ? "fragment" : "resolved";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "installed";
        };
    }

    /** What the bundle's registered services offer, in the words of their kind. */
    private List<Offer> offers(Bundle bundle) {
        List<Offer> offers = new ArrayList<>();
        ServiceReference<?>[] refs = bundle.getRegisteredServices();
        if (refs == null) {
            return offers;
        }
        for (ServiceReference<?> ref : refs) {
            Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
            int rank = ranking instanceof Integer r ? r : 0;
            for (String type : (String[]) ref.getProperty(Constants.OBJECTCLASS)) {
                offers.add(new Offer(Kinds.kind(type), name(ref, type), rank));
            }
        }
        offers.sort(Comparator.comparing(Offer::kind).thenComparing(Offer::name));
        return offers;
    }

    /**
     * The name the offer goes by. Formats, commands and views say it through their interface ({@code id()},
     * {@code name()}), which lives in floors above this bundle: the method is called by name rather than imported.
     */
    private String name(ServiceReference<?> ref, String type) {
        String property = Kinds.nameProperty(type);
        if (property != null && ref.getProperty(property) != null) {
            return String.valueOf(ref.getProperty(property));
        }
        String method = Kinds.nameMethod(type);
        if (method == null) {
            return type;
        }
        Object service = null;
        try {
            service = context.getService(ref);
            if (service == null) {
                return "(not available)";
            }
            Class<?> api = find(service.getClass(), type);
            if (api == null) {
                return type;
            }
            Method m = api.getMethod(method);
            return String.valueOf(m.invoke(service));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException t ? t.getCause() : e;
            return "(its " + method + "() failed: " + cause.getClass().getSimpleName() + ")";
        } finally {
            if (service != null) {
                context.ungetService(ref);
            }
        }
    }

    private static Class<?> find(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(name)) {
                return c;
            }
            for (Class<?> i : c.getInterfaces()) {
                Class<?> found = find(i, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private Set<String> disabled() {
        if (folder == null) {
            return Set.of();
        }
        try {
            return folder.disabled();
        } catch (IOException e) {
            return Set.of();
        }
    }

    @Override
    public PluginInfo install(Path jar) throws PluginException {
        PluginFolder target = requireFolder();
        if (!Files.isRegularFile(jar)) {
            throw new PluginException(jar + ": no such file");
        }
        String notABundle = PluginFolder.whyNotABundle(jar);
        if (notABundle != null) {
            throw new PluginException(jar + ": " + notABundle);
        }
        String name;
        try (JarFile file = new JarFile(jar.toFile())) {
            name = file.getManifest().getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME).split(";")[0].strip();
        } catch (IOException e) {
            throw new PluginException(jar + ": cannot be read: " + e.getMessage(), e);
        }
        Bundle existing = bySymbolicName(name);
        if (existing != null && !target.holds(existing.getLocation())) {
            throw new PluginException(jar + ": " + name + " is built into Siglum; a plugin may replace its services"
                    + " with a higher service.ranking, or disable it (siglum plugins disable " + name + ")");
        }
        Path destination = target.folder().resolve(jar.getFileName().toString().endsWith(".jar")
                ? jar.getFileName().toString() : name + ".jar");
        try {
            Files.createDirectories(target.folder());
            // a name the launcher does not read (.jar is not its ending) until it is complete
            Path temporary = Files.createTempFile(target.folder(), "." + name + "-", ".part");
            try {
                Files.copy(jar, temporary, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                if (existing != null) {
                    Path old = Paths.get(java.net.URI.create(bare(existing.getLocation())));
                    uninstallQuietly(existing);
                    if (!old.equals(destination)) {
                        Files.deleteIfExists(old);
                    }
                } else {
                    Optional<Path> other = elsewhere(name);
                    if (other.isPresent() && !other.get().equals(destination)) {
                        Files.deleteIfExists(other.get());
                    }
                }
                PluginFolder.moveIntoPlace(temporary, destination);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new PluginException("cannot copy " + jar + " into " + target.folder() + ": " + e.getMessage(), e);
        }
        String feature = feature();
        if (feature != null && PluginFolder.feature(destination).filter(f -> !f.equals(feature)).isPresent()) {
            // a plugin of the window seen from the command line: kept for the runs of its feature
            return infoOf(destination, disabled());
        }
        Bundle bundle;
        try {
            bundle = context.installBundle(destination.toUri().toString());
        } catch (BundleException e) {
            throw new PluginException(destination + " was copied but could not be installed: " + e.getMessage(), e);
        }
        context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
        if (bundle.getState() != Bundle.INSTALLED && !disabled().contains(name)) {
            try {
                bundle.start();
            } catch (BundleException | RuntimeException e) {
                return withProblem(info(bundle, disabled()), "it did not start: " + e.getMessage());
            }
        }
        return info(bundle, disabled());
    }

    private static PluginInfo withProblem(PluginInfo info, String problem) {
        return new PluginInfo(info.bundleId(), info.symbolicName(), info.version(), info.state(), info.plugin(),
                info.enabled(), info.offers(), problem);
    }

    @Override
    public void remove(String id) throws PluginException {
        PluginFolder target = requireFolder();
        Optional<Path> other = bySymbolicName(id) == null ? elsewhere(id) : Optional.empty();
        if (other.isPresent()) {
            try {
                Files.deleteIfExists(other.get());
                Set<String> disabled = new TreeSet<>(target.disabled());
                if (disabled.remove(id)) {
                    target.writeDisabled(disabled);
                }
            } catch (IOException e) {
                throw new PluginException("cannot delete " + other.get() + ": " + e.getMessage(), e);
            }
            return;
        }
        Bundle bundle = find(id);
        if (!target.holds(bundle.getLocation())) {
            throw new PluginException(bundle.getSymbolicName() + " is built into Siglum and cannot be removed;"
                    + " disable it instead (siglum plugins disable " + bundle.getSymbolicName() + ")");
        }
        Path jar = Paths.get(java.net.URI.create(bare(bundle.getLocation())));
        uninstallQuietly(bundle);
        try {
            Files.deleteIfExists(jar);
            Set<String> disabled = new TreeSet<>(target.disabled());
            if (disabled.remove(bundle.getSymbolicName())) {
                target.writeDisabled(disabled);
            }
        } catch (IOException e) {
            throw new PluginException("cannot delete " + jar + ": " + e.getMessage(), e);
        }
    }

    @Override
    public PluginInfo setEnabled(String id, boolean enabled) throws PluginException {
        PluginFolder target = requireFolder();
        Optional<Path> other = bySymbolicName(id) == null ? elsewhere(id) : Optional.empty();
        if (other.isPresent()) {
            try {
                Set<String> disabled = new TreeSet<>(target.disabled());
                if (enabled ? disabled.remove(id) : disabled.add(id)) {
                    target.writeDisabled(disabled);
                }
            } catch (IOException e) {
                throw new PluginException("cannot write " + target.stateFile() + ": " + e.getMessage(), e);
            }
            return infoOf(other.get(), disabled());
        }
        Bundle bundle = find(id);
        String name = bundle.getSymbolicName();
        if (!enabled && ESSENTIAL.contains(name)) {
            throw new PluginException(name + " keeps Siglum running and cannot be disabled");
        }
        try {
            Set<String> disabled = new TreeSet<>(target.disabled());
            if (enabled ? disabled.remove(name) : disabled.add(name)) {
                target.writeDisabled(disabled);
            }
        } catch (IOException e) {
            throw new PluginException("cannot write " + target.stateFile() + ": " + e.getMessage(), e);
        }
        boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
        PluginInfo info;
        try {
            if (!fragment && enabled && bundle.getState() != Bundle.ACTIVE) {
                bundle.start();
            } else if (!fragment && !enabled && bundle.getState() == Bundle.ACTIVE) {
                bundle.stop();
            }
            info = info(bundle, disabled());
        } catch (BundleException | RuntimeException e) {
            info = withProblem(info(bundle, disabled()), "kept for the next run, but now: " + e.getMessage());
        }
        return info;
    }

    private PluginFolder requireFolder() throws PluginException {
        if (folder == null) {
            throw new PluginException("this run of Siglum has no plugins folder");
        }
        return folder;
    }

    /** A bundle by symbolic name or by its number in this run. */
    private Bundle find(String id) throws PluginException {
        Bundle bundle = bySymbolicName(id);
        if (bundle == null && id.matches("[0-9]+")) {
            bundle = context.getBundle(Long.parseLong(id));
        }
        if (bundle == null || bundle.getBundleId() == 0) {
            throw new PluginException("no bundle '" + id + "' (siglum plugins list names them)");
        }
        return bundle;
    }

    private Bundle bySymbolicName(String name) {
        for (Bundle bundle : context.getBundles()) {
            if (name.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.UNINSTALLED) {
                return bundle;
            }
        }
        return null;
    }

    private static String bare(String location) {
        return location.startsWith("reference:") ? location.substring("reference:".length()) : location;
    }

    private static void uninstallQuietly(Bundle bundle) {
        try {
            bundle.uninstall();
        } catch (BundleException | IllegalStateException e) {
            // already gone
        }
    }
}
