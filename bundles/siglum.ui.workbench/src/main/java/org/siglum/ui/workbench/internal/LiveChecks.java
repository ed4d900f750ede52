package org.siglum.ui.workbench.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.siglum.ui.editor.SourceEditor;
import org.siglum.ui.workbench.internal.checks.BackgroundChecks;
import org.siglum.ui.workbench.internal.checks.CheckMarks;
import org.siglum.ui.workbench.internal.checks.CheckResult;
import org.siglum.ui.workbench.internal.checks.CheckServices;
import org.siglum.ui.workbench.internal.edition.Edition;

/**
 * Validation and the OCR suspects as you type: a check of the edition's text on its own thread after a pause, its
 * result shown on the UI thread (marks in the editor, the status line, the listeners such as the Problems view) if
 * the edition and its text are still the ones checked.
 */
final class LiveChecks {

    private final Shell shell;
    private final Display display;
    private final BackgroundChecks checks;
    private final Supplier<Edition> edition;
    private final SourceEditor editor;
    private final StatusLine status;
    private final Reports reports;
    private final List<Consumer<CheckResult>> listeners = new CopyOnWriteArrayList<>();
    private CheckResult last;

    /**
     * @param delayMs how long after the last request a check starts
     * @param edition the edition shown now, or null
     */
    LiveChecks(Shell shell, CheckServices services, int delayMs, Supplier<Edition> edition, SourceEditor editor,
            StatusLine status, Reports reports) {
        this.shell = shell;
        this.display = shell.getDisplay();
        this.checks = new BackgroundChecks(services, delayMs);
        this.edition = edition;
        this.editor = editor;
        this.status = status;
        this.reports = reports;
    }

    /** Asks for a check of the edition's text as it is now (a later request replaces one not started). */
    void request() {
        Edition checked = edition.get();
        if (checked == null) {
            return;
        }
        checks.request(checked.document().get(), checked.path().getFileName().toString(),
                result -> display.asyncExec(() -> {
                    if (!shell.isDisposed() && edition.get() == checked) {
                        show(result);
                    }
                }));
    }

    /** Shows a check's findings and suspects, if the text is still the one checked (else a newer check is due). */
    private void show(CheckResult result) {
        String text = edition.get().document().get();
        if (!text.equals(result.text())) {
            return;
        }
        last = result;
        editor.showMarks(CheckMarks.of(result, text));
        status.showCheck(result);
        for (Consumer<CheckResult> listener : listeners) {
            reports.guard("A view", () -> listener.accept(result));
        }
    }

    /** Forgets the last check and its marks, and cancels a check not started (another edition is shown). */
    void reset() {
        checks.cancel();
        last = null;
        editor.showMarks(List.of());
    }

    /** The last check's result shown, or null. */
    CheckResult last() {
        return last;
    }

    void addListener(Consumer<CheckResult> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<CheckResult> listener) {
        listeners.remove(listener);
    }

    /** Stops the checking thread. */
    void close() {
        checks.close();
    }
}
