package org.siglum.ui.workbench.internal.recovery;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** {@link RecoveryDialogs} as JFace message dialogs over the main window. */
public final class SwtRecoveryDialogs implements RecoveryDialogs {

    private final Shell shell;

    public SwtRecoveryDialogs(Shell shell) {
        this.shell = shell;
    }

    @Override
    public Choice askToRecover(RecoveryOffer offer) {
        MessageDialog dialog = new MessageDialog(shell, "Recover unsaved changes", null, offer.question(),
                MessageDialog.QUESTION, new String[] {"Recover", "Discard", "Keep for Later"}, 0);
        return switch (dialog.open()) {
            case 0 -> Choice.RECOVER;
            case 1 -> Choice.DISCARD;
            default -> Choice.KEEP_FOR_LATER; // closing the dialog loses nothing
        };
    }

    @Override
    public void showRecoveredCopy(RecoveryOffer offer, Path copy) {
        MessageDialog.openInformation(shell, "Unsaved changes recovered",
                "The unsaved changes to " + offer.fileName() + " were written to\n" + copy
                        + "\n\nOpen it with File \u203a Open\u2026 to compare or take them over.");
    }

    @Override
    public void showError(String title, String message) {
        MessageDialog.openError(shell, title, message);
    }
}
