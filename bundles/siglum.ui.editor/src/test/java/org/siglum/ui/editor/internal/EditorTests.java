package org.siglum.ui.editor.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Real widgets under a real display (Xvfb in the build) for the editor's tests: one display per test JVM. */
final class EditorTests {

    /** The window's editor font: Thai from Loma, as the workbench shows it. */
    static final String FONT = "DejaVu Sans Mono,Loma,Monospace";

    private EditorTests() {
    }

    static Display display() {
        String x = System.getenv("DISPLAY");
        if (x == null || x.isEmpty()) {
            fail("These tests drive real widgets and need an X display: run them as `xvfb-run -a mvn verify`.");
        }
        System.setProperty("org.eclipse.swt.internal.SessionManagerDBus.disable", "true");
        return Display.getDefault();
    }

    static String sample() throws IOException {
        String root = System.getProperty("siglum.root");
        Path repo = root != null ? Path.of(root) : Path.of("../..").toAbsolutePath().normalize();
        return Files.readString(repo.resolve("samples/chapter-3.xml"));
    }

    /** A shell with a source viewer in the editor's font, open. */
    static SourceViewer viewer(Shell shell) {
        shell.setLayout(new FillLayout());
        SourceViewer viewer = new SourceViewer(shell, null, null, false, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
        viewer.configure(new SourceViewerConfiguration());
        font(viewer.getTextWidget());
        shell.setSize(900, 500);
        shell.open();
        return viewer;
    }

    static void font(StyledText text) {
        Font font = new Font(text.getDisplay(), new FontData(FONT, 11, SWT.NORMAL));
        text.setFont(font);
        text.addDisposeListener(e -> font.dispose());
    }

    static void pump(Display display) {
        while (display.readAndDispatch()) {
            // run what is queued
        }
    }

    static void waitUntil(Display display, BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** A key press as SWT delivers it: a key code (arrows, Home) with modifiers. */
    static void press(StyledText text, int keyCode, int stateMask) {
        Event down = new Event();
        down.keyCode = keyCode;
        down.stateMask = stateMask;
        text.notifyListeners(SWT.KeyDown, down);
        Event up = new Event();
        up.keyCode = keyCode;
        up.stateMask = stateMask;
        text.notifyListeners(SWT.KeyUp, up);
    }

    /** A typed character (Backspace is {@code SWT.BS}, Delete {@code SWT.DEL}). */
    static void type(StyledText text, char character, int stateMask) {
        Event down = new Event();
        down.character = character;
        down.keyCode = character;
        down.stateMask = stateMask;
        text.notifyListeners(SWT.KeyDown, down);
        Event up = new Event();
        up.character = character;
        up.keyCode = character;
        up.stateMask = stateMask;
        text.notifyListeners(SWT.KeyUp, up);
    }

    /** A click with the first button at a point of the widget. */
    static void click(StyledText text, int x, int y) {
        Event down = new Event();
        down.x = x;
        down.y = y;
        down.button = 1;
        down.count = 1;
        text.notifyListeners(SWT.MouseDown, down);
        Event up = new Event();
        up.x = x;
        up.y = y;
        up.button = 1;
        up.count = 1;
        text.notifyListeners(SWT.MouseUp, up);
    }
}
