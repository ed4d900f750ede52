package org.siglum.ui.workbench.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.siglum.ui.workbench.internal.checks.CheckResult;
import org.siglum.ui.workbench.internal.edition.Edition;
import org.siglum.ui.workbench.internal.edition.SourceProblem;
import org.siglum.ui.workbench.internal.views.ProblemRows;

/**
 * The line under the window: the caret's line and column, well-formedness, the last check (validation and suspects)
 * and a message. The message is the notice (why nothing is open, what a command or a contribution said) unless the
 * text is not well-formed, when it is the first problem.
 */
final class StatusLine {

    private final Label position;
    private final Label problems;
    private final Label check;
    private final Label message;
    private String notice = "";

    /** Makes the status line as the shell's next row. */
    StatusLine(Composite shell) {
        Composite status = new Composite(shell, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
        status.setLayout(Grid.layout(4, 4));
        position = label(status, 150, false);
        problems = label(status, 110, false);
        check = label(status, 220, false);
        message = label(status, SWT.DEFAULT, true);
    }

    private static Label label(Composite parent, int width, boolean grab) {
        Label label = new Label(parent, SWT.NONE);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, grab, false);
        data.widthHint = width;
        label.setLayoutData(data);
        return label;
    }

    /** Keeps a notice to show at the next {@link #showEdition}. */
    void setNotice(String notice) {
        this.notice = notice;
    }

    /** Shows a message now; it stays the notice. */
    void showMessage(String text) {
        notice = text == null ? "" : text;
        if (!message.isDisposed()) {
            message.setText(notice);
            message.setToolTipText(notice);
        }
    }

    /** Brings the problem count and the message up to date with an edition's text (null: none open). */
    void showEdition(Edition edition) {
        if (edition == null) {
            problems.setText("");
            check.setText("");
            message.setText(notice);
        } else {
            List<SourceProblem> found = edition.problems();
            problems.setText(WindowState.problemCount(found));
            message.setText(found.isEmpty() ? notice : WindowState.firstProblem(found));
            message.setToolTipText(message.getText());
        }
    }

    /** Shows the line and column of an offset of the edition's text (nothing when none is open). */
    void showPosition(Edition edition, int offset) {
        if (edition == null) {
            position.setText("");
            return;
        }
        position.setText(WindowState.position(edition.locate(Math.max(0, offset))));
    }

    /** Shows a check's count of findings and suspects, and how long validation took. */
    void showCheck(CheckResult result) {
        String words = result.failure() != null ? "Validation failed: " + result.failure()
                : ProblemRows.count(result.findings());
        check.setText(words + " \u00b7 " + result.suspects().size() + " suspects");
        check.setToolTipText("Validated against the Siglum schema in " + result.millis() + " ms");
    }

    /** The texts: position, problem count, message, validation and suspects. */
    String[] texts() {
        return new String[] {position.getText(), problems.getText(), message.getText(), check.getText()};
    }
}
