package org.siglum.ui.workbench.internal.checks;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.siglum.core.EditionDocument;
import org.siglum.suspects.Suspect;
import org.siglum.validation.Finding;
import org.siglum.validation.SchemaChoice;
import org.siglum.validation.ValidationException;

/**
 * Validates the text and looks for OCR suspects on one background thread, a while after the last change (debounced):
 * each request replaces the one still waiting, and an answer for an older request than the newest is not delivered.
 * The check runs on a copy of the text, so the editor's document is never read off its own thread. No SWT here: the
 * window passes a consumer that posts to its display.
 */
public final class BackgroundChecks implements AutoCloseable {

    private final CheckServices services;
    private final long delayMillis;
    private final ScheduledExecutorService executor;
    private final AtomicLong generation = new AtomicLong();
    private ScheduledFuture<?> pending;

    public BackgroundChecks(CheckServices services, long delayMillis) {
        this.services = services;
        this.delayMillis = delayMillis;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "siglum-checks");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Asks for a check of this text after the delay, replacing a request still waiting. */
    public synchronized void request(String text, String name, Consumer<CheckResult> answer) {
        long mine = generation.incrementAndGet();
        if (pending != null) {
            pending.cancel(false);
        }
        pending = executor.schedule(() -> {
            if (mine != generation.get()) {
                return;
            }
            CheckResult result = check(mine, text, name);
            if (mine == generation.get()) {
                answer.accept(result);
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Forgets any request (the edition was closed): no answer comes for it. */
    public void cancel() {
        generation.incrementAndGet();
    }

    /** Checks a text now, on the calling thread. */
    public CheckResult check(long mine, String text, String name) {
        long start = System.nanoTime();
        EditionDocument copy = EditionDocument.ofText(text, name);
        List<Finding> findings = List.of();
        String failure = null;
        try {
            findings = services.validator().validate(copy, SchemaChoice.siglum());
        } catch (ValidationException | RuntimeException e) {
            failure = e.getMessage() == null ? e.toString() : e.getMessage();
        }
        List<Suspect> suspects;
        try {
            suspects = services.suspects().find(copy);
        } catch (RuntimeException e) {
            suspects = List.of();
        }
        return new CheckResult(mine, text, findings, suspects, failure, (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
