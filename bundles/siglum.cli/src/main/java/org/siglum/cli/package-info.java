/**
 * The command line's extension point: a bundle adds a command by registering a {@link org.siglum.cli.Command}
 * service.
 */
@Export
@Version("1.1.0")
package org.siglum.cli;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
