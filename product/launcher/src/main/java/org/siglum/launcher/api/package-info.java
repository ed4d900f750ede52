/**
 * What the launcher offers to bundles. The framework's system bundle exports this package (see
 * {@code org.osgi.framework.system.packages.extra}), so bundles import it like any other.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.siglum.launcher.api;
