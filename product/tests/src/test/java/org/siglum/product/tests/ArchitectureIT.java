package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.siglum.product.tests.ArchitectureRules.BundleInfo;

/** The floors of {@link ArchitectureRules}, on every bundle the product ships. */
class ArchitectureIT {

    @Test
    void noBundleBelowTheUiFloorUsesSwtOrJface() throws IOException {
        Map<String, BundleInfo> bundles = shippedBundles();
        assertThat(bundles).containsKeys("siglum.core", "siglum.cli", "org.eclipse.text");
        assertThat(ArchitectureRules.violations(bundles)).isEmpty();
    }

    @Test
    void theRulesCatchACoreBundleThatImportsSwt() throws IOException {
        Map<String, BundleInfo> bundles = shippedBundles();
        bundles.put("siglum.bad", new BundleInfo("siglum.bad", "core",
                List.of("org.eclipse.swt.widgets", "org.eclipse.jface.viewers", "org.eclipse.jface.text"),
                List.of("org.eclipse.jface"), List.of()));
        assertThat(ArchitectureRules.violations(bundles)).containsExactlyInAnyOrder(
                "siglum.bad (core) imports org.eclipse.swt.widgets: only ui bundles may use SWT or JFace",
                "siglum.bad (core) imports org.eclipse.jface.viewers: only ui bundles may use SWT or JFace",
                "siglum.bad (core) requires bundle org.eclipse.jface: only ui bundles may use SWT or JFace");
    }

    @Test
    void theRulesCatchAFloorThatReachesUp() throws IOException {
        Map<String, BundleInfo> bundles = shippedBundles();
        bundles.put("siglum.low", new BundleInfo("siglum.low", "core", List.of("org.siglum.cli"), List.of(), List.of()));
        bundles.put("siglum.nameless", new BundleInfo("siglum.nameless", null, List.of(), List.of(), List.of()));
        assertThat(ArchitectureRules.violations(bundles)).containsExactlyInAnyOrder(
                "siglum.low (core) imports org.siglum.cli from the frontend floor above it",
                "siglum.nameless does not say its floor (Siglum-Layer: one of [core, service, export, frontend, ui])");
    }

    @Test
    void headerClausesAreSplitDespiteQuotedCommas() {
        assertThat(ArchitectureRules.clauseNames(
                "a.b;version=\"[1.0,2)\",c.d;resolution:=optional, e;uses:=\"x,y\""))
                .containsExactly("a.b", "c.d", "e");
    }

    private static Map<String, BundleInfo> shippedBundles() throws IOException {
        Map<String, BundleInfo> bundles = new TreeMap<>();
        try (Stream<Path> jars = Files.list(Siglum.app().resolve("bundles"))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    Manifest manifest = file.getManifest();
                    if (manifest != null && manifest.getMainAttributes().getValue("Bundle-SymbolicName") != null) {
                        BundleInfo info = BundleInfo.of(manifest);
                        bundles.put(info.symbolicName(), info);
                    }
                }
            }
        }
        return bundles;
    }
}
