package org.siglum.ui.workbench.internal.edition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.siglum.core.EditionDocument;

/**
 * What the window needs of an open edition: the document the editor edits, saving, undo, problems and positions.
 * The same shape as siglum.core's EditionDocument, so the window does not change when the core model takes over.
 */
public interface Edition {

    /** The file the edition was read from or last saved to. */
    Path path();

    /** The core's model of the edition, for the services. */
    EditionDocument model();

    /** The source text; the editor edits this very document. */
    IDocument document();

    /** Whether the text differs from what was last read or saved. */
    boolean isDirty();

    /** Writes the text to {@link #path()}, atomically. */
    void save() throws IOException;

    /** Writes the text to another file, atomically, and makes it the edition's file. */
    void saveAs(Path target) throws IOException;

    /** Well-formedness problems of the current text, in document order. */
    List<SourceProblem> problems();

    /** The 1-based line and column of an offset. */
    SourceLocation locate(int offset);

    boolean canUndo();

    void undo();

    boolean canRedo();

    void redo();
}
