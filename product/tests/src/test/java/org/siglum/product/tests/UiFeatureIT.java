package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.siglum.launcher.internal.FeatureLauncher;

/**
 * The ui feature in a real Felix: every bundle resolves and starts, the workbench application is offered, and no
 * bundle below the UI floor is wired to SWT or JFace at run time (the manifest rules of {@link ArchitectureRules},
 * checked again on the real wiring, where split packages could otherwise slip through).
 */
class UiFeatureIT {

    private static final Set<String> UI_PROVIDERS = Set.of("org.eclipse.swt", "org.eclipse.jface",
            "org.eclipse.jface.text", "org.eclipse.swt.gtk.linux.x86_64", "org.eclipse.swt.svg");

    @Test
    void theUiFeatureStartsAndOnlyUiBundlesAreWiredToSwtOrJface() throws Exception {
        FeatureLauncher launcher = new FeatureLauncher(Siglum.app(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Framework framework = launcher.start("ui");
        try {
            assertThat(launcher.problems()).as("problems while starting").isEmpty();
            Map<String, String> wrong = new TreeMap<>();
            for (Bundle bundle : framework.getBundleContext().getBundles()) {
                boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
                if (bundle.getState() != (fragment ? Bundle.RESOLVED : Bundle.ACTIVE)) {
                    wrong.put(bundle.getSymbolicName(), "state " + bundle.getState());
                }
                String layer = bundle.getHeaders().get("Siglum-Layer");
                if (layer == null || layer.equals("ui") || layer.equals("thirdparty")) {
                    continue;
                }
                BundleWiring wiring = bundle.adapt(BundleWiring.class);
                for (BundleWire wire : wiring.getRequiredWires(null)) {
                    String provider = wire.getProvider().getSymbolicName();
                    if (UI_PROVIDERS.contains(provider)) {
                        wrong.put(bundle.getSymbolicName(), "wired to " + provider + " for " + wire.getCapability());
                    }
                }
            }
            assertThat(wrong).isEmpty();
            assertThat(framework.getBundleContext().getServiceReferences("org.siglum.launcher.api.Application",
                    "(siglum.application=workbench)")).as("the workbench application").hasSize(1);
        } finally {
            launcher.stop(framework);
        }
    }
}
