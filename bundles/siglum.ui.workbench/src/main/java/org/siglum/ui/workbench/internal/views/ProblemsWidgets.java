package org.siglum.ui.workbench.internal.views;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.siglum.validation.Finding;

/** The problems view: the validation findings of the text as it is now; opening one (double-click, Enter) goes there. */
public final class ProblemsWidgets {

    private static final int[] WIDTHS = {70, 70, 150, 700};

    private final TableViewer viewer;

    public ProblemsWidgets(Composite parent, Consumer<Finding> open) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        for (int i = 0; i < ProblemRows.COLUMNS.length; i++) {
            int column = i;
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(ProblemRows.COLUMNS[i]);
            c.getColumn().setWidth(WIDTHS[i]);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return ProblemRows.cell((Finding) element, column);
                }
            });
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(List.of());
        viewer.addOpenListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Finding f) {
                open.accept(f);
            }
        });
    }

    public void show(List<Finding> findings) {
        viewer.setInput(findings);
    }

    public TableViewer viewer() {
        return viewer;
    }
}
