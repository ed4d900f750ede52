package org.siglum.ui.workbench.internal.edition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.siglum.core.EditionDocument;
import org.siglum.core.EditionException;
import org.siglum.core.TextLocation;

/** The window's view of siglum.core's {@link EditionDocument}: the editor edits the model's own document. */
public final class CoreEdition implements Edition {

    private final EditionDocument model;

    private CoreEdition(EditionDocument model) {
        this.model = model;
    }

    /** Reads an edition; a file that is not well-formed opens with its problems, one that cannot be decoded does not. */
    public static CoreEdition read(Path file) throws EditionOpenException {
        try {
            return new CoreEdition(EditionDocument.read(file));
        } catch (EditionException e) {
            throw new EditionOpenException(e.getMessage(), e);
        }
    }

    /** The model, for views that need more than the window does (the tree, the TEI view). */
    @Override
    public EditionDocument model() {
        return model;
    }

    @Override
    public Path path() {
        return model.path().orElse(Path.of(model.name()));
    }

    @Override
    public IDocument document() {
        return model.document();
    }

    @Override
    public boolean isDirty() {
        return model.isDirty();
    }

    @Override
    public void save() throws IOException {
        model.save();
    }

    @Override
    public void saveAs(Path target) throws IOException {
        model.saveAs(target);
    }

    @Override
    public List<SourceProblem> problems() {
        return model.problems().stream()
                .filter(p -> p.isError())
                .map(p -> new SourceProblem(p.line(), p.column(), p.message()))
                .toList();
    }

    @Override
    public SourceLocation locate(int offset) {
        TextLocation location = model.locate(offset);
        return new SourceLocation(location.line(), location.column());
    }

    @Override
    public boolean canUndo() {
        return model.canUndo();
    }

    @Override
    public void undo() {
        model.undo();
    }

    @Override
    public boolean canRedo() {
        return model.canRedo();
    }

    @Override
    public void redo() {
        model.redo();
    }
}
