package org.siglum.ui.editor.internal;

import java.util.function.Supplier;

import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.source.SourceViewer;
import org.siglum.core.EditionDocument;
import org.siglum.validation.assist.SchemaGuide;

/**
 * What the source editor gains beyond colours and marks: content assistance from the schema, the caret kept off the
 * inside of Thai clusters, and the find/replace dialog. {@link XmlSourceEditor} makes one and calls
 * {@link #openFind()} when the window's menu asks. docs/decisions/0028.
 */
public final class EditorFeatures {

    private final SourceViewer viewer;
    private final FindTarget findTarget;
    private final ContentAssistant assistant;
    private FindReplaceDialog findDialog;

    /**
     * @param viewer the configured source viewer
     * @param guide the schema guide, or null for no content assistance
     * @param edition the open edition's model, or null when none is open
     */
    public EditorFeatures(SourceViewer viewer, SchemaGuide guide, Supplier<EditionDocument> edition) {
        this.viewer = viewer;
        this.findTarget = new ViewerFindTarget(viewer, edition);
        ClusterCaret.install(viewer);
        this.assistant = guide == null ? null : SchemaAssist.install(viewer, guide);
    }

    /** Opens the find/replace dialog (or brings it to the front), with the selection as what to find. */
    public FindReplaceDialog openFind() {
        if (findDialog == null || findDialog.getShell() == null || findDialog.getShell().isDisposed()) {
            findDialog = new FindReplaceDialog(viewer.getTextWidget().getShell(), findTarget);
            findDialog.open();
        } else {
            findDialog.getShell().setActive();
        }
        return findDialog;
    }

    /** The content assistant, or null without a schema guide. */
    public ContentAssistant assistant() {
        return assistant;
    }
}
