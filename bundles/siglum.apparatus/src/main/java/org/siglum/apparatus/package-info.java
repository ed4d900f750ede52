/**
 * The critical apparatus of an edition as a service: its entries ({@code app}) with lemma and readings, its witnesses,
 * and the changes a scholar makes to them, each one minimal, undoable text edit on the
 * {@link org.siglum.core.EditionDocument}.
 */
@Export
@Version("1.2.0")
package org.siglum.apparatus;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
