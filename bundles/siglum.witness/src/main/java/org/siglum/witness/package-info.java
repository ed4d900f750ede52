/** The text of one witness of an edition. */
@Export
@Version("1.0.0")
package org.siglum.witness;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
