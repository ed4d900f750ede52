package org.siglum.ocr.internal;

import org.siglum.core.testing.ProjectFiles;

/** The seed chapter (samples/chapter-3-ocr.txt), and how its witness text is compared. */
final class Seed {
    private Seed() {
    }

    static String text() {
        return ProjectFiles.seed();
    }

    /** Every run of white space (space, tab, CR, LF) as one space, none at the ends. */
    static String collapse(String s) {
        return s.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }
}
