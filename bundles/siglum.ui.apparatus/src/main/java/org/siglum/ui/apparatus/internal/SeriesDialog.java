package org.siglum.ui.apparatus.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.siglum.apparatus.Occurrence;

/**
 * "This correction everywhere": every occurrence of the suspect's form in the base text, with its place and context
 * and a tick box, and the correction's fields; the ticked ones are recorded as one change. A thin view over
 * {@link SeriesModel}.
 */
final class SeriesDialog extends Dialog {

    private static final int[] WIDTHS = {28, 80, 470, 400};

    private final SeriesModel model;
    private final List<String> witnesses;
    private final List<String> types;
    private CorrectionFields fields;
    private CheckboxTableViewer viewer;
    private Label heading;
    private boolean recorded;

    SeriesDialog(Shell parent, SeriesModel model, List<String> witnesses, List<String> types) {
        super(parent);
        this.model = model;
        this.witnesses = witnesses;
        this.types = types;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("This correction everywhere");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        fields = new CorrectionFields(area, model.correction(), witnesses, types, this::update);

        heading = new Label(area, SWT.NONE);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData table = new GridData(SWT.FILL, SWT.FILL, true, true);
        table.heightHint = 260;
        table.widthHint = 980;
        viewer.getTable().setLayoutData(table);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        for (int i = 0; i < SeriesModel.COLUMNS.length; i++) {
            int column = i;
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(SeriesModel.COLUMNS[i]);
            c.getColumn().setWidth(WIDTHS[i]);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return SeriesModel.cell((Occurrence) element, column);
                }

                @Override
                public org.eclipse.swt.graphics.Color getForeground(Object element) {
                    return ((Occurrence) element).recordable() ? null
                            : viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
                }
            });
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setCheckStateProvider(new ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return model.ticked((Occurrence) element);
            }

            @Override
            public boolean isGrayed(Object element) {
                return !((Occurrence) element).recordable();
            }
        });
        viewer.addCheckStateListener(event -> {
            boolean now = model.tick((Occurrence) event.getElement(), event.getChecked());
            if (now != event.getChecked()) {
                viewer.setChecked(event.getElement(), now);
            }
            update();
        });
        viewer.setInput(model.occurrences());

        Composite ticks = new Composite(area, SWT.NONE);
        ticks.setLayout(new GridLayout(2, true));
        Button all = new Button(ticks, SWT.PUSH);
        all.setText("Tick &all");
        all.addListener(SWT.Selection, e -> tickAll(true));
        Button none = new Button(ticks, SWT.PUSH);
        none.setText("Tick &none");
        none.addListener(SWT.Selection, e -> tickAll(false));
        return area;
    }

    private void tickAll(boolean on) {
        model.tickAll(on);
        viewer.refresh();
        update();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        update();
    }

    private void update() {
        if (fields == null || heading == null) {
            return;
        }
        model.correction(fields.correction());
        heading.setText(model.heading());
        fields.showSummary(model.summary());
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setText(model.okLabel());
            ok.setEnabled(model.problem() == null);
            ok.getParent().layout(true);
        }
    }

    @Override
    protected void okPressed() {
        model.correction(fields.correction());
        recorded = true;
        super.okPressed();
    }

    /** The model, with the choices made, once the person pressed Record; else null. */
    SeriesModel result() {
        return recorded ? model : null;
    }

    SeriesModel model() {
        return model;
    }

    CheckboxTableViewer viewer() {
        return viewer;
    }

    CorrectionFields fields() {
        return fields;
    }

    /** For tests: what pressing Record does. */
    void pressRecord() {
        okPressed();
    }

    /** For tests: the Record button. */
    Button recordButton() {
        return getButton(IDialogConstants.OK_ID);
    }
}
