package org.siglum.ui.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.siglum.export.Diagnostic;
import org.siglum.export.EditionCheck;
import org.siglum.export.ExportCanceledException;
import org.siglum.export.ExportException;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.ProgressMonitor;

/**
 * One export run off the user-interface thread: the edition is checked first (nothing is written when it is not fit),
 * then each format runs in turn. A format that fails or throws is reported and the next one runs; cancelling stops the
 * running format (its exporter throws {@link ExportCanceledException} and removes its temporary file) and the ones
 * after it. No SWT here: the dialog hears of the progress through a {@link Listener} and posts it to its display.
 */
final class ExportRun {

    /** Told of the run's progress, on the run's thread. */
    interface Listener {
        void formatStarted(int index, int count, String name);

        void begin(String task, int totalWork);

        void worked(int work);

        void subTask(String name);

        void formatFinished(FormatOutcome outcome);

        void finished(ExportSummary summary);
    }

    private final ExportPlan plan;
    private final EditionCheck check;
    private final Listener listener;
    private volatile boolean canceled;

    ExportRun(ExportPlan plan, EditionCheck check, Listener listener) {
        this.plan = plan;
        this.check = check;
        this.listener = listener;
    }

    /** Asks the run to stop: the running format stops at its next check, the others do not start. */
    void cancel() {
        canceled = true;
    }

    boolean isCanceled() {
        return canceled;
    }

    /** Runs on a new daemon thread and returns it. */
    Thread start() {
        Thread thread = new Thread(this::run, "siglum-export");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Runs the export on the calling thread; the listener hears {@code finished} at the end, whatever happened. */
    ExportSummary run() {
        ExportSummary summary;
        try {
            summary = export();
        } catch (RuntimeException | LinkageError e) {
            // the check itself failed (a faulty service): report it as the edition's, write nothing
            summary = new ExportSummary(plan.outputFolder(), List.of(new Diagnostic(Diagnostic.Severity.ERROR,
                    name(), 0, 0, "the check before export failed: " + describe(e))), List.of());
        }
        listener.finished(summary);
        return summary;
    }

    private String name() {
        return plan.edition().getFileName().toString();
    }

    private ExportSummary export() {
        List<Diagnostic> found = check.problems(name(), plan.document());
        List<Diagnostic> problems = new ArrayList<>(EditionCheck.refusals(found, false));
        List<Diagnostic> warnings = found.stream().filter(d -> !problems.contains(d)).toList();
        if (problems.isEmpty()) {
            Optional<String> witness = plan.witness();
            if (witness.isPresent()) {
                check.undeclaredWitness(plan.document(), witness.get()).ifPresent(sentence -> problems.add(
                        new Diagnostic(Diagnostic.Severity.ERROR, name(), 0, 0, "witness " + sentence)));
            }
        }
        if (!problems.isEmpty()) {
            return new ExportSummary(plan.outputFolder(), problems, List.of());
        }
        List<FormatOutcome> outcomes = new ArrayList<>();
        int index = 0;
        for (ExportPlan.Format format : plan.formats()) {
            index++;
            String id = format.exporter().id();
            String formatName = format.exporter().name();
            FormatOutcome outcome;
            if (canceled) {
                outcome = new FormatOutcome(id, formatName, FormatOutcome.Status.NOT_RUN, List.of(), List.of(), "");
            } else {
                listener.formatStarted(index, plan.formats().size(), formatName);
                outcome = run(format, id, formatName);
            }
            outcomes.add(outcome);
            listener.formatFinished(outcome);
        }
        return new ExportSummary(plan.outputFolder(), List.of(), warnings, outcomes);
    }

    private FormatOutcome run(ExportPlan.Format format, String id, String formatName) {
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void begin(String task, int totalWork) {
                listener.begin(task, totalWork);
            }

            @Override
            public void worked(int work) {
                listener.worked(work);
            }

            @Override
            public void subTask(String name) {
                listener.subTask(name);
            }

            @Override
            public boolean isCanceled() {
                return canceled;
            }
        };
        try {
            ExportRequest request = new ExportRequest(plan.document(), plan.edition(), plan.outputFolder(),
                    format.options());
            ExportResult result = format.exporter().export(request, monitor);
            return new FormatOutcome(id, formatName, FormatOutcome.Status.WRITTEN, result.files(),
                    result.diagnostics(), "");
        } catch (ExportCanceledException e) {
            return new FormatOutcome(id, formatName, FormatOutcome.Status.CANCELLED, List.of(), List.of(), "");
        } catch (ExportException e) {
            return new FormatOutcome(id, formatName, FormatOutcome.Status.FAILED, List.of(), List.of(),
                    e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            // a faulty format bundle must not stop the others
            return new FormatOutcome(id, formatName, FormatOutcome.Status.FAILED, List.of(), List.of(), describe(e));
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
