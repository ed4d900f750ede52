package org.siglum.product.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our floors, checked on the bundles' manifests, which bnd computes from the bytecode: what a bundle imports is what
 * its classes use.
 * <ul>
 * <li>Every Siglum bundle says its floor in {@code Siglum-Layer}: core, service, export, frontend, ui or thirdparty.</li>
 * <li>Only {@code ui} bundles may use SWT or JFace. The packages {@code org.eclipse.jface.text*} are allowed where the
 * SWT-free {@code org.eclipse.text} bundle exports them (IDocument and its kin live there).</li>
 * <li>A floor imports Siglum packages only from its own floor or the floors below it.</li>
 * </ul>
 */
final class ArchitectureRules {

    /** Floors from the bottom up; {@code frontend} (the command line) and {@code ui} are both front ends. */
    static final List<String> FLOORS = List.of("core", "service", "export", "frontend", "ui");

    private static final Set<String> UI_BUNDLES = Set.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.jface.text",
            "org.eclipse.ui.workbench");

    private ArchitectureRules() {
    }

    /** One bundle as its manifest describes it. */
    record BundleInfo(String symbolicName, String layer, List<String> imports, List<String> requiredBundles,
            List<String> exports) {

        static BundleInfo of(Manifest manifest) {
            Attributes a = manifest.getMainAttributes();
            String bsn = clauseNames(a.getValue("Bundle-SymbolicName")).stream().findFirst().orElse("?");
            return new BundleInfo(bsn, a.getValue("Siglum-Layer"), clauseNames(a.getValue("Import-Package")),
                    clauseNames(a.getValue("Require-Bundle")), clauseNames(a.getValue("Export-Package")));
        }
    }

    /** Every broken rule, one line each, for a set of bundles keyed by symbolic name. */
    static List<String> violations(Map<String, BundleInfo> bundles) {
        List<String> violations = new ArrayList<>();
        BundleInfo text = bundles.get("org.eclipse.text");
        Set<String> swtFreeJfacePackages = text == null ? Set.of() : Set.copyOf(text.exports());
        Map<String, String> packageFloor = new LinkedHashMap<>();
        for (BundleInfo b : bundles.values()) {
            if (b.symbolicName().startsWith("siglum.") && b.layer() != null) {
                for (String p : b.exports()) {
                    packageFloor.put(p, b.layer());
                }
            }
        }
        for (BundleInfo b : bundles.values()) {
            boolean ours = b.symbolicName().startsWith("siglum.");
            if (ours && (b.layer() == null || !FLOORS.contains(b.layer()))) {
                violations.add(b.symbolicName() + " does not say its floor (Siglum-Layer: one of " + FLOORS + ")");
                continue;
            }
            if (!ours || "ui".equals(b.layer())) {
                continue;
            }
            for (String p : b.imports()) {
                boolean swt = p.equals("org.eclipse.swt") || p.startsWith("org.eclipse.swt.");
                boolean jface = (p.equals("org.eclipse.jface") || p.startsWith("org.eclipse.jface."))
                        && !swtFreeJfacePackages.contains(p);
                if (swt || jface) {
                    violations.add(b.symbolicName() + " (" + b.layer() + ") imports " + p
                            + ": only ui bundles may use SWT or JFace");
                }
                String floor = packageFloor.get(p);
                if (floor != null && FLOORS.indexOf(floor) > FLOORS.indexOf(b.layer())) {
                    violations.add(b.symbolicName() + " (" + b.layer() + ") imports " + p + " from the " + floor
                            + " floor above it");
                }
            }
            for (String r : b.requiredBundles()) {
                if (UI_BUNDLES.contains(r)) {
                    violations.add(b.symbolicName() + " (" + b.layer() + ") requires bundle " + r
                            + ": only ui bundles may use SWT or JFace");
                }
            }
        }
        return violations;
    }

    private static final Pattern CLAUSE = Pattern.compile("(?:^|,)\\s*([^;,\"]+)((?:;(?:[^,\"]|\"[^\"]*\")*)?)");

    /** The names of an OSGi header's clauses, ignoring their attributes and directives (quoted commas included). */
    static List<String> clauseNames(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        Matcher m = CLAUSE.matcher(header);
        while (m.find()) {
            names.add(m.group(1).strip());
        }
        return names;
    }
}
