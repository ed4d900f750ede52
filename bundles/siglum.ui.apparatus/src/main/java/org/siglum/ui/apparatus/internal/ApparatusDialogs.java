package org.siglum.ui.apparatus.internal;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.siglum.apparatus.ReadingSpec;

/** The questions the apparatus commands ask. Behind an interface so tests answer them without modal dialogs. */
public interface ApparatusDialogs {

    /**
     * Asks for the reading of a witness at the selected lemma: witness, reading text and cause (defaults: OCR,
     * ocr-error). Null if the person cancelled.
     */
    ReadingSpec askForReading(Shell shell, String lemma, List<String> witnesses);

    /**
     * Asks for another witness's reading of an entry's lemma, proposing the first of the witnesses (those the entry
     * has no reading of come first). Null if the person cancelled.
     */
    default ReadingSpec askForAddedReading(Shell shell, String entryId, String lemma, List<String> witnesses) {
        return askForReading(shell, lemma, witnesses);
    }

    /** Asks which of the witnesses; null if the person cancelled. */
    String chooseWitness(Shell shell, String question, List<String> witnesses);

    /** The JFace dialogs. */
    ApparatusDialogs SWT = new ApparatusDialogs() {
        @Override
        public ReadingSpec askForReading(Shell shell, String lemma, List<String> witnesses) {
            ReadingDialog dialog = new ReadingDialog(shell, lemma, witnesses);
            return dialog.open() == Window.OK ? dialog.result() : null;
        }

        @Override
        public ReadingSpec askForAddedReading(Shell shell, String entryId, String lemma, List<String> witnesses) {
            ReadingDialog dialog = new ReadingDialog(shell, "Add reading to entry " + entryId, lemma, witnesses,
                    witnesses.isEmpty() ? ReadingDialog.DEFAULT_WITNESS : witnesses.get(0));
            return dialog.open() == Window.OK ? dialog.result() : null;
        }

        @Override
        public String chooseWitness(Shell shell, String question, List<String> witnesses) {
            if (witnesses.size() == 1) {
                return witnesses.get(0);
            }
            String[] buttons = new String[witnesses.size() + 1];
            for (int i = 0; i < witnesses.size(); i++) {
                buttons[i] = witnesses.get(i);
            }
            buttons[witnesses.size()] = "Cancel";
            int chosen = new MessageDialog(shell, "Choose a witness", null, question, MessageDialog.QUESTION, buttons,
                    0).open();
            return chosen >= 0 && chosen < witnesses.size() ? witnesses.get(chosen) : null;
        }
    };
}
