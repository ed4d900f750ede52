package org.siglum.ui.facsimile.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.siglum.core.EditionDocument;
import org.siglum.ui.api.CommandBar;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.EditorSelection;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.api.WorkbenchListener;
import org.siglum.ui.facsimile.internal.model.Facsimile;
import org.siglum.ui.facsimile.internal.model.FacsimilePlace;
import org.siglum.ui.facsimile.internal.model.PageImages;
import org.siglum.ui.facsimile.internal.model.PageRaster;
import org.siglum.ui.facsimile.internal.model.Surface;
import org.siglum.ui.facsimile.internal.model.Viewport;
import org.siglum.ui.facsimile.internal.model.Zone;

/**
 * The Facsimile view in one window: the page of the caret with its line outlined, following the caret; a click on a
 * line of the image puts the caret at that line's start in the text. Images are decoded on a background thread of
 * the part's own, at the shown size ({@link PageImages}); the UI thread only makes the SWT image of what was decoded.
 * A decoding that is overtaken by another (the person zooms again, the caret moves on) is dropped when it arrives.
 */
final class FacsimilePart implements ViewPart, WorkbenchListener, FacsimileWidgets.Gestures {

    /** Above this many pixels the whole page is not decoded at once: only the region around what is visible. */
    static final long WHOLE_PAGE_PIXELS = 4_000_000;
    /** The overview decoded first for each page, to show at once (and wherever the person pans). */
    static final long OVERVIEW_PIXELS = 600_000;

    private record Request(long generation, Path file, int x0, int y0, int x1, int y1, int step) {
    }

    private final Workbench workbench;
    private final PageImages images;
    private final FacsimileWidgets widgets;
    private final Runnable onDispose;
    private final Display display;
    private final ExecutorService loader;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final Viewport viewport = new Viewport();
    private Facsimile facsimile = Facsimile.of(org.siglum.core.XmlTree.parse(""));
    private FacsimilePlace place = FacsimilePlace.NOWHERE;
    private Surface shown;
    private Path file;
    private PageImages.Size imageSize;
    private double unitsPerImagePixel = 1;
    private Zone hovered;
    private long generation;
    private Request lastRequest;
    private int piecesLoaded;
    private String problem = "";

