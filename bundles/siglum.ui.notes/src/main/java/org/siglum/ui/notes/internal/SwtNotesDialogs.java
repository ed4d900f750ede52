package org.siglum.ui.notes.internal;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Component;
import org.siglum.citations.BibEntry;

/** The real dialogs: modal SWT and JFace dialogs over the window's shell. */
@Component(service = NotesDialogs.class)
public final class SwtNotesDialogs implements NotesDialogs {

    @Override
    public String askText(Shell parent, String title, String prompt, String initial) {
        TextDialog dialog = new TextDialog(parent, title, prompt, initial, true);
        return dialog.open() == Dialog.OK ? dialog.value : null;
    }

    @Override
    public void showReport(Shell parent, String title, String text) {
        new TextDialog(parent, title, null, text, false).open();
    }

    @Override
    public Path chooseBibliographyFile(Shell parent) {
        FileDialog dialog = new FileDialog(parent, SWT.OPEN);
        dialog.setText("Import BibTeX or CSL-JSON");
        dialog.setFilterNames(new String[] {"BibTeX and CSL-JSON (*.bib, *.json)", "All files"});
        dialog.setFilterExtensions(new String[] {"*.bib;*.json", "*"});
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    @Override
    public BibEntry editEntry(Shell parent, BibEntry entry) {
        EntryDialog dialog = new EntryDialog(parent, entry);
        return dialog.open() == Dialog.OK ? dialog.result() : null;
    }

    /** A multi-line text to type (OK, Cancel), or to read (Close). */
    private static final class TextDialog extends Dialog {
        private final String title;
        private final String prompt;
        private final String initial;
        private final boolean editable;
        private Text text;
        private String value;

        TextDialog(Shell parent, String title, String prompt, String initial, boolean editable) {
            super(parent);
            this.title = title;
            this.prompt = prompt;
            this.initial = initial == null ? "" : initial;
            this.editable = editable;
        }

        @Override
        protected boolean isResizable() {
            return true;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            if (prompt != null) {
                new Label(area, SWT.WRAP).setText(prompt);
            }
            int style = SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER | (editable ? 0 : SWT.READ_ONLY);
            text = new Text(area, style);
            text.setText(initial);
            GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
            size.widthHint = 520;
            size.heightHint = editable ? 140 : 260;
            text.setLayoutData(size);
            if (editable) {
                text.selectAll();
                text.setFocus();
            }
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            if (editable) {
                super.createButtonsForButtonBar(parent);
            } else {
                createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
            }
        }

        @Override
        protected void okPressed() {
            value = text.getText();
            super.okPressed();
        }
    }
}
