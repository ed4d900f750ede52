package org.siglum.launcher.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.ServiceTracker;
import org.siglum.launcher.api.Application;
import org.siglum.launcher.api.PluginFolder;
import org.siglum.launcher.api.Unresolved;

/**
 * Starts Felix with the bundles a feature lists, runs the feature's application on the calling thread and stops the
 * framework. A bundle that fails to resolve or start is reported and left out; the rest go on.
 */
public final class FeatureLauncher {

    /** How long to wait for the application service once the bundles are started. */
    private static final long APPLICATION_TIMEOUT_MS = Long.getLong("siglum.application.timeout", 30_000L);

    private final Path home;
    private final PrintStream err;
    private final boolean debug = Boolean.getBoolean("siglum.debug") || System.getenv("SIGLUM_DEBUG") != null;
    private final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<Framework, Path> storages = new java.util.concurrent.ConcurrentHashMap<>();

    private final PluginFolder plugins;
    private final BundleCache cache;
    private final Map<Framework, BundleCache.Lease> leases = new java.util.concurrent.ConcurrentHashMap<>();

    /** A launcher of the feature alone, without a plugins folder. */
    public FeatureLauncher(Path home, PrintStream err) {
        this(home, err, null);
    }

    /**
     * A launcher that installs the plugins folder's bundles after the feature's and leaves out the bundles its state
     * file disables ({@code plugins} may be null: no plugins).
     */
    public FeatureLauncher(Path home, PrintStream err, PluginFolder plugins) {
        this(home, err, plugins, null);
    }

    /**
     * A launcher that keeps Felix's bundle cache between runs in {@code cache} (null: a fresh temporary cache per run,
     * as the tests want it); see {@link BundleCache}.
     */
    public FeatureLauncher(Path home, PrintStream err, PluginFolder plugins, Path cache) {
        this.home = home;
        this.err = err;
        this.plugins = plugins;
        this.cache = cache == null ? null : new BundleCache(cache);
    }

    /** The standard place of the kept bundle cache: {@code $XDG_CACHE_HOME/siglum}, else {@code ~/.cache/siglum}. */
    public static Path standardCache(Map<String, String> environment, String userHome) {
        return BundleCache.standard(environment, userHome).root();
    }

    /**
     * Starts the feature, runs its application with the arguments, stops the framework and returns the exit code.
     */
    public int run(String feature, List<String> arguments) throws LaunchException {
        String applicationName = feature.equals("ui") ? "workbench" : "cli";
        Framework framework = start(feature);
        try {
            ServiceTracker<Application, Application> tracker = awaitApplication(framework.getBundleContext(),
                    applicationName);
            try {
                return tracker.getService().run(List.copyOf(arguments));
            } finally {
                tracker.close();
            }
        } catch (LaunchException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while starting", e);
        } catch (Exception e) {
            if (debug) {
                e.printStackTrace(err);
            }
            throw new LaunchException("the " + applicationName + " failed: " + e, e);
        } finally {
            stop(framework);
        }
    }

    /**
     * Starts Felix with every bundle the feature lists. Bundles that cannot be installed or started are reported (see
     * {@link #problems()}) and left out. Stop the framework with {@link #stop(Framework)}, which also removes its
     * cache folder.
     */
    public Framework start(String feature) throws LaunchException {
        List<Path> bundles = Feature.read(home, feature);
        BundleCache.Lease lease = cache == null ? null : cache.take(feature, cacheInputs(feature, bundles));
        Path storage;
        try {
            storage = lease != null ? lease.folder() : Files.createTempDirectory("siglum-felix-");
        } catch (IOException e) {
            throw new LaunchException("cannot create the framework's cache folder: " + e.getMessage(), e);
        }
        Framework framework = newFramework(storage, feature, lease == null);
        try {
            framework.init();
            List<Bundle> installed = install(framework.getBundleContext(), bundles);
            if (plugins != null) {
                installed.addAll(installPlugins(framework.getBundleContext(), feature));
            }
            framework.start();
            startAll(framework.getBundleContext(), installed, disabled());
            if (lease != null) {
                lease.completed();
                leases.put(framework, lease);
            } else {
                storages.put(framework, storage);
            }
            return framework;
        } catch (BundleException | RuntimeException e) {
            stopQuietly(framework);
            if (lease != null) {
                lease.close();
            } else {
                BundleCache.delete(storage);
            }
            throw new LaunchException("the OSGi framework did not start: " + e.getMessage(), e);
        }
    }