    FacsimilePart(Composite parent, Workbench workbench, PageImages images,
            List<? extends CommandContribution> commands, Runnable onDispose) {
        this.workbench = workbench;
        this.images = images;
        this.onDispose = onDispose;
        this.display = parent.getDisplay();
        this.loader = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "siglum-facsimile-images");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
        this.widgets = new FacsimileWidgets(parent, this, root -> CommandBar.create(root, workbench, commands));
        workbench.addListener(this);
        refresh();
    }

    // --- following the window ----------------------------------------------------------------------------------------

    @Override
    public void editionChanged(Optional<EditionDocument> edition) {
        shown = null;
        refresh();
    }

    @Override
    public void documentChanged(EditionDocument edition) {
        refresh();
    }

    @Override
    public void selectionChanged(EditorSelection selection) {
        follow(selection.offset());
    }

    /** Reads the facsimile of the open edition again and shows the caret's page. */
    void refresh() {
        Optional<EditionDocument> edition = workbench.edition();
        if (edition.isEmpty()) {
            facsimile = Facsimile.of(org.siglum.core.XmlTree.parse(""));
            showProblem("No edition is open.");
            return;
        }
        facsimile = Facsimile.of(edition.get().tree());
        if (facsimile.isEmpty()) {
            showProblem("This edition has no facsimile: its TEI has no <facsimile> with a <surface> and the "
                    + "<graphic> of a page image. An import of OCR with coordinates (hOCR, ALTO, PAGE XML) gives one.");
            return;
        }
        follow(workbench.selection().offset());
    }

    private void follow(int offset) {
        if (facsimile.isEmpty()) {
            return;
        }
        FacsimilePlace before = place;
        place = facsimile.placeAt(offset);
        Optional<Surface> surface = place.surface();
        if (surface.isEmpty()) {
            shown = null;
            showProblem("Page " + place.page().orElse("") + " has no image in the facsimile: its <pb> has no facs "
                    + "pointing at a <surface>.");
            return;
        }
        if (shown == null || !samePage(shown, surface.get())) {
            showPage(surface.get());
        } else {
            shown = surface.get(); // the same page, read again after an edit
            if (!problem.isEmpty() && imageSize != null) {
                problem = "";
                widgets.setMessage("");
            }
            if (!Objects.equals(before.line().map(Zone::id), place.line().map(Zone::id))) {
                revealLine();
            }
        }
        render();
    }

    private static boolean samePage(Surface a, Surface b) {
        return a.id().equals(b.id()) && a.url().equals(b.url()) && a.start() == b.start();
    }

    private void showPage(Surface surface) {
        shown = surface;
        generation++;
        imageSize = null;
        hovered = null;
        lastRequest = null;
        widgets.clearPieces();
        Optional<String> url = surface.url().filter(u -> !u.isBlank());
        if (url.isEmpty()) {
            showProblem("The page " + describe(surface) + " has no <graphic url=\"...\">: there is no image to show.");
            return;
        }
        if (url.get().matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !url.get().startsWith("file:")) {
            showProblem("The page image " + url.get() + " is not a local file: the Facsimile view shows images "
                    + "next to the edition's file.");
            return;
        }
        Optional<Path> folder = workbench.edition().flatMap(EditionDocument::path).map(Path::toAbsolutePath)
                .map(Path::getParent);
        if (folder.isEmpty()) {
            showProblem("Save the edition first: page images are found relative to its file (" + url.get() + ").");
            return;
        }
        try {
            String path = url.get().startsWith("file:") ? java.net.URI.create(url.get()).getPath() : url.get();
            file = folder.get().resolve(java.net.URLDecoder.decode(path.replace("+", "%2B"),
                    java.nio.charset.StandardCharsets.UTF_8)).normalize();
        } catch (IllegalArgumentException e) { // InvalidPathException too
            showProblem("The page image's address " + url.get() + " is not a file name: " + e.getMessage());
            return;
        }
        problem = "";
        widgets.setMessage("");
        long page = generation;
        Path image = file;
        loader.execute(() -> {
            try {
                PageImages.Size size = images.size(image);
                // the overview: the whole page, small, shown at once and wherever the person pans
                int step = 1;
                while ((long) (size.width() / step) * (size.height() / step) > OVERVIEW_PIXELS) {
                    step++;
                }
                PageRaster overview = images.read(image, step);
                ImageData data = imageData(overview);
                later(page, () -> {
                    imageSize = size;
                    double[] space = shown.space(size.width(), size.height());
                    unitsPerImagePixel = space[0] / size.width();
                    viewport.page(space[0], space[1]);
                    revealLine();
                    widgets.addPiece(new FacsimileWidgets.Piece(new Image(display, data), overview), 3);
                    piecesLoaded++;
                    requestImage();
                    render();
                    widgets.updateCommands();
                });
            } catch (IOException | RuntimeException e) {
                later(page, () -> showProblem("Cannot show the page image: " + e.getMessage()));
            }
        });
    }

    private void showProblem(String message) {
        problem = message;
        widgets.setHeading(place.page().map(p -> "Page " + p).orElse(""));
        widgets.setMessage(message);
        widgets.updateCommands();
    }

    private void revealLine() {
        if (imageSize == null) {
            return;
        }
        place.line().ifPresent(zone -> {
            double x0 = zone.left() - shown.originX();
            double y0 = zone.top() - shown.originY();
            double x1 = zone.right() - shown.originX();
            double y1 = zone.bottom() - shown.originY();
            if (!viewport.shows(x0, y0, x1, y1)) {
                viewport.reveal(x0, y0, x1, y1);
                requestImage();
            }
        });
    }

    // --- decoding what is shown ----------------------------------------------------------------------------------------

    /** Asks for the pixels the view shows now, at their shown size, unless the last piece has them. */
    private void requestImage() {
        if (imageSize == null || file == null) {
            return;
        }
        if (viewport.viewWidth() < 16 || viewport.viewHeight() < 16) {
            return; // a view not laid out yet (its tab hidden): the page is asked for when it gets its size
        }
        int step = PageImages.step(viewport.scale() * unitsPerImagePixel);
        int w = imageSize.width();
        int h = imageSize.height();
        int x0 = 0;
        int y0 = 0;
        int x1 = w;
        int y1 = h;
        if ((long) (w / step) * (h / step) > WHOLE_PAGE_PIXELS) {
            double[] v = viewport.visible();
            double marginX = (v[2] - v[0]) / 2;
            double marginY = (v[3] - v[1]) / 2;
            x0 = clamp((v[0] - marginX) / unitsPerImagePixel, w);
            y0 = clamp((v[1] - marginY) / unitsPerImagePixel, h);
            x1 = clamp(Math.ceil((v[2] + marginX) / unitsPerImagePixel), w);
            y1 = clamp(Math.ceil((v[3] + marginY) / unitsPerImagePixel), h);
            if (x1 <= x0 || y1 <= y0) {
                return; // the page is out of view
            }
        }
        double[] v = viewport.visible();
        for (FacsimileWidgets.Piece piece : widgets.pieces()) {
            PageRaster r = piece.raster();
            if (r.step() == step && r.covers(v[0] / unitsPerImagePixel, v[1] / unitsPerImagePixel,
                    v[2] / unitsPerImagePixel, v[3] / unitsPerImagePixel)) {
                return; // what is visible is decoded at this size already
            }
        }
        Request request = new Request(generation, file, x0, y0, x1, y1, step);
        if (request.equals(lastRequest)) {
            return;
        }
        lastRequest = request;
        pending.set(request);
        loader.execute(() -> {
            Request next = pending.getAndSet(null);
            if (next == null) {
                return; // a later request overtook this one and was served
            }
            try {
                PageRaster raster = images.read(next.file(), next.x0(), next.y0(), next.x1(), next.y1(), next.step());
                ImageData data = imageData(raster);
                later(next.generation(), () -> {
                    widgets.addPiece(new FacsimileWidgets.Piece(new Image(display, data), raster), 3);
                    piecesLoaded++;
                });
            } catch (IOException | RuntimeException e) {
                later(next.generation(), () -> showProblem("Cannot show the page image: " + e.getMessage()));
            }
        });
    }

    private static int clamp(double value, int max) {
        return (int) Math.max(0, Math.min(max, value));
    }

    /** Runs on the UI thread if the part still shows the page the work was for. */
    private void later(long page, Runnable run) {
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (!widgets.control().isDisposed() && page == generation) {
                run.run();
            }
        });
    }

    /** The raster as SWT image data: plain data, made off the UI thread. */
    static ImageData imageData(PageRaster raster) {
        ImageData data = new ImageData(raster.width(), raster.height(), 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int row = 0; row < raster.height(); row++) {
            data.setPixels(0, row, raster.width(), raster.rgb(), row * raster.width());
        }
        return data;
    }

    // --- what the person does ------------------------------------------------------------------------------------------

    @Override
    public void clicked(int x, int y) {
        if (shown == null || imageSize == null) {
            return;
        }
        OptionalInt offset = facsimile.offsetAt(shown, viewport.pageX(x) + shown.originX(),
                viewport.pageY(y) + shown.originY());
        if (offset.isPresent()) {
            workbench.select(offset.getAsInt(), 0);
        } else {
            workbench.showMessage("No line of the text is at that place of the page.");
        }
    }

    @Override
    public void hovered(int x, int y) {
        if (shown == null || imageSize == null) {
            return;
        }
        double px = viewport.pageX(x) + shown.originX();
        double py = viewport.pageY(y) + shown.originY();
        Zone under = null;
        for (Zone zone : facsimile.lineZones(shown)) {
            if (zone.contains(px, py) && (under == null || zone.area() < under.area())) {
                under = zone;
            }
        }
        if (under != hovered) {
            hovered = under;
            widgets.canvas().setCursor(under == null ? null : display.getSystemCursor(SWT.CURSOR_HAND));
            render();
        }
    }

    @Override
    public void dragged(int dx, int dy) {
        viewport.pan(dx, dy);
        changedView();
    }

    @Override
    public void wheeled(int x, int y, int count, boolean zoom, boolean horizontal) {
        if (zoom) {
            viewport.zoom(Math.pow(Viewport.STEP, Math.signum(count)), x, y);
        } else if (horizontal) {
            viewport.pan(count * 40, 0);
        } else {
            viewport.pan(0, count * 40);
        }
        changedView();
    }

    @Override
    public void resized(int width, int height) {
        viewport.resize(width, height);
        changedView();
    }

    @Override
    public void key(int keyCode, char character) {
        switch (character) {
            case '+', '=' -> zoomIn();
            case '-' -> zoomOut();
            default -> {
                int dx = keyCode == SWT.ARROW_LEFT ? 60 : keyCode == SWT.ARROW_RIGHT ? -60 : 0;
                int dy = keyCode == SWT.ARROW_UP ? 60 : keyCode == SWT.ARROW_DOWN ? -60
                        : keyCode == SWT.PAGE_UP ? viewport.viewHeight() * 9 / 10
                        : keyCode == SWT.PAGE_DOWN ? -viewport.viewHeight() * 9 / 10 : 0;
                if (dx != 0 || dy != 0) {
                    dragged(dx, dy);
                }
            }
        }
    }

    void fitWidth() {
        viewport.fitWidth();
        changedView();
    }

    void fitPage() {
        viewport.fitPage();
        changedView();
    }

    void zoomIn() {
        viewport.zoomIn();
        changedView();
    }

    void zoomOut() {
        viewport.zoomOut();
        changedView();
    }

    private void changedView() {
        requestImage();
        render();
    }

    private void render() {
        if (!problem.isEmpty()) {
            return;
        }
        if (shown == null) {
            return;
        }
        StringBuilder heading = new StringBuilder();
        place.page().ifPresent(p -> heading.append("Page ").append(p));
        if (place.lineNumber() > 0) {
            heading.append(heading.isEmpty() ? "" : " \u00b7 ").append("line ").append(place.lineNumber());
        }
        shown.url().ifPresent(u -> heading.append(heading.isEmpty() ? "" : " \u00b7 ")
                .append(u.substring(u.lastIndexOf('/') + 1)));
        if (imageSize != null) {
            heading.append(" \u00b7 ").append(Math.round(viewport.scale() * unitsPerImagePixel * 100)).append(" %");
        } else {
            heading.append(" \u00b7 loading\u2026");
        }
        widgets.setHeading(heading.toString());
        if (imageSize != null) {
            widgets.show(viewport, unitsPerImagePixel, shown.originX(), shown.originY(), place.line().orElse(null),
                    hovered);
        }
    }

    // --- for the view's commands and the tests ----------------------------------------------------------------------

    /** Whether a page image is shown (the zoom commands are enabled then). */
    boolean showsPage() {
        return problem.isEmpty() && imageSize != null;
    }

    FacsimilePlace place() {
        return place;
    }

    Viewport viewport() {
        return viewport;
    }

    FacsimileWidgets widgets() {
        return widgets;
    }

    /** The image file of the page shown, once resolved. */
    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** How many decoded pieces arrived so far (the overview of each page, then what zooming and panning asked). */
    int piecesLoaded() {
        return piecesLoaded;
    }

    String problem() {
        return problem;
    }

    private static String describe(Surface surface) {
        return surface.id().isEmpty() ? "at offset " + surface.start() : "#" + surface.id();
    }

    @Override
    public Control control() {
        return widgets.control();
    }

    @Override
    public void setFocus() {
        widgets.canvas().setFocus();
    }

    @Override
    public void dispose() {
        workbench.removeListener(this);
        loader.shutdownNow();
        onDispose.run();
    }
}
