package org.siglum.ui.workbench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Display;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.apparatus.ApparatusService;
import org.siglum.suspects.SuspectFinder;
import org.siglum.ui.workbench.internal.checks.Services;
import org.siglum.validation.Validator;
import org.siglum.validation.assist.SchemaGuide;
import org.siglum.recovery.RecoveryJournals;
import org.siglum.ui.workbench.internal.recovery.SwtRecoveryDialogs;
import org.siglum.ui.workbench.internal.recovery.TestScript;
import org.siglum.ui.workbench.internal.recovery.WindowRecovery;
import org.siglum.launcher.api.Application;

/**
 * The "workbench" application. The launcher calls {@link #run} on the JVM's main thread, which becomes SWT's user
 * interface thread: the display is created, used and disposed there, and the call returns when the window closes.
 */
@Component(service = Application.class, property = Application.NAME_PROPERTY + "=workbench")
public final class WorkbenchApplication implements Application {

    @Reference
    Validator validator;

    @Reference
    ApparatusService apparatus;

    @Reference
    SuspectFinder suspects;

    @Reference
    SchemaGuide guide;

    @Reference
    RecoveryJournals recovery;

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
                    new Services(validator, apparatus, suspects, guide), LayoutStore.defaultFolder());
            // recovery journal (0030); a test script (off unless -Dsiglum.test.script) answers for the person
            TestScript script = TestScript.fromSystemProperty();
            WindowRecovery windowRecovery = new WindowRecovery(recovery,
                    script != null ? script : new SwtRecoveryDialogs(window.shell()));
            window.setRecovery(windowRecovery);
            window.shell().open();
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
            while (!window.shell().isDisposed()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
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
