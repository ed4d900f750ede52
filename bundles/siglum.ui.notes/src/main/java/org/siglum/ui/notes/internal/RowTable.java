package org.siglum.ui.notes.internal;

import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.siglum.ui.api.CommandBar;
import org.siglum.ui.api.CommandSpec;
import org.siglum.ui.api.Workbench;

/**
 * The frame the Notes and Sources views share: their commands as a bar above a table of rows (and as its context
 * menu), one column per heading, each cell's text from the view's widget-free rows.
 */
final class RowTable {

    /** A column: its heading, width in pixels, whether its cells align right (numbers). */
    record Column(String heading, int width, boolean right) {
    }

    private RowTable() {
    }

    /**
     * A composite in {@code parent} with the command bar and the table viewer under it, filling it; the viewer's
     * input is the {@code rows} list, which the view refreshes in place.
     *
     * @param cell the text of a row's column (row, column index)
     * @param tooltip a row's column's tooltip, or null for none
     */
    static <R> TableViewer create(Composite parent, Workbench workbench, List<CommandSpec> commands,
            List<Column> columns, Class<R> rowType, List<R> rows, BiFunction<R, Integer, String> cell,
            BiFunction<R, Integer, String> tooltip) {
        Composite frame = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 2;
        layout.marginHeight = 2;
        frame.setLayout(layout);
        CommandBar bar = CommandBar.create(frame, workbench, commands);
        bar.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        TableViewer viewer = new TableViewer(frame, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        bar.contextMenu(viewer.getTable());
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            TableViewerColumn c = new TableViewerColumn(viewer, columns.get(i).right() ? SWT.RIGHT : SWT.LEFT);
            c.getColumn().setText(columns.get(i).heading());
            c.getColumn().setWidth(columns.get(i).width());
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return cell.apply(rowType.cast(element), column);
                }

                @Override
                public String getToolTipText(Object element) {
                    return tooltip == null ? null : tooltip.apply(rowType.cast(element), column);
                }
            });
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(rows);
        return viewer;
    }
}
