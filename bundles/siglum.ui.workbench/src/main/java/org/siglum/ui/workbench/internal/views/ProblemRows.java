package org.siglum.ui.workbench.internal.views;

import java.util.List;

import org.siglum.validation.Finding;

/** What the problems view shows of a finding, and the count in the status line. No widgets. */
public final class ProblemRows {

    public static final String[] COLUMNS = {"Severity", "Line:col", "Rule", "Message"};

    private ProblemRows() {
    }

    public static String cell(Finding finding, int column) {
        return switch (column) {
            case 0 -> finding.severity().word();
            case 1 -> finding.line() + ":" + finding.column();
            case 2 -> finding.rule();
            case 3 -> finding.message();
            default -> "";
        };
    }

    /** "Valid", "1 error", "2 errors, 1 warning", "3 warnings". */
    public static String count(List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
        if (errors == 0 && warnings == 0) {
            return "Valid";
        }
        String e = errors == 1 ? "1 error" : errors + " errors";
        String w = warnings == 1 ? "1 warning" : warnings + " warnings";
        if (errors == 0) {
            return w;
        }
        return warnings == 0 ? e : e + ", " + w;
    }
}
