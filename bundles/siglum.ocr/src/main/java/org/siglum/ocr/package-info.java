/** OCR import: a plain OCR text, or OCR with coordinates (hOCR, ALTO, PAGE XML), becomes a TEI P5 edition whose OCR witness gives the text back. */
@Export
@Version("1.2.0")
package org.siglum.ocr;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
