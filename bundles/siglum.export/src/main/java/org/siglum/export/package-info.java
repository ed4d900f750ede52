/**
 * Export of an edition to a publication format. Each format is a bundle that registers an {@link Exporter} service;
 * the {@link XsltService} runs the XSLT 3.0 steps of every format on one shared Saxon-HE processor.
 */
@Export
@Version("1.2.0")
package org.siglum.export;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
