package org.siglum.ui.apparatus.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.siglum.apparatus.ReadingSpec;

/** "Record OCR reading": the witness, the reading's text, its cause and its type, for a lemma selected in the editor. */
final class ReadingDialog extends Dialog {

    static final String DEFAULT_WITNESS = "OCR";
    static final String DEFAULT_CAUSE = "ocr-error";

    private final String lemma;
    private final List<String> witnesses;
    private Combo witness;
    private Text reading;
    private Text cause;
    private Text type;
    private ReadingSpec result;
    private final String title;
    private final String proposedWitness;

    /** Recording a reading of the selected text: OCR's, unless the edition has no such witness. */
    ReadingDialog(Shell parent, String lemma, List<String> witnesses) {
        this(parent, "Record OCR reading", lemma, witnesses,
                witnesses.contains(DEFAULT_WITNESS) || witnesses.isEmpty() ? DEFAULT_WITNESS : witnesses.get(0));
    }

    /** A reading with the given title, proposing the first of the witnesses. */
    ReadingDialog(Shell parent, String title, String lemma, List<String> witnesses, String proposedWitness) {
        super(parent);
        this.title = title;
        this.lemma = lemma;
        this.witnesses = witnesses;
        this.proposedWitness = proposedWitness;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("Lemma:");
        new Label(area, SWT.NONE).setText(lemma);
        new Label(area, SWT.NONE).setText("Witness:");
        witness = new Combo(area, SWT.DROP_DOWN);
        witness.setItems(witnesses.toArray(String[]::new));
        witness.setText(proposedWitness);
        new Label(area, SWT.NONE).setText("Reading:");
        reading = new Text(area, SWT.BORDER);
        reading.setText(lemma);
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 320;
        reading.setLayoutData(wide);
        new Label(area, SWT.NONE).setText("Cause:");
        cause = new Text(area, SWT.BORDER);
        cause.setText(DEFAULT_CAUSE);
        cause.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText("Type:");
        type = new Text(area, SWT.BORDER);
        type.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        reading.setFocus();
        reading.selectAll();
        return area;
    }

    @Override
    protected void okPressed() {
        String c = cause.getText().strip();
        String t = type.getText().strip();
        result = new ReadingSpec(reading.getText(), List.of(witness.getText().strip()), c.isEmpty() ? null : c,
                t.isEmpty() ? null : t);
        super.okPressed();
    }

    ReadingSpec result() {
        return result;
    }
}
