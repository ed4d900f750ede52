/**
 * OCR suspects: spans of a text that look like OCR errors, ranked by a score that combines independent signals, with
 * a suggested correction where one can be derived. See docs/decisions/0011-ocr-suspects.md.
 */
@Export
@Version("1.1.0")
package org.siglum.suspects;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
