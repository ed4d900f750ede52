/**
 * The bundles of a run, seen as a user sees them: which are built in and which are plugins from the plugins folder,
 * their state, and what each offers (formats, commands, views, other services); installing a plugin into the folder,
 * removing one, and disabling or enabling any bundle, persisted for the next runs and applied to the running framework
 * where OSGi allows (decision 0050). The command line's {@code siglum plugins} and the window's Help › Plugins are two
 * front ends over {@link PluginService}.
 */
@Export
@Version("1.0.0")
package org.siglum.plugins;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