    /**
     * What a kept bundle cache depends on: the feature's list and bundles, the launcher's own jars (Felix), the plugins
     * folder's jars and its state file.
     */
    private List<Path> cacheInputs(String feature, List<Path> bundles) {
        List<Path> inputs = new ArrayList<>();
        inputs.add(home.resolve("features").resolve(feature + ".list"));
        inputs.addAll(bundles);
        try (var lib = Files.list(home.resolve("lib"))) {
            lib.sorted().forEach(inputs::add);
        } catch (IOException e) {
            // no lib folder: the class path is elsewhere (tests)
        }
        if (plugins != null) {
            try {
                inputs.addAll(plugins.jars());
            } catch (java.io.UncheckedIOException e) {
                // reported when the plugins are installed
            }
            inputs.add(plugins.stateFile());
        }
        return inputs;
    }

    /** What went wrong while installing and starting bundles, one line each; empty when all went well. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private Framework newFramework(Path storage, String feature, boolean clean) throws LaunchException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        if (clean) {
            config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        }
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "org.siglum.launcher.api;version=\"1.2.0\"");
        config.put(PluginFolder.FEATURE_PROPERTY, feature);
        if (cache != null) {
            // what the bundles may keep between runs (the Schematron rules made into XSLT, say) goes beside Felix's
            config.put("siglum.cache.dir", cache.root().toString());
        }
        if (plugins != null) {
            config.put(PluginFolder.FOLDER_PROPERTY, plugins.folder().toString());
        }
        // Felix and SCR write their own messages to standard output unless told otherwise; the command line owns it.
        config.put("felix.log.level", debug ? "4" : "1");
        config.put("ds.loglevel", debug ? "debug" : "error");
        config.put("felix.bootdelegation.implicit", "false");
        ServiceLoader<FrameworkFactory> factories = ServiceLoader.load(FrameworkFactory.class, getClass().getClassLoader());
        FrameworkFactory factory = factories.findFirst()
                .orElseThrow(() -> new LaunchException("no OSGi framework on the class path (lib/ must hold Felix)"));
        Map<String, Object> felixConfig = new HashMap<>(config);
        felixConfig.put("felix.log.logger", new StderrLogger(err));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, String> raw = (Map) felixConfig;
        return factory.newFramework(raw);
    }

    private List<Bundle> install(BundleContext context, List<Path> bundles) {
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : bundles) {
            try {
                // reference: lets Felix use the jar where it lies instead of copying it into its cache
                installed.add(context.installBundle("reference:" + jar.toUri()));
            } catch (BundleException e) {
                report("bundle " + jar.getFileName() + " could not be installed: " + e.getMessage());
            }
        }
        return installed;
    }

    /**
     * The plugins folder's jars, installed by copy (the folder may change while the product runs). A jar that is not a
     * bundle, or that repeats an installed bundle, is reported and left out; one that says it belongs to another feature
     * ({@link PluginFolder#FEATURE_HEADER}: a view in a command-line run) is left out without a word.
     */
    private List<Bundle> installPlugins(BundleContext context, String feature) {
        List<Bundle> installed = new ArrayList<>();
        List<Path> jars;
        try {
            jars = plugins.jars();
        } catch (java.io.UncheckedIOException e) {
            report("the plugins folder " + plugins.folder() + " cannot be read: " + e.getCause().getMessage());
            return installed;
        }
        for (Path jar : jars) {
            String problem = PluginFolder.whyNotABundle(jar);
            if (problem != null) {
                report("plugin " + jar.getFileName() + " left out: " + problem);
                continue;
            }
            if (PluginFolder.feature(jar).filter(f -> !f.equals(feature)).isPresent()) {
                continue;
            }
            try {
                installed.add(context.installBundle(jar.toUri().toString()));
            } catch (BundleException | RuntimeException e) {
                report("plugin " + jar.getFileName() + " left out: " + oneLine(e));
            }
        }
        return installed;
    }

    private java.util.Set<String> disabled() {
        if (plugins == null) {
            return java.util.Set.of();
        }
        try {
            return plugins.disabled();
        } catch (IOException e) {
            report("the plugins state " + plugins.stateFile() + " cannot be read (" + e.getMessage()
                    + "); every bundle is started");
            return java.util.Set.of();
        }
    }

