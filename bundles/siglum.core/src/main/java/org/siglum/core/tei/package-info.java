/**
 * TEI views over an {@link org.siglum.core.XmlTree}: divisions, witnesses, the apparatus, notes and their anchors,
 * bibliography, names and counts. Views are read-only snapshots of one parse.
 */
@Export
@Version("1.0.0")
package org.siglum.core.tei;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
