package org.siglum.ui.api.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Driving real widgets from a test, shared by the UI bundles' tests: running the display's events, waiting for
 * something the display or a background thread does, pressing a button or a menu item, reading a menu as text.
 */
public final class Ui {

    /** How long {@link #waitUntil(Display, BooleanSupplier, String)} waits: only to stop a broken test from hanging. */
    public static final Duration PATIENCE = Duration.ofMinutes(5);

    private Ui() {
    }

    /** Runs the display's pending events (layouts, async runnables) until none is left. */
    public static void flush(Display display) {
        while (display.readAndDispatch()) {
            // dispatch until idle
        }
    }

    /**
     * Runs the display's events until the condition holds. Not a timed assertion: the generous limit only stops a
     * broken test from hanging the build.
     */
    public static void waitUntil(Display display, BooleanSupplier condition, String what) {
        waitUntil(display, PATIENCE, condition, what);
    }

    /** Runs the display's events until the condition holds; fails naming {@code what} after {@code limit}. */
    public static void waitUntil(Display display, Duration limit, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + limit.toSeconds() + " s waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                // a background thread may change the condition without waking the display: look again soon
                display.timerExec(5, () -> { });
                display.sleep();
            }
        }
    }

    /** What a click does: the widget's Selection listeners run. */
    public static void press(Widget widget) {
        widget.notifyListeners(SWT.Selection, new Event());
    }

    /** A menu item's text as the person reads it: without the mnemonic's {@code &}. */
    public static String text(MenuItem item) {
        return item.getText().replace("&", "");
    }

    /** The items of a menu as text ({@link #text(MenuItem)}, the key after a tab), a separator as {@code "-"}. */
    public static List<String> texts(Menu menu) {
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            texts.add((item.getStyle() & SWT.SEPARATOR) != 0 ? "-" : text(item));
        }
        return texts;
    }

    /**
     * The item of a menu whose text starts with {@code label} (without {@code &}), after the menu has been told it is
     * shown (so items enable as when the person opens it).
     */
    public static MenuItem item(Menu menu, String label) {
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem candidate : menu.getItems()) {
            if (text(candidate).startsWith(label)) {
                return candidate;
            }
        }
        throw new AssertionError("no menu item " + label + " in " + texts(menu));
    }

    /** The item of the menu-bar menu {@code menu} whose text starts with {@code label}. */
    public static MenuItem item(Menu bar, String menu, String label) {
        for (MenuItem header : bar.getItems()) {
            if (text(header).equals(menu)) {
                return item(header.getMenu(), label);
            }
        }
        throw new AssertionError("no menu " + menu + " in " + texts(bar));
    }
}
