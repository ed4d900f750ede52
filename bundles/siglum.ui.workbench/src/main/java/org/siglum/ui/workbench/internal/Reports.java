package org.siglum.ui.workbench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What went wrong with contributions (views that did not open, handlers and listeners that threw, key clashes): kept
 * in order for the tests and shown to the person as they happen.
 */
final class Reports {

    private final List<String> reports = new ArrayList<>();
    private Consumer<String> shown = message -> { };

    /** Where each report is shown from now on (the status line, made after the parts that report). */
    void showIn(Consumer<String> shown) {
        this.shown = shown;
    }

    void report(String message) {
        reports.add(message);
        shown.accept(message);
    }

    /** Runs a contribution's code; what it throws is reported as "WHO failed: ..." and the window goes on. */
    void guard(String who, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException | LinkageError e) {
            report(who + " failed: " + describe(e));
        }
    }

    List<String> all() {
        return List.copyOf(reports);
    }

    /** A throwable in a few words: its message, else its class's name. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