    private void startAll(BundleContext context, List<Bundle> installed, java.util.Set<String> disabled) {
        // resolve everything first, so that one bundle that does not resolve is named with what it misses
        context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(installed);
        for (Bundle bundle : installed) {
            if (bundle.getState() == Bundle.UNINSTALLED) {
                continue;
            }
            String what = (plugins != null && plugins.holds(bundle.getLocation()) ? "plugin " : "bundle ")
                    + bundle.getSymbolicName() + " " + bundle.getVersion();
            if (bundle.getState() == Bundle.INSTALLED) {
                List<String> missing = Unresolved.missing(context, bundle);
                report(what + " left out: " + (missing.isEmpty() ? "it does not resolve: " + resolutionError(bundle)
                        : "it needs " + String.join("; ", missing)));
                continue;
            }
            if ((bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0
                    || disabled.contains(bundle.getSymbolicName())) {
                continue;
            }
            try {
                // transient: a kept cache must not start by itself, next time, a bundle disabled since
                bundle.start(Bundle.START_TRANSIENT);
            } catch (BundleException | RuntimeException e) {
                report("bundle " + bundle.getSymbolicName() + " did not start: " + oneLine(e));
            }
        }
    }

    /** Felix's own words for a resolution failure, on one line. */
    private static String resolutionError(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            bundle.stop(Bundle.STOP_TRANSIENT);
            return "unknown reason";
        } catch (BundleException | RuntimeException e) {
            return oneLine(e);
        }
    }

    /**
     * Waits for the application service. The caller keeps the tracker open while the application runs: closing it
     * releases the service, and SCR would then deactivate the component and unbind its references mid-run.
     */
    private ServiceTracker<Application, Application> awaitApplication(BundleContext context, String name)
            throws Exception {
        ServiceTracker<Application, Application> tracker = new ServiceTracker<>(context, filter(context, name), null);
        tracker.open();
        if (tracker.waitForService(APPLICATION_TIMEOUT_MS) == null) {
            tracker.close();
            throw new LaunchException("no '" + name + "' application started within "
                    + TimeUnit.MILLISECONDS.toSeconds(APPLICATION_TIMEOUT_MS)
                    + " s; a bundle it needs is missing or failed (run with SIGLUM_DEBUG=1 to see why)");
        }
        return tracker;
    }

    private static Filter filter(BundleContext context, String name) throws InvalidSyntaxException {
        return context.createFilter("(&(" + Constants.OBJECTCLASS + "=" + Application.class.getName() + ")("
                + Application.NAME_PROPERTY + "=" + name + "))");
    }

    /** Stops a framework this launcher started and removes its cache folder. */
    public void stop(Framework framework) {
        try {
            framework.stop();
            FrameworkEvent event = framework.waitForStop(10_000);
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                report("the framework did not stop within 10 s");
            }
        } catch (BundleException | InterruptedException | RuntimeException e) {
            report("the framework did not stop cleanly: " + oneLine(e));
        } finally {
            Path storage = storages.remove(framework);
            if (storage != null) {
                BundleCache.delete(storage);
            }
            BundleCache.Lease lease = leases.remove(framework);
            if (lease != null) {
                lease.close();
            }
        }
    }

    private static void stopQuietly(Framework framework) {
        try {
            framework.stop();
        } catch (BundleException | RuntimeException ignored) {
            // it did not start either
        }
    }

    private void report(String message) {
        problems.add(message);
        err.println("siglum: warning: " + message);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message += " (" + cause.getMessage() + ")";
        }
        return message.replace('\n', ' ');
    }

    /** A feature's bundle list: {@code features/NAME.list}, jar paths relative to the application folder. */
    static final class Feature {
        private Feature() {
        }

        static List<Path> read(Path home, String name) throws LaunchException {
            Path list = home.resolve("features").resolve(name + ".list");
            if (!Files.isRegularFile(list)) {
                throw new LaunchException("feature '" + name + "' is not installed (no " + home.relativize(list) + ")");
            }
            List<Path> jars = new ArrayList<>();
            try {
                // Maven's build-classpath writes one line with ':' between jars; a hand-written list has one per line
                for (String entry : Files.readString(list, StandardCharsets.UTF_8).split("[\\r\\n:]+")) {
                    entry = entry.strip();
                    if (entry.isEmpty() || entry.startsWith("#")) {
                        continue;
                    }
                    Path jar = home.resolve(entry).normalize();
                    if (!Files.isRegularFile(jar)) {
                        throw new LaunchException("feature '" + name + "' lists " + entry + ", which is missing");
                    }
                    jars.add(jar);
                }
            } catch (IOException e) {
                throw new LaunchException("cannot read " + list + ": " + e.getMessage(), e);
            }
            return jars;
        }
    }
}
