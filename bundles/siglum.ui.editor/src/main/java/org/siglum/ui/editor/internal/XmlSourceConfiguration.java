package org.siglum.ui.editor.internal;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IUndoManager;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;

/** The text editor's setup: XML colours, no partitioner, no hovers, undo kept by the edition. */
final class XmlSourceConfiguration extends SourceViewerConfiguration {

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        XmlHighlighter highlighter = new XmlHighlighter();
        reconciler.setDamager(highlighter, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(highlighter, IDocument.DEFAULT_CONTENT_TYPE);
        return reconciler;
    }

    @Override
    public IUndoManager getUndoManager(ISourceViewer sourceViewer) {
        return null;
    }

    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
        return null;
    }
}
