package org.siglum.ui.editor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.siglum.ui.editor.Mark;

/** The editor's marks as annotations, painted in the text: errors and warnings squiggly, suspects in a dotted box. */
final class MarkPainter {

    private final AnnotationModel annotations = new AnnotationModel();
    private List<Annotation> shown = new ArrayList<>();

    /** Installs the painter on a configured viewer; the viewer is to show its documents with {@link #model()}. */
    MarkPainter(SourceViewer viewer) {
        AnnotationPainter painter = new AnnotationPainter(viewer, new IAnnotationAccess() {
            @Override
            public Object getType(Annotation annotation) {
                return annotation.getType();
            }

            @Override
            public boolean isMultiLine(Annotation annotation) {
                return true;
            }

            @Override
            public boolean isTemporary(Annotation annotation) {
                return true;
            }
        });
        String error = Mark.Kind.ERROR.annotationType();
        String warning = Mark.Kind.WARNING.annotationType();
        String suspect = Mark.Kind.SUSPECT.annotationType();
        painter.addTextStyleStrategy("squiggle", new AnnotationPainter.UnderlineStrategy(SWT.UNDERLINE_SQUIGGLE));
        painter.addTextStyleStrategy("box", new AnnotationPainter.BoxStrategy(SWT.BORDER_DOT));
        painter.addAnnotationType(error, "squiggle");
        painter.addAnnotationType(warning, "squiggle");
        painter.addAnnotationType(suspect, "box");
        painter.setAnnotationTypeColor(error, viewer.getTextWidget().getDisplay().getSystemColor(SWT.COLOR_RED));
        painter.setAnnotationTypeColor(warning, new Color(0xd0, 0x90, 0x00));
        painter.setAnnotationTypeColor(suspect, new Color(0x80, 0x30, 0xc0));
        viewer.addPainter(painter);
        viewer.addTextPresentationListener(painter);
    }

    AnnotationModel model() {
        return annotations;
    }

    /** Replaces the annotations shown with one per mark, in one change of the model. */
    void show(Collection<Mark> marks) {
        Map<Annotation, Position> added = new HashMap<>();
        for (Mark mark : marks) {
            added.put(new Annotation(mark.kind().annotationType(), false, mark.message()),
                    new Position(mark.offset(), mark.length()));
        }
        annotations.replaceAnnotations(shown.toArray(Annotation[]::new), added);
        shown = new ArrayList<>(added.keySet());
    }
}
