package org.siglum.ui.apparatus.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.siglum.apparatus.Correction;

/**
 * "Record suspect as reading": the correction (proposed from the suspect's suggestion) becomes the lemma, the text
 * as it stands the OCR reading, with cause and type; one line says what becomes of the text.
 */
final class RecordSuspectDialog extends Dialog {

    private final Correction proposed;
    private final List<String> witnesses;
    private final List<String> types;
    private CorrectionFields fields;
    private Correction result;

    RecordSuspectDialog(Shell parent, Correction proposed, List<String> witnesses, List<String> types) {
        super(parent);
        this.proposed = proposed;
        this.witnesses = witnesses;
        this.types = types;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Record suspect as reading");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        fields = new CorrectionFields(area, proposed, witnesses, types, this::update);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Record");
        update();
    }

    private void update() {
        if (fields == null) {
            return;
        }
        Correction c = fields.correction();
        fields.showSummary(c.summary());
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(c.problem() == null);
        }
    }

    @Override
    protected void okPressed() {
        result = fields.correction();
        super.okPressed();
    }

    CorrectionFields fields() {
        return fields;
    }

    Correction result() {
        return result;
    }

    /** For tests: what pressing Record does. */
    void pressRecord() {
        okPressed();
    }

    /** For tests: the Record button. */
    org.eclipse.swt.widgets.Button recordButton() {
        return getButton(IDialogConstants.OK_ID);
    }
}
