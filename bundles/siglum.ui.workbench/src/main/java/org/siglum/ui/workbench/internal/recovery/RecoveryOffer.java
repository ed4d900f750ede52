package org.siglum.ui.workbench.internal.recovery;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * What the person is asked about: unsaved changes to a file, from when, how many.
 *
 * @param fileUnchanged the file is as it was when the edits were made (they apply to it); else they go to a copy
 */
public record RecoveryOffer(String fileName, Instant lastEdit, int edits, boolean fileUnchanged) {

    /** The question, as the dialog asks it. */
    public String question(ZoneId zone, Locale locale) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone)
                .format(lastEdit);
        String question = "Recover unsaved changes to " + fileName + " from " + when + " (" + edits
                + (edits == 1 ? " edit" : " edits") + ")?";
        if (!fileUnchanged) {
            question += "\n\n" + fileName + " has changed since. The recovered text will be written to a separate file"
                    + " beside it; " + fileName + " is not touched.";
        }
        return question + "\n\nSiglum closed without saving them, probably in a crash.";
    }

    public String question() {
        return question(ZoneId.systemDefault(), Locale.getDefault());
    }
}
