package org.siglum.ui.workbench.internal.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.siglum.core.EditionDocument;
import org.siglum.recovery.Journal;
import org.siglum.recovery.Recovery;
import org.siglum.recovery.RecoveryJournals;

/**
 * The window's side of the recovery journal (decision 0030): when an edition is shown, the unsaved changes a crash
 * left for its file are offered and the edition's own journal starts; a save clears it; a clean close deletes it.
 * Called on the UI thread.
 */
public final class WindowRecovery {

    private final RecoveryJournals journals;
    private final RecoveryDialogs dialogs;
    private Journal journal;

    /** Recovery over the journals; null journals: none (a window in a test without the service). */
    public WindowRecovery(RecoveryJournals journals, RecoveryDialogs dialogs) {
        this.journals = journals;
        this.dialogs = dialogs;
    }

    /** No journal at all. */
    public static WindowRecovery none() {
        return new WindowRecovery(null, null);
    }

    /**
     * The window now shows this edition (null: none): the last one's journal is closed cleanly; for the new one, the
     * changes an earlier run left are offered, then its journal starts.
     *
     * @param message what the status line was to say
     * @return what it says now: that changes were recovered, and where, if they were
     */
    public String showing(EditionDocument edition, String message) {
        closed();
        if (journals == null || edition == null || edition.path().isEmpty()) {
            return message;
        }
        String notice = message;
        Path file = edition.path().get();
        List<Recovery> pending = journals.pending(file);
        journal = journals.start(edition);
        boolean applied = false;
        for (Recovery recovery : pending) {
            RecoveryOffer offer = new RecoveryOffer(file.getFileName().toString(), recovery.lastEdit(),
                    recovery.edits(), recovery.fileUnchanged() && !applied);
            try {
                switch (dialogs.askToRecover(offer)) {
                    case RECOVER -> {
                        if (offer.fileUnchanged()) {
                            recovery.applyTo(edition);
                            journal.flush(); // the recovered text is in this run's journal before the old one goes
                            applied = true;
                            notice = "Recovered " + edits(offer.edits()) + " not saved before Siglum closed: "
                                    + "File \u203a Save keeps them, Edit \u203a Undo takes them back.";
                        } else {
                            Path copy = recovery.writeCopy();
                            dialogs.showRecoveredCopy(offer, copy);
                            notice = "Recovered " + edits(offer.edits()) + " to " + copy.getFileName() + ".";
                        }
                        recovery.discard();
                    }
                    case DISCARD -> recovery.discard();
                    case KEEP_FOR_LATER -> {
                        // offered again when the file is next opened
                    }
                }
            } catch (IOException | RuntimeException e) {
                dialogs.showError("Cannot recover the unsaved changes to " + offer.fileName(),
                        e.getMessage() + "\nThe journal is kept: they are offered again next time.");
            }
        }
        return notice;
    }

    private static String edits(int n) {
        return n == 1 ? "1 edit" : n + " edits";
    }

    /** The edition was saved (perhaps under another name): the journal is cleared. */
    public void saved() {
        if (journal != null) {
            journal.saved();
        }
    }

    /** A clean close of the edition shown: its journal is deleted. */
    public void closed() {
        if (journal != null) {
            journal.close();
            journal = null;
        }
    }

    /** Writes the journal now (for the test script). */
    public void flush() throws IOException {
        if (journal != null) {
            journal.flush();
        }
    }
}
