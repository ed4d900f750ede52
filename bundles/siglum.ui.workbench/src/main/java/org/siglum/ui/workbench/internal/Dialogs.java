package org.siglum.ui.workbench.internal;

import java.nio.file.Path;

/** The questions the window asks a person. Behind an interface so tests answer them without modal dialogs. */
public interface Dialogs {

    /** The answer to "save the changes?". */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    SaveChoice askToSaveChanges(String fileName);

    void showError(String title, String message);

    /** A file to open, or null if the person cancelled. */
    Path chooseFileToOpen(Path near);

    /** A file to save to, or null if the person cancelled. */
    Path chooseFileToSave(Path near);

    void showAbout();

    /** Shows a text to read (Help › Keys and Workflow), in a window of its own with the text selectable. */
    void showGuide(String title, String text);
}
