package org.siglum.ui.editor;

import java.util.Collection;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.osgi.annotation.versioning.ProviderType;
import org.siglum.core.EditionDocument;
import org.siglum.ui.editor.internal.XmlSourceEditor;
import org.siglum.validation.assist.SchemaGuide;

/**
 * The XML source editor of an edition: the text as it is in the file, coloured, with marks, content assistance from
 * the schema, find/replace (Thai whole words, across markup) and a caret kept off the inside of Thai clusters
 * (docs/decisions/0028, 0038). The window creates one with {@link #create} and shows each edition's document in it.
 */
@ProviderType
public interface SourceEditor {

    /**
     * Creates the editor as the next child of a parent: a source viewer in the editor's font (markup monospaced, Thai
     * from Loma), showing nothing until {@link #setDocument} is called.
     *
     * @param parent where the editor's control goes
     * @param guide the schema guide for content assistance, or null for none
     * @param edition the edition whose document is shown, or null when none is (find/replace applies its edits to it)
     */
    static SourceEditor create(Composite parent, SchemaGuide guide, Supplier<EditionDocument> edition) {
        return new XmlSourceEditor(parent, guide, edition);
    }

    /** The editor's control, a child of the parent it was created in. */
    Control control();

    /** The source viewer, for what this interface does not say (the text widget, the document shown). */
    ISourceViewer viewer();

    /**
     * Shows a document, editable, with the editor's marks over it; null shows nothing and makes the editor read-only.
     * The undo history is the document's owner's (siglum.core's), not the editor's.
     */
    void setDocument(IDocument document);

    /** Gives the text the keyboard focus. */
    void focus();

    /** The selection: x its offset, y its length (the caret's offset and 0 when nothing is selected). */
    Point selectedRange();

    /** Selects a range of the document (clamped to it) and scrolls it into view; nothing without a document. */
    void select(int offset, int length);

    /** Hears the caret move, with its new offset (the same in the widget and the document: nothing is folded). */
    void addCaretListener(IntConsumer listener);

    /** Hears the selection change by the mouse or the keyboard. */
    void addSelectionListener(Runnable listener);

    /** Replaces the marks shown with these. */
    void showMarks(Collection<Mark> marks);

    /** The annotations shown now, one per mark, of the types {@link Mark.Kind#annotationType()} names. */
    IAnnotationModel annotations();

    /** Opens the find/replace dialog (or brings it to the front), with the selection as what to find. */
    void openFind();

    /** The content assistant, when the editor was given a schema guide. */
    Optional<IContentAssistant> assistant();
}
