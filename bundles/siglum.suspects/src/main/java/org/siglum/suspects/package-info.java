/**
 * OCR suspects: spans of a text that look like OCR errors, ranked by a score that combines independent signals, with
 * ranked corrections where they can be derived (a Thai lexicon and an OCR error model that learns from the
 * edition). See docs/decisions/0011-ocr-suspects.md and 0043.
 */
@Export
@Version("1.1.0")
package org.siglum.suspects;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
