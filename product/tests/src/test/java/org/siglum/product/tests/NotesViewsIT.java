package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.siglum.launcher.internal.FeatureLauncher;

/**
 * The ui feature in a real Felix offers the Notes and Sources views (siglum.ui.notes) to the window: SCR wires them to
 * the real citations services, and every Notes and Sources command has its handler.
 */
class NotesViewsIT {

    @Test
    void theNotesAndSourcesViewsAndTheirCommandsAreRegistered() throws Exception {
        FeatureLauncher launcher = new FeatureLauncher(Siglum.app(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Framework framework = launcher.start("ui");
        try {
            BundleContext context = framework.getBundleContext();
            List<Object> views = new ArrayList<>();
            for (ServiceReference<?> ref : context.getServiceReferences("org.siglum.ui.api.ViewContribution",
                    "(component.name=org.siglum.ui.notes.internal.*)")) {
                views.add(ref.getProperty("component.name"));
            }
            assertThat(views).containsExactlyInAnyOrder("org.siglum.ui.notes.internal.NotesView",
                    "org.siglum.ui.notes.internal.SourcesView");
            List<String> commands = List.of("siglum.notes.add", "siglum.notes.edit", "siglum.notes.delete",
                    "siglum.notes.renumber", "siglum.notes.check", "siglum.sources.import", "siglum.sources.edit",
                    "siglum.sources.cite");
            for (String command : commands) {
                assertThat(context.getServiceReferences("org.siglum.ui.api.CommandHandler",
                        "(siglum.command=" + command + ")")).as("the handler of " + command).hasSize(1);
            }
            List<String> contributed = new ArrayList<>();
            // the bundle registers its declared commands itself (decision 0037): they are known by their bundle
            for (ServiceReference<?> ref : context.getServiceReferences("org.siglum.ui.api.CommandContribution", null)) {
                if (!"siglum.ui.notes".equals(ref.getBundle().getSymbolicName())) {
                    continue;
                }
                Object command = context.getService(ref);
                // through the public interface: the component classes are private to their bundle
                Class<?> api = command.getClass().getClassLoader().loadClass("org.siglum.ui.api.CommandContribution");
                contributed.add((String) api.getMethod("id").invoke(command));
                context.ungetService(ref);
            }
            assertThat(contributed).containsExactlyInAnyOrderElementsOf(commands);
        } finally {
            launcher.stop(framework);
        }
    }
}
