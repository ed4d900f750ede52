/**
 * The source editor, for the workbench window to create and drive: a {@link org.siglum.ui.editor.SourceEditor} is
 * jface.text's source viewer over the core's {@code IDocument} (the edition's own text, so every service sees each
 * keystroke), with XML colours, Thai-aware find/replace and caret, content assistance from the schema, and
 * {@link org.siglum.ui.editor.Mark marks} (validation squiggles, boxed OCR suspects) that the window gives it. How it
 * does so is private to this bundle. Everything here is called on the SWT user-interface thread.
 */
@Export
@Version("1.0.0")
package org.siglum.ui.editor;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
