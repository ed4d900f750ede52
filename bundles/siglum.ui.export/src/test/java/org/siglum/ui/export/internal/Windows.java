package org.siglum.ui.export.internal;

import static org.assertj.core.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Widget;

/** Driving real widgets from a test: pumping the display, pressing buttons. */
final class Windows {

    private Windows() {
    }

    /**
     * Runs the display's events until the condition holds. Not a timed assertion: the generous limit only stops a
     * broken test from hanging the build.
     */
    static void pumpUntil(Display display, BooleanSupplier condition, String what) {
        long limit = System.nanoTime() + 300_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > limit) {
                fail("never happened: " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted while waiting for " + what);
                }
            }
        }
    }

    /** What a click does: the widget's Selection listeners run. */
    static void press(Widget widget) {
        widget.notifyListeners(SWT.Selection, new Event());
    }
}
