/**
 * The edition document: its source text is the truth; a parse of it with exact positions; edits as text replacements
 * with undo and redo; change events; safe parsing.
 */
@Export
@Version("1.2.0")
package org.siglum.core;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
