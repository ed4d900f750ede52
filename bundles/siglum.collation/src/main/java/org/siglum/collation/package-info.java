/**
 * Collation of witnesses: variant places where they differ from the first witness (the base text), with each
 * witness's reading and its offsets. Thai-aware: ICU word segmentation, white space is no variant, and a damaged word
 * gives one place for that word. See docs/decisions/0012-thai-aware-collation.md.
 */
@Export
@Version("1.0.0")
package org.siglum.collation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
