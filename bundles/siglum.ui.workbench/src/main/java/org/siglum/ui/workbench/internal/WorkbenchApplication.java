package org.siglum.ui.workbench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.siglum.launcher.api.Application;
import org.siglum.suspects.SuspectFinder;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandHandler;
import org.siglum.ui.api.ViewContribution;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.workbench.internal.checks.CheckServices;
import org.siglum.validation.Validator;
import org.siglum.validation.assist.SchemaGuide;
import org.siglum.recovery.RecoveryJournals;
import org.siglum.ui.workbench.internal.recovery.SwtRecoveryDialogs;
import org.siglum.ui.workbench.internal.recovery.TestScript;
import org.siglum.ui.workbench.internal.recovery.WindowRecovery;

/**
 * The "workbench" application. The launcher calls {@link #run} on the JVM's main thread, which becomes SWT's user
 * interface thread: the display is created, used and disposed there, and the call returns when the window closes.
 * <p>
 * Views, commands and handlers are dynamic, greedy references: they may come and go on any thread at any time, and
 * each change is passed to the window on the user-interface thread ({@link Display#asyncExec}). While the window is
 * open it is also registered as a {@link Workbench} service (property {@value #WINDOW_PROPERTY}{@code =main}), so
 * that tests and tools in the framework can reach it; its methods must be called on the display's thread.
 */
@Component(service = Application.class, property = Application.NAME_PROPERTY + "=workbench")
public final class WorkbenchApplication implements Application {

    /** The service property of the open window's {@link Workbench} service. */
    public static final String WINDOW_PROPERTY = "siglum.window";

    @Reference
    Validator validator;

    @Reference
    SuspectFinder suspects;

    @Reference
    SchemaGuide guide;

    @Reference
    RecoveryJournals recovery;

    private final Contributions contributions = new Contributions();
    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addView(ViewContribution view) {
        contributions.addView(view);
    }

    void removeView(ViewContribution view) {
        contributions.removeView(view);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCommand(CommandContribution command) {
        contributions.addCommand(command);
    }

    void removeCommand(CommandContribution command) {
        contributions.removeCommand(command);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addHandler(CommandHandler handler, Map<String, Object> properties) {
        contributions.addHandler(handler, properties);
    }

    void removeHandler(CommandHandler handler, Map<String, Object> properties) {
        contributions.removeHandler(handler, properties);
    }

    @Override
    public int run(List<String> arguments) {
        if (System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) {
            // without a session bus (Xvfb, a bare X server) SWT would print two failed attempts to reach one
            System.setProperty("org.eclipse.swt.internal.SessionManagerDBus.disable", "true");
        }
        Display.setAppName("Siglum");
        Display display = new Display();
        try {
            WorkbenchWindow window = new WorkbenchWindow(display, SwtDialogs::new,
                    new CheckServices(validator, suspects, guide), LayoutStore.defaultFolder());
            // recovery journal (0030); a test script (off unless -Dsiglum.test.script) answers for the person
            TestScript script = TestScript.fromSystemProperty();
            WindowRecovery windowRecovery = new WindowRecovery(recovery,
                    script != null ? script : new SwtRecoveryDialogs(window.shell()));
            window.setRecovery(windowRecovery);
            contributions.attach(window);
            window.shell().open();
            ServiceRegistration<Workbench> registration = context == null ? null
                    : context.registerService(Workbench.class, window.workbench(),
                            new Hashtable<>(Map.of(WINDOW_PROPERTY, "main", Constants.SERVICE_RANKING, 0)));
            if (!arguments.isEmpty()) {
                Path file = Path.of(arguments.get(0));
                if (!window.open(file)) {
                    window.showEmpty("Could not open " + file + ".");
                }
            } else {
                Optional<Path> sample = sample();
                if (sample.isPresent()) {
                    window.open(sample.get());
                } else {
                    window.showEmpty("No sample edition found in " + samplesFolder()
                            + ". File \u203a Open\u2026 (Ctrl+O) opens an edition.");
                }
            }
            if (script != null && window.edition() != null) {
                display.asyncExec(() -> script.run(window.edition().model(), windowRecovery));
            }
            try {
                while (!window.shell().isDisposed()) {
                    if (!display.readAndDispatch()) {
                        display.sleep();
                    }
                }
            } finally {
                contributions.detach();
                if (registration != null) {
                    try {
                        registration.unregister();
                    } catch (IllegalStateException e) {
                        // the bundle stopped first
                    }
                }
            }
            return 0;
        } finally {
            display.dispose();
        }
    }

    static Path samplesFolder() {
        String home = System.getProperty("siglum.home", System.getenv().getOrDefault("SIGLUM_HOME", "."));
        return Path.of(home).resolve("samples").toAbsolutePath().normalize();
    }

    /** The first edition in the samples folder, by name. */
    static Optional<Path> sample() {
        Path folder = samplesFolder();
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xml") && Files.isRegularFile(p))
                    .sorted()
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String version() {
        String version = WorkbenchApplication.class.getPackage().getImplementationVersion();
        return version == null ? "0.1" : version;
    }
}
