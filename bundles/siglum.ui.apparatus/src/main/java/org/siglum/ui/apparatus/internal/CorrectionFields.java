package org.siglum.ui.apparatus.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.siglum.apparatus.Correction;

/**
 * The fields of a correction, shared by the dialogs that record one: the text as it stands, the correction, the
 * witness of the OCR reading, the lemma's witness, the cause and the type, and one line saying what becomes of the
 * text. Changes are reported to {@code changed}.
 */
final class CorrectionFields {

    static final String NO_WITNESS = "(none)";

    private final Text lemma;
    private final Combo witness;
    private final Combo lemmaWitness;
    private final Text cause;
    private final Combo type;
    private final Label summary;
    private final Correction proposed;

    CorrectionFields(Composite parent, Correction proposed, List<String> witnesses, List<String> types,
            Runnable changed) {
        this.proposed = proposed;
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(4, false));
        area.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(area, SWT.NONE).setText("The text reads:");
        Label form = new Label(area, SWT.NONE);
        form.setText(proposed.form());
        form.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

        new Label(area, SWT.NONE).setText("&Correction:");
        lemma = new Text(area, SWT.BORDER);
        lemma.setText(proposed.lemma());
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        wide.widthHint = 360;
        lemma.setLayoutData(wide);

        new Label(area, SWT.NONE).setText("&Witness of the OCR reading:");
        witness = new Combo(area, SWT.DROP_DOWN);
        witness.setItems(witnesses.toArray(String[]::new));
        witness.setText(proposed.witness());
        new Label(area, SWT.NONE).setText("&Lemma's witness:");
        lemmaWitness = new Combo(area, SWT.READ_ONLY);
        List<String> lemmaChoices = new ArrayList<>();
        lemmaChoices.add(NO_WITNESS);
        lemmaChoices.addAll(witnesses);
        lemmaWitness.setItems(lemmaChoices.toArray(String[]::new));
        lemmaWitness.setText(proposed.lemmaWitnesses().isEmpty() ? NO_WITNESS : proposed.lemmaWitnesses().get(0));

        new Label(area, SWT.NONE).setText("C&ause:");
        cause = new Text(area, SWT.BORDER);
        cause.setText(proposed.cause() == null ? "" : proposed.cause());
        cause.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText("&Type:");
        type = new Combo(area, SWT.DROP_DOWN);
        type.setItems(types.toArray(String[]::new));
        type.setText(proposed.type() == null ? "" : proposed.type());
        type.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        // room for two lines: a long form and its correction wrap, and the dialog is sized before the text is known
        summary = new Label(area, SWT.WRAP);
        GridData line = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
        line.widthHint = 640;
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(summary);
        line.heightHint = 2 * gc.getFontMetrics().getHeight() + 4;
        gc.dispose();
        summary.setLayoutData(line);

        lemma.addModifyListener(e -> changed.run());
        witness.addModifyListener(e -> changed.run());
        lemmaWitness.addModifyListener(e -> changed.run());
        cause.addModifyListener(e -> changed.run());
        type.addModifyListener(e -> changed.run());
        lemma.setFocus();
        lemma.selectAll();
    }

    /** The correction as the fields say it now. */
    Correction correction() {
        String lw = lemmaWitness.getText();
        return new Correction(proposed.form(), lemma.getText().strip(), witness.getText().strip(),
                lw.equals(NO_WITNESS) || lw.isBlank() ? List.of() : List.of(lw), cause.getText(), type.getText(),
                proposed.entryType());
    }

    void showSummary(String line) {
        summary.setText(line);
        summary.getParent().layout(true);
    }

    Text lemma() {
        return lemma;
    }

    Combo type() {
        return type;
    }

    Label summary() {
        return summary;
    }
}
