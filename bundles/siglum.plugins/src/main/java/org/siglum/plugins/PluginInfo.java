package org.siglum.plugins;

import java.util.List;

/**
 * One bundle as a user sees it.
 *
 * @param bundleId the framework's number for it in this run
 * @param symbolicName its stable name: the id {@code siglum plugins disable} takes
 * @param version its version
 * @param state {@code active}, {@code resolved}, {@code installed} (does not resolve), {@code starting},
 *        {@code stopping}
 * @param plugin whether it comes from the plugins folder (else it is built in)
 * @param enabled whether it is started when Siglum starts
 * @param offers what its registered services offer
 * @param problem why it does not run (a missing package and version), or empty
 */
public record PluginInfo(long bundleId, String symbolicName, String version, String state, boolean plugin,
        boolean enabled, List<Offer> offers, String problem) {

    public PluginInfo {
        offers = List.copyOf(offers);
        problem = problem == null ? "" : problem;
    }

    /** {@code plugin} or {@code built-in}. */
    public String origin() {
        return plugin ? "plugin" : "built-in";
    }
}
