package org.siglum.plugins;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The installed bundles and the user's plugins. Changes are kept for the next runs (the plugins folder and its state
 * file) and applied to the running framework at once: a format or a view that a plugin offers appears or leaves
 * without a restart.
 */
@ProviderType
public interface PluginService {

    /** The plugins folder of this run; empty when the run was started without one. */
    Optional<Path> folder();

    /** Every bundle of the run, built in first, then the plugins, each by symbolic name. */
    List<PluginInfo> list();

    /**
     * Copies a bundle jar into the plugins folder (atomically: it appears complete or not at all), replacing a plugin
     * of the same symbolic name, and installs and starts it in the running framework.
     *
     * @return the plugin as installed; a plugin that does not resolve is kept in the folder and its
     *         {@link PluginInfo#problem()} says what it misses
     * @throws PluginException when the file is not a bundle, a built-in bundle has its name, or it cannot be copied
     */
    PluginInfo install(Path jar) throws PluginException;

    /** Uninstalls a plugin and deletes its jar from the folder; built-in bundles cannot be removed (disable them). */
    void remove(String id) throws PluginException;

    /**
     * Disables or enables a bundle (plugin or built in): kept in the state file beside the plugins folder, and the
     * bundle stopped or started now. The bundles that keep this very service and the command line running cannot be
     * disabled.
     */
    PluginInfo setEnabled(String id, boolean enabled) throws PluginException;
}
