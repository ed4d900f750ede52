package org.siglum.ui.workbench.internal.recovery;

import java.nio.file.Path;

/** What the window asks about unsaved changes left by a crash. Behind an interface so tests answer it. */
public interface RecoveryDialogs {

    /** The answer to "recover unsaved changes?". */
    enum Choice { RECOVER, DISCARD, KEEP_FOR_LATER }

    Choice askToRecover(RecoveryOffer offer);

    /** Tells where the recovered text of a file that changed since was written. */
    void showRecoveredCopy(RecoveryOffer offer, Path copy);

    void showError(String title, String message);
}
