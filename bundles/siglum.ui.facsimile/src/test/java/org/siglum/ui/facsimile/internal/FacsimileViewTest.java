package org.siglum.ui.facsimile.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.core.EditionDocument;
import org.siglum.ui.api.testing.TestWorkbench;
import org.siglum.ui.api.testing.Ui;
import org.siglum.ui.facsimile.internal.model.FacsimileFixture;
import org.siglum.ui.facsimile.internal.model.PageRaster;
import org.siglum.ui.facsimile.internal.model.Viewport;
import org.siglum.ui.facsimile.internal.model.Zone;

/**
 * The Facsimile view with real SWT widgets in the API's test host, on an edition whose pages were drawn at test
 * time: the outline follows the caret, a click on a line moves the caret, zoom and pan, a file without facsimile.
 */
class FacsimileViewTest {

    private static Display display;

    @TempDir
    Path dir;

    private TestWorkbench workbench;
    private FacsimileView view;
    private FacsimileFixture fixture;

    @BeforeAll
    static void createDisplay() {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isEmpty()) {
            fail("These tests drive real widgets and need an X display: run them as `xvfb-run -a mvn verify`.");
        }
        System.setProperty("org.eclipse.swt.internal.SessionManagerDBus.disable", "true");
        display = Display.getDefault();
    }

    private FacsimilePart open(boolean large) throws Exception {
        fixture = FacsimileFixture.write(dir, large);
        workbench = new TestWorkbench();
        view = new FacsimileView();
        view.commands().forEach(workbench::handle);
        workbench.shell().setSize(520, 760);
        workbench.show(view);
        workbench.open(EditionDocument.read(fixture.tei));
        FacsimilePart part = view.part(workbench).orElseThrow();
        Ui.waitUntil(display, part::showsPage, "the first page is shown");
        Ui.flush(display);
        assertThat(part.widgets().bar().button(FacsimileView.ZOOM_IN).orElseThrow().getEnabled())
                .as("the view's zoom buttons are on once the page shows").isTrue();
        return part;
    }

    @AfterEach
    void close() {
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    void theOutlineFollowsTheCaretFromLineToLineAndPageToPage() throws Exception {
        FacsimilePart part = open(false);
        workbench.select(fixture.lineStart("S1L2") + 3, 0);
        assertThat(part.place().line().map(Zone::id)).contains("S1L2");
        assertThat(part.widgets().heading()).startsWith("Page 1 \u00b7 line 2 \u00b7 p001.png");
        Ui.waitUntil(display, () -> redAt(part, zone(part, "S1L2")), "the outline of line 2 is drawn in red");
        assertThat(redAt(part, zone(part, "S1L5"))).isFalse();

        workbench.select(fixture.lineStart("S1L5"), 0);
        Ui.waitUntil(display, () -> redAt(part, zone(part, "S1L5")), "the outline moves to line 5");
        assertThat(redAt(part, zone(part, "S1L2"))).isFalse();

        workbench.select(fixture.lineStart("S2L4") + 1, 0);
        assertThat(part.place().surface().orElseThrow().id()).isEqualTo("S2");
        Ui.waitUntil(display, () -> part.showsPage() && part.file().orElseThrow().endsWith("pages/p002.png"),
                "page 2 is shown");
        Ui.waitUntil(display, () -> redAt(part, zone(part, "S2L4")), "the outline of a polygon on page 2");
    }

    @Test
    void thePageImageIsDrawnWithItsPrintedLinesWhereTheZonesSayAtEveryZoom() throws Exception {
        FacsimilePart part = open(false);
        for (int zoom = 0; zoom < 4; zoom++) {
            Zone line = zone(part, "S1L1");
            Viewport v = part.viewport();
            part.viewport().reveal(line.left(), line.top(), line.right(), line.bottom());
            part.fitWidth(); // back to the top, then zoomed in `zoom` steps about the top left
            for (int i = 0; i < zoom; i++) {
                v.zoom(Viewport.STEP, 0, 0);
            }
            part.dragged(0, 0);
            int loaded = part.piecesLoaded();
            // the printed line shows in its zone, and the margin above the first line is paper (both read from
            // the same drawing, once the pieces asked for at this zoom have arrived)
            Zone margin = new Zone("margin", "", line.left(), 20, line.right(), 60, java.util.List.of());
            double[] last = new double[2];
            int step = zoom;
            Ui.waitUntil(display, () -> {
                if (part.piecesLoaded() < loaded) {
                    return false;
                }
                last[0] = inkIn(part, line);
                last[1] = inkIn(part, margin);
                return last[0] > 0.02 && last[1] < 0.005;
            }, "the printed line 1 in its zone and paper above it at zoom step " + step);
            assertThat(last[0]).isGreaterThan(0.02);
            assertThat(last[1]).isLessThan(0.005);
        }
    }

    @Test
    void aViewShownAfterItsPageArrivedDrawsThePageSharp() throws Exception {
        FacsimilePart part = open(false);
        org.eclipse.swt.graphics.Rectangle area = part.widgets().canvas().getClientArea();
        part.resized(1, 1); // as in a tab not shown yet
        Thread.sleep(300);
        Ui.flush(display);
        part.resized(area.width, area.height);
        Ui.flush(display);
        Zone line = zone(part, "S1L2");
        Ui.waitUntil(display, () -> inkIn(part, line) > 0.02, "the printed line 2 shows");
    }

    @Test
    void aClickOnALineOfTheImagePutsTheCaretAtThatLine() throws Exception {
        FacsimilePart part = open(false);
        Zone line = zone(part, "S1L6");
        Viewport v = part.viewport();
        int x = (int) Math.round(v.viewX((line.left() + line.right()) / 2));
        int y = (int) Math.round(v.viewY((line.top() + line.bottom()) / 2));
        click(part.widgets().canvas(), x, y);
        assertThat(workbench.selection().offset()).isEqualTo(fixture.lineStart("S1L6"));
        assertThat(part.place().line().map(Zone::id)).contains("S1L6");

        // in the margin: no line, the caret stays, the status line says why
        click(part.widgets().canvas(), (int) Math.round(v.viewX(20)), (int) Math.round(v.viewY(20)));
        assertThat(workbench.selection().offset()).isEqualTo(fixture.lineStart("S1L6"));
        assertThat(workbench.messages()).last().asString().contains("No line");

        // a drag pans and moves no caret
        double top = v.top();
        Canvas canvas = part.widgets().canvas();
        send(canvas, SWT.MouseDown, x, y);
        send(canvas, SWT.MouseMove, x, y - 60);
        send(canvas, SWT.MouseUp, x, y - 60);
        assertThat(v.top()).isGreaterThan(top);
        assertThat(workbench.selection().offset()).isEqualTo(fixture.lineStart("S1L6"));
    }

    @Test
    void theZoomCommandsScaleThePageAndZoomingInDecodesOnlyTheVisibleRegionOfALargeScan() throws Exception {
        FacsimilePart part = open(true);
        workbench.select(fixture.lineStart("S3L5"), 0);
        Ui.waitUntil(display, () -> part.showsPage() && part.file().orElseThrow().endsWith("pages/p003.png"),
                "the large page 3 is shown");
        Viewport v = part.viewport();
        double fitted = v.scale();
        assertThat(workbench.execute(FacsimileView.FIT_PAGE)).isTrue();
        assertThat(v.mode()).isEqualTo(Viewport.Mode.FIT_PAGE);
        assertThat(v.shows(0, 0, 3000, 4200)).isTrue();
        assertThat(v.scale()).isLessThan(fitted);
        for (int i = 0; i < 12; i++) {
            workbench.execute(FacsimileView.ZOOM_IN);
        }
        assertThat(v.scale()).isGreaterThan(1); // beyond the scan's own pixels
        // the piece that serves the view as it is now (pieces asked for at the zoom steps passed on the way may
        // arrive first; page 3 is drawn at its declared size, so page units are image pixels)
        java.util.function.Supplier<java.util.Optional<PageRaster>> serving = () -> {
            double[] shown = v.visible();
            return part.widgets().pieces().stream().map(FacsimileWidgets.Piece::raster)
                    .filter(r -> r.step() == 1 && r.covers(shown[0], shown[1], shown[2], shown[3])).findFirst();
        };
        Ui.waitUntil(display, () -> serving.get().isPresent(), "the visible region decoded at full resolution");
        PageRaster detail = serving.get().orElseThrow();
        // a region around the view, not the scan: at most the view's extent at the smallest scale decoded at full
        // resolution (1/2, where a step of 2 begins), twice over for the margin, on the reader's 512-pixel grid
        org.eclipse.swt.graphics.Rectangle area = part.widgets().canvas().getClientArea();
        assertThat(detail.regionWidth() < 3000 || detail.regionHeight() < 4200).as("only a region of the scan")
                .isTrue();
        assertThat(detail.pixels()).isLessThan(3000L * 4200)
                .isLessThanOrEqualTo((4L * area.width + 1024) * (4L * area.height + 1024));
        assertThat(part.widgets().pieces()).hasSizeLessThanOrEqualTo(3);
        // the outline of the caret's line stays in view while zooming about the centre? It was revealed on arrival:
        workbench.execute(FacsimileView.FIT_WIDTH);
        assertThat(v.mode()).isEqualTo(Viewport.Mode.FIT_WIDTH);
        assertThat(v.scale()).isEqualTo(fitted);
    }

    @Test
    void anEditionWithoutFacsimileIsSaidSoAndTheZoomCommandsAreOff() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.xml"), """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
                <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
                <text><body><p><pb n="1"/>text</p></body></text></TEI>
                """);
        workbench = new TestWorkbench();
        view = new FacsimileView();
        view.commands().forEach(workbench::handle);
        workbench.show(view);
        workbench.open(EditionDocument.read(plain));
        FacsimilePart part = view.part(workbench).orElseThrow();
        assertThat(part.widgets().message()).contains("has no facsimile");
        assertThat(workbench.isEnabled(FacsimileView.ZOOM_IN)).isFalse();
        assertThat(part.widgets().bar().button(FacsimileView.FIT_PAGE).orElseThrow().getEnabled()).isFalse();
        workbench.open(null);
        assertThat(part.widgets().message()).contains("No edition is open");
    }

    @Test
    void aMissingPageImageIsNamedAndTheOtherPagesStillShow() throws Exception {
        FacsimilePart part = open(false);
        Files.delete(dir.resolve("pages/p002.png"));
        workbench.select(fixture.lineStart("S2L1"), 0);
        Ui.waitUntil(display, () -> !part.problem().isEmpty(), "the missing image is reported");
        assertThat(part.widgets().message()).contains("p002.png").contains("no such image file");
        workbench.select(fixture.lineStart("S1L1"), 0);
        Ui.waitUntil(display, part::showsPage, "page 1 shows again");
        assertThat(part.widgets().message()).isEmpty();
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static Zone zone(FacsimilePart part, String id) {
        return part.place().surface().orElseThrow().zone(id).orElseThrow();
    }

    /** Whether the canvas shows the outline's red on the zone's top edge, half-way along (read from the screen). */
    private static boolean redAt(FacsimilePart part, Zone zone) {
        Ui.flush(display);
        Canvas canvas = part.widgets().canvas();
        int[] xy = part.widgets().outline(zone);
        int x = (xy[0] + xy[2]) / 2;
        int y = (xy[1] + xy[3]) / 2;
        Image shot = new Image(display, canvas.getSize().x, canvas.getSize().y);
        GC gc = new GC(canvas);
        try {
            gc.copyArea(shot, 0, 0);
        } finally {
            gc.dispose();
        }
        try {
            ImageData data = shot.getImageData();
            for (int dy = -1; dy <= 1; dy++) {
                int py = Math.max(0, Math.min(data.height - 1, y + dy));
                RGB rgb = data.palette.getRGB(data.getPixel(Math.max(0, Math.min(data.width - 1, x)), py));
                if (rgb.red > 170 && rgb.green < 90 && rgb.blue < 90) {
                    return true;
                }
            }
            return false;
        } finally {
            shot.dispose();
        }
    }

    /** The share of dark pixels on the canvas inside the zone's box (the printed text and its rule). */
    private static double inkIn(FacsimilePart part, Zone zone) {
        Ui.flush(display);
        Canvas canvas = part.widgets().canvas();
        int[] xy = part.widgets().outline(new Zone("box", "", zone.left(), zone.top(), zone.right(), zone.bottom(),
                java.util.List.of()));
        Image shot = new Image(display, canvas.getSize().x, canvas.getSize().y);
        GC gc = new GC(canvas);
        try {
            gc.copyArea(shot, 0, 0);
            ImageData data = shot.getImageData();
            int dark = 0;
            int all = 0;
            for (int y = Math.max(0, xy[1]); y < Math.min(data.height, xy[5]); y++) {
                for (int x = Math.max(0, xy[0]); x < Math.min(data.width, xy[2]); x++) {
                    RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                    all++;
                    if (rgb.red + rgb.green + rgb.blue < 300) {
                        dark++;
                    }
                }
            }
            return all == 0 ? 0 : (double) dark / all;
        } finally {
            gc.dispose();
            shot.dispose();
        }
    }

    private static void click(Canvas canvas, int x, int y) {
        send(canvas, SWT.MouseDown, x, y);
        send(canvas, SWT.MouseUp, x, y);
        Ui.flush(display);
    }

    private static void send(Canvas canvas, int type, int x, int y) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = 1;
        canvas.notifyListeners(type, event);
    }
}
