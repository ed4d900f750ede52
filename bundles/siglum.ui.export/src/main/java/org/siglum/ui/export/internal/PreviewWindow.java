package org.siglum.ui.export.internal;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;

/**
 * The web preview: a window with an SWT {@link Browser} showing the exported page. On GTK the Browser needs WebKitGTK
 * (Debian's libwebkit2gtk-4.1-0); where it cannot be made, {@link #show} says so and the page opens in the system
 * browser instead.
 */
final class PreviewWindow {

    private final Shell shell;
    private final Browser browser;
    private volatile boolean loaded;
    private Path page;

    private PreviewWindow(Shell shell, Browser browser) {
        this.shell = shell;
        this.browser = browser;
        browser.addProgressListener(new ProgressAdapter() {
            @Override
            public void completed(ProgressEvent event) {
                loaded = true;
            }
        });
    }

    /**
     * Makes the preview window over {@code parent}.
     *
     * @throws SWTError when no Browser can be made here (no WebKitGTK)
     */
    static PreviewWindow create(Shell parent) {
        Shell shell = new Shell(parent, SWT.SHELL_TRIM);
        shell.setText("Web Preview");
        shell.setLayout(new FillLayout());
        try {
            Browser browser = new Browser(shell, SWT.NONE);
            shell.setSize(900, 700);
            return new PreviewWindow(shell, browser);
        } catch (SWTError e) {
            shell.dispose();
            throw e;
        }
    }

    /** Shows (or reloads) a page and brings the window up. */
    void show(Path file) {
        page = file;
        loaded = false;
        shell.setText("Web Preview \u2013 " + file.getFileName());
        browser.setUrl(file.toUri().toString());
        if (!shell.isVisible()) {
            shell.open();
        }
        shell.setActive();
    }

    boolean isDisposed() {
        return shell.isDisposed();
    }

    /** Whether the last page shown has finished loading. */
    boolean isLoaded() {
        return loaded;
    }

    Path page() {
        return page;
    }

    Browser browser() {
        return browser;
    }

    Shell shell() {
        return shell;
    }

    void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }
}
