package org.siglum.ui.workbench.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.siglum.ui.workbench.internal.edition.CoreEdition;
import org.siglum.ui.workbench.internal.edition.Edition;
import org.siglum.ui.workbench.internal.edition.EditionOpenException;
import org.siglum.ui.workbench.internal.recovery.WindowRecovery;

/**
 * The edition the window shows, from open to close: opening a file (asking first about unsaved changes), saving,
 * saving as, undo and redo, the files opened last, and the recovery journal of the edition shown (decision 0030).
 */
final class EditionLifecycle {

    /** The window's side: what it does when the edition shown changes or is saved. */
    interface Host {

        /** Shows the edition now held (null: none) in place of the one before, with a message for the status line. */
        void show(Edition previous, Edition next, String message);

        /**
         * The edition was saved, or Save As was tried ({@code savedAs}, whether it worked or not): its file may be
         * another now.
         */
        void saved(boolean savedAs);
    }

    private final Dialogs dialogs;
    private final RecentFiles recent;
    private final Host host;
    private Edition edition;
    private WindowRecovery recovery = WindowRecovery.none();

    EditionLifecycle(Dialogs dialogs, RecentFiles recent, Host host) {
        this.dialogs = dialogs;
        this.recent = recent;
        this.host = host;
    }

    /** The open edition, or null. */
    Edition edition() {
        return edition;
    }

    /** Keeps a recovery journal of the editions shown; set before the first edition is opened. */
    void setRecovery(WindowRecovery recovery) {
        this.recovery = recovery;
    }

    /** Opens the file in place of the current edition (asking first about unsaved changes); false if it did not open. */
    boolean open(Path file) {
        if (!mayDiscard()) {
            return false;
        }
        Edition opened;
        try {
            opened = CoreEdition.read(file);
        } catch (EditionOpenException e) {
            dialogs.showError("Cannot open " + file.getFileName(), e.getMessage());
            return false;
        }
        recent.add(file);
        show(opened, "");
        return true;
    }

    /** Shows an edition (null: none) with a message, after the recovery journal had its say. */
    void show(Edition next, String message) {
        String notice = recovery.showing(next == null ? null : next.model(), message);
        Edition previous = edition;
        edition = next;
        host.show(previous, next, notice);
    }

    /** Asks for a file and opens it. */
    void openChosen() {
        Path chosen = dialogs.chooseFileToOpen(edition == null ? null : edition.path());
        if (chosen != null) {
            open(chosen);
        }
    }

    /** Closes the edition (asking about unsaved changes). */
    void close() {
        if (mayDiscard()) {
            show(null, "No edition open: File \u203a Open\u2026 opens one.");
        }
    }

    /** True when there is nothing unsaved, the person saved it, or chose to discard it. */
    boolean mayDiscard() {
        if (edition == null || !edition.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSaveChanges(edition.path().getFileName().toString())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Saves the edition; false (after telling the person) if it could not. */
    boolean save() {
        if (edition == null) {
            return false;
        }
        try {
            edition.save();
            recovery.saved();
            host.saved(false);
            return true;
        } catch (IOException e) {
            dialogs.showError("Cannot save " + edition.path().getFileName(), e.getMessage());
            return false;
        }
    }

    /** Asks for a file and saves the edition there; it becomes the edition's file. */
    void saveAs() {
        if (edition == null) {
            return;
        }
        Path target = dialogs.chooseFileToSave(edition.path());
        if (target == null) {
            return;
        }
        try {
            edition.saveAs(target);
            recovery.saved();
            recent.add(target);
        } catch (IOException e) {
            dialogs.showError("Cannot save " + target.getFileName(), e.getMessage());
        }
        host.saved(true);
    }

    void undo() {
        if (edition != null && edition.canUndo()) {
            edition.undo();
        }
    }

    void redo() {
        if (edition != null && edition.canRedo()) {
            edition.redo();
        }
    }

    /** The window closes cleanly: the journal of the edition shown is deleted. */
    void windowClosed() {
        recovery.closed();
    }

    /** The files opened last, most recent first. */
    List<Path> recentFiles() {
        return recent.files();
    }
}
