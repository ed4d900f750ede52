package org.siglum.ui.export.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.siglum.core.EditionDocument;
import org.siglum.export.ExportException;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.Exporter;
import org.siglum.export.ProgressMonitor;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandHandler;
import org.siglum.ui.api.CommandSpec;
import org.siglum.ui.api.Commands;
import org.siglum.ui.api.Workbench;

/**
 * View › Web Preview: exports the text in the editor (unsaved edits included) with the {@code html} format into a private
 * temporary folder, off the user-interface thread, and shows the page in {@link PreviewWindow}. Where no Browser
 * can be made (no WebKitGTK), the page opens in the system browser and the status line says why.
 */
@Component(immediate = true)
public final class WebPreviewHandler implements CommandHandler {

    static final String ID = "siglum.export.preview";

    /** View › Web Preview, declared as data (decision 0037); this handler carries it out. */
    static final CommandSpec COMMAND = CommandSpec.of(ID, "&Web Preview")
            .withDescription("Show the web edition of the text in the editor (unsaved changes included)")
            .inMenu(CommandContribution.MENU_VIEW, 800);

    static final String FORMAT = "html";

    private final List<Exporter> exporters = new CopyOnWriteArrayList<>();
    SystemOpener opener = SystemOpener.DESKTOP;
    /** Makes the preview window; the tests give one that fails as a machine without WebKitGTK does. */
    Function<Shell, PreviewWindow> windows = PreviewWindow::create;
    private PreviewWindow window;
    private Path folder;
    private volatile boolean exporting;
    private Commands registered;

    @Activate
    void activate(BundleContext context) {
        registered = Commands.register(context, List.of(COMMAND.handledBy(this)));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addExporter(Exporter exporter) {
        exporters.add(exporter);
    }

    void removeExporter(Exporter exporter) {
        exporters.remove(exporter);
    }

    private Optional<Exporter> html() {
        return exporters.stream().filter(e -> FORMAT.equals(e.id())).findFirst();
    }

    @Override
    public boolean isEnabled(Workbench workbench) {
        return !exporting && html().isPresent()
                && workbench.edition().flatMap(EditionDocument::path).isPresent();
    }

    @Override
    public void execute(Workbench workbench) throws IOException {
        Exporter exporter = html().orElse(null);
        EditionDocument edition = workbench.edition().orElse(null);
        if (exporter == null || edition == null || edition.path().isEmpty() || exporting) {
            return;
        }
        if (folder == null) {
            folder = Files.createTempDirectory("siglum-preview-");
        }
        ExportRequest request = new ExportRequest(EditionDocument.ofText(edition.text(), edition.name()),
                edition.path().get(), folder, Map.of());
        Display display = workbench.shell().getDisplay();
        exporting = true;
        workbench.showMessage("Preparing the web preview\u2026");
        Thread thread = new Thread(() -> {
            ExportResult result = null;
            String failure = null;
            try {
                result = exporter.export(request, ProgressMonitor.NONE);
            } catch (ExportException e) {
                failure = e.getMessage();
            } catch (RuntimeException | LinkageError e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            ExportResult done = result;
            String failed = failure;
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    exporting = false;
                    if (failed != null) {
                        workbench.showError("Web preview", failed);
                    } else if (!workbench.shell().isDisposed()) {
                        show(workbench, done.files().get(0));
                    }
                });
            }
        }, "siglum-web-preview");
        thread.setDaemon(true);
        thread.start();
    }

    private void show(Workbench workbench, Path page) {
        if (window == null || window.isDisposed()) {
            try {
                window = windows.apply(workbench.shell());
            } catch (SWTError e) {
                window = null;
                boolean opened = opener.open(page);
                workbench.showMessage("No web view in this window (" + e.getMessage() + "; on Linux it needs "
                        + "WebKitGTK, libwebkit2gtk-4.1-0): " + (opened ? "the preview opened in the system browser"
                                : "open " + page + " in a browser"));
                return;
            }
        }
        window.show(page);
        workbench.showMessage("Web preview of the text in the editor: " + page.getFileName());
    }

    /** The preview window, if it is open (for the tests). */
    PreviewWindow window() {
        return window == null || window.isDisposed() ? null : window;
    }

    boolean isExporting() {
        return exporting;
    }

    @Deactivate
    void deactivate() {
        registered.unregister();
        PreviewWindow open = window;
        if (open != null && !open.isDisposed()) {
            Display display = open.shell().getDisplay();
            display.asyncExec(open::close);
        }
    }
}
