package org.siglum.ui.workbench.internal;

import java.nio.file.Path;
import java.util.List;

import org.siglum.ui.workbench.internal.edition.SourceLocation;
import org.siglum.ui.workbench.internal.edition.SourceProblem;

/** The words the window shows about its edition: title and status line. No widgets, so it is tested without a window. */
public final class WindowState {

    static final String APPLICATION = "Siglum";

    private WindowState() {
    }

    /** "*chapter.xml — Siglum" while there are unsaved changes, "chapter.xml — Siglum" after saving. */
    public static String title(Path file, boolean dirty) {
        if (file == null) {
            return APPLICATION;
        }
        return (dirty ? "*" : "") + file.getFileName() + " \u2014 " + APPLICATION;
    }

    /** The cursor position, "Line 12, column 5". */
    public static String position(SourceLocation location) {
        return location == null ? "" : "Line " + location.line() + ", column " + location.column();
    }

    /** "Well-formed", "1 problem", "3 problems". */
    public static String problemCount(List<SourceProblem> problems) {
        if (problems.isEmpty()) {
            return "Well-formed";
        }
        return problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    }

    /** The first problem with its place, "12:5 The element type "p" must be terminated...", or nothing. */
    public static String firstProblem(List<SourceProblem> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        SourceProblem first = problems.get(0);
        return first.line() + ":" + first.column() + " " + first.message();
    }
}
