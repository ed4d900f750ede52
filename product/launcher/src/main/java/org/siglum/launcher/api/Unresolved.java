package org.siglum.launcher.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;

/**
 * Says in words why a bundle does not resolve: each of its mandatory requirements that nothing installed offers, with
 * the versions that are there ("package org.siglum.export version [2.0.0,3.0.0), installed: 1.1.0"). The launcher
 * and {@code siglum plugins install} say it in the same words.
 */
public final class Unresolved {

    private static final Pattern PACKAGE = Pattern.compile("\\(osgi\\.wiring\\.package=([^)]+)\\)");
    private static final Pattern BUNDLE = Pattern.compile("\\(osgi\\.wiring\\.bundle=([^)]+)\\)");
    private static final Pattern AT_LEAST = Pattern.compile("(?<!!)\\((?:version|bundle-version)>=([^)]+)\\)");
    private static final Pattern BELOW = Pattern.compile("\\(!\\((?:version|bundle-version)>=([^)]+)\\)\\)");
    private static final Pattern AT_MOST = Pattern.compile("(?<!!)\\((?:version|bundle-version)<=([^)]+)\\)");
    private static final Pattern ABOVE = Pattern.compile("\\(!\\((?:version|bundle-version)<=([^)]+)\\)\\)");

    private Unresolved() {
    }

    /** What the bundle misses, one phrase each; empty when every requirement has a provider (a conflict, then). */
    public static List<String> missing(BundleContext context, Bundle bundle) {
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        List<String> missing = new ArrayList<>();
        if (revision == null) {
            return missing;
        }
        for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
            if (Namespace.RESOLUTION_OPTIONAL.equals(requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE))) {
                continue;
            }
            Collection<BundleCapability> providers = wiring.findProviders(requirement);
            if (!providers.isEmpty()) {
                continue;
            }
            missing.add(describe(context, requirement));
        }
        return missing;
    }

    public static String describe(BundleContext context, BundleRequirement requirement) {
        String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
        Matcher pkg = PACKAGE.matcher(filter);
        if (PackageNamespace.PACKAGE_NAMESPACE.equals(requirement.getNamespace()) && pkg.find()) {
            String name = pkg.group(1);
            return "package " + name + range(filter) + ", " + installed(context, name);
        }
        Matcher bundle = BUNDLE.matcher(filter);
        if (bundle.find()) {
            return "bundle " + bundle.group(1) + range(filter);
        }
        return requirement.getNamespace() + " " + filter;
    }

    /** The version range a filter asks for, as OSGi writes it ({@code [2.0.0,3.0.0)}), or nothing for any version. */
    static String range(String filter) {
        String low = first(AT_LEAST, filter);
        String lowOpen = first(ABOVE, filter);
        String high = first(BELOW, filter);
        String highClosed = first(AT_MOST, filter);
        if (low == null && lowOpen == null && high == null && highClosed == null) {
            return "";
        }
        if (high == null && highClosed == null) {
            return " version " + (low != null ? low + " or newer" : "above " + lowOpen);
        }
        return " version " + (lowOpen != null ? "(" + lowOpen : "[" + (low == null ? "0.0.0" : low)) + ","
                + (high != null ? high + ")" : highClosed + "]");
    }

    private static String first(Pattern pattern, String filter) {
        Matcher m = pattern.matcher(filter);
        return m.find() ? m.group(1) : null;
    }

    private static String installed(BundleContext context, String packageName) {
        TreeSet<String> versions = new TreeSet<>();
        for (Bundle b : context.getBundles()) {
            BundleRevision revision = b.adapt(BundleRevision.class);
            if (revision == null) {
                continue;
            }
            for (BundleCapability capability : revision.getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
                if (packageName.equals(capability.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
                    versions.add(String.valueOf(capability.getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE)));
                }
            }
        }
        return versions.isEmpty() ? "which no installed bundle exports" : "installed: " + String.join(", ", versions);
    }
}
