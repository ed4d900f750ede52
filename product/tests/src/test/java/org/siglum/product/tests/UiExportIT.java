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
 * The ui feature in a real Felix offers the window File › Export… and View › Web Preview with their handlers (SCR
 * satisfied them: the apparatus, notes and the formats are there).
 */
class UiExportIT {

    @Test
    void theExportCommandsAndTheirHandlersAreServicesOfTheUiFeature() throws Exception {
        FeatureLauncher launcher = new FeatureLauncher(Siglum.app(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Framework framework = launcher.start("ui");
        try {
            BundleContext context = framework.getBundleContext();
            List<String> commands = new ArrayList<>();
            ServiceReference<?>[] contributions = context.getServiceReferences("org.siglum.ui.api.CommandContribution",
                    null);
            // the bundle registers its declared commands itself (decision 0037): they are known by their bundle
            for (ServiceReference<?> reference : contributions == null ? new ServiceReference<?>[0] : contributions) {
                if (!"siglum.ui.export".equals(reference.getBundle().getSymbolicName())) {
                    continue;
                }
                Object command = context.getService(reference);
                // through the public interface: the component classes are private to their bundle
                Class<?> api = command.getClass().getClassLoader().loadClass("org.siglum.ui.api.CommandContribution");
                commands.add((String) api.getMethod("id").invoke(command));
                context.ungetService(reference);
            }
            assertThat(commands).containsExactlyInAnyOrder("siglum.export.dialog", "siglum.export.preview");
            for (String id : List.of("siglum.export.dialog", "siglum.export.preview")) {
                assertThat(context.getServiceReferences("org.siglum.ui.api.CommandHandler",
                        "(siglum.command=" + id + ")")).as("the handler of " + id).hasSize(1);
            }
        } finally {
            launcher.stop(framework);
        }
    }
}
