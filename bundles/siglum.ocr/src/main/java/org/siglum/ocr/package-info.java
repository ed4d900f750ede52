/**
 * OCR import: an OCR export (plain text, hOCR, ALTO, PAGE XML) becomes a TEI P5 edition whose OCR witness gives the
 * text back; formats with coordinates also give the edition a {@code facsimile} with a surface per page and a zone
 * per line. 1.1: one importer service per format ({@link OcrImporter#format()}, {@link OcrImporter#recognises}),
 * {@link OcrImporter#importOcr}, page rules and {@code --keep-lines} in {@link ImportOptions}, {@link OcrConfidence}.
 */
@Export
@Version("1.1.0")
package org.siglum.ocr;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
