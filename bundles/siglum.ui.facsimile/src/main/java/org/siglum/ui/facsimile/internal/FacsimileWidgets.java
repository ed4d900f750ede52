package org.siglum.ui.facsimile.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.siglum.ui.api.CommandBar;
import org.siglum.ui.facsimile.internal.model.PageRaster;
import org.siglum.ui.facsimile.internal.model.Viewport;
import org.siglum.ui.facsimile.internal.model.Zone;

/**
 * The Facsimile view's widgets, showing what they are given: a line saying which page and line, the view's command
 * bar, and a canvas with the page image (the decoded pieces, each drawn where the viewport puts it), the current
 * line's zone outlined in red and the zone under the pointer in blue, or a message. The pointer's gestures go to the
 * {@link Gestures} given.
 */
final class FacsimileWidgets {

    /** What the person does on the canvas. */
    interface Gestures {
        /** A click (press and release without dragging) at a view point. */
        void clicked(int x, int y);

        /** The pointer rests at a view point (no button pressed). */
        void hovered(int x, int y);

        /** A drag by (dx, dy) view pixels. */
        void dragged(int dx, int dy);

        /** The wheel turned {@code count} notches at a view point; {@code zoom} when Ctrl is held. */
        void wheeled(int x, int y, int count, boolean zoom, boolean horizontal);

        /** The canvas got a new size. */
        void resized(int width, int height);

        /** A key on the canvas: '+', '-', or an arrow (SWT key code). */
        void key(int keyCode, char character);
    }

    /** A piece of the page decoded and made an SWT image, with the raster it came from. */
    record Piece(Image image, PageRaster raster) {
    }

    private final Composite root;
    private final Label heading;
    private final CommandBar bar;
    private final Canvas canvas;
    private final Color outline;
    private final Color hover;
    private final Color background;
    private final List<Piece> pieces = new ArrayList<>();
    private Viewport viewport;
    private double unitsPerImagePixel = 1;
    private double originX;
    private double originY;
    private Zone current;
    private Zone hovered;
    private String message = "";

    FacsimileWidgets(Composite parent, Gestures gestures, Function<Composite, CommandBar> commandBar) {
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 2;
        layout.marginHeight = 2;
        layout.verticalSpacing = 2;
        root.setLayout(layout);
        // the bar, then the line saying where: a narrow view (its place beside the editor) keeps both whole
        bar = commandBar.apply(root);
        bar.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        heading = new Label(root, SWT.NONE);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        canvas = new Canvas(root, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        outline = new Color(root.getDisplay(), 215, 25, 32);
        hover = new Color(root.getDisplay(), 30, 100, 220);
        background = new Color(root.getDisplay(), 96, 96, 96);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> {
            Rectangle area = canvas.getClientArea();
            gestures.resized(area.width, area.height);
        });
        Point[] pressed = {null};
        boolean[] dragging = {false};
        canvas.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                pressed[0] = new Point(e.x, e.y);
                dragging[0] = false;
                canvas.setFocus();
            }
        });
        canvas.addListener(SWT.MouseMove, e -> {
            if (pressed[0] == null) {
                gestures.hovered(e.x, e.y);
                return;
            }
            if (!dragging[0] && Math.abs(e.x - pressed[0].x) + Math.abs(e.y - pressed[0].y) > 4) {
                dragging[0] = true;
                canvas.setCursor(canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
            }
            if (dragging[0]) {
                gestures.dragged(e.x - pressed[0].x, e.y - pressed[0].y);
                pressed[0] = new Point(e.x, e.y);
            }
        });
        canvas.addListener(SWT.MouseUp, e -> {
            if (e.button != 1 || pressed[0] == null) {
                return;
            }
            if (!dragging[0]) {
                gestures.clicked(e.x, e.y);
            }
            pressed[0] = null;
            dragging[0] = false;
            canvas.setCursor(null);
        });
        canvas.addListener(SWT.MouseVerticalWheel, e -> {
            gestures.wheeled(e.x, e.y, e.count, (e.stateMask & SWT.MOD1) != 0, false);
            e.doit = false;
        });
        canvas.addListener(SWT.MouseHorizontalWheel, e -> {
            gestures.wheeled(e.x, e.y, e.count, false, true);
            e.doit = false;
        });
        canvas.addListener(SWT.KeyDown, e -> gestures.key(e.keyCode, e.character));
        canvas.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ARROW_NEXT || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
                e.doit = false; // arrows pan the page instead of moving the focus
            }
        });
        root.addListener(SWT.Dispose, e -> clearPieces());
    }

    Control control() {
        return root;
    }

    Canvas canvas() {
        return canvas;
    }

    /** Asks the bar's commands again whether they are enabled (the view's state changed without a window event). */
    void updateCommands() {
        bar.update();
    }

    CommandBar bar() {
        return bar;
    }

    String heading() {
        return heading.getText();
    }

    String message() {
        return message;
    }

    void setHeading(String text) {
        if (!heading.getText().equals(text)) {
            heading.setText(text);
            root.layout(new Control[] {heading});
        }
    }

    /** Shows a message instead of a page (no facsimile, a missing image), or the page again with {@code ""}. */
    void setMessage(String text) {
        message = text;
        canvas.redraw();
    }

    /**
     * What to draw: the viewport, the page's units per image pixel, where the surface's coordinates start (its ulx,
     * uly: zones are drawn that much to the upper left), the current and the hovered zone.
     */
    void show(Viewport viewport, double unitsPerImagePixel, double originX, double originY, Zone current,
            Zone hovered) {
        this.viewport = viewport;
        this.originX = originX;
        this.originY = originY;
        this.unitsPerImagePixel = unitsPerImagePixel;
        this.current = current;
        this.hovered = hovered;
        canvas.redraw();
    }

    /**
     * Adds a decoded piece, drawn over those before it; beyond {@code keep} pieces the oldest after the first (the
     * page's overview, kept to show at once wherever the person pans) is disposed.
     */
    void addPiece(Piece piece, int keep) {
        pieces.add(piece);
        while (pieces.size() > Math.max(1, keep)) {
            pieces.remove(pieces.size() > 2 ? 1 : 0).image().dispose();
        }
        canvas.redraw();
    }

    List<Piece> pieces() {
        return pieces;
    }

    void clearPieces() {
        pieces.forEach(p -> p.image().dispose());
        pieces.clear();
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /** The zone's outline in view coordinates (x, y pairs), as drawn. */
    int[] outline(Zone zone) {
        if (zone.isPolygon()) {
            int[] xy = new int[zone.points().size() * 2];
            for (int i = 0; i < zone.points().size(); i++) {
                xy[2 * i] = (int) Math.round(viewport.viewX(zone.points().get(i)[0] - originX));
                xy[2 * i + 1] = (int) Math.round(viewport.viewY(zone.points().get(i)[1] - originY));
            }
            return xy;
        }
        int x0 = (int) Math.round(viewport.viewX(zone.left() - originX));
        int y0 = (int) Math.round(viewport.viewY(zone.top() - originY));
        int x1 = (int) Math.round(viewport.viewX(zone.right() - originX));
        int y1 = (int) Math.round(viewport.viewY(zone.bottom() - originY));
        return new int[] {x0, y0, x1, y0, x1, y1, x0, y1};
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = canvas.getClientArea();
        gc.setBackground(background);
        gc.fillRectangle(area);
        if (!message.isEmpty() || viewport == null) {
            drawMessage(gc, area, message);
            return;
        }
        int px0 = (int) Math.round(viewport.viewX(0));
        int py0 = (int) Math.round(viewport.viewY(0));
        int px1 = (int) Math.round(viewport.viewX(viewport.pageWidth()));
        int py1 = (int) Math.round(viewport.viewY(viewport.pageHeight()));
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(px0, py0, px1 - px0, py1 - py0); // paper, until the image is decoded
        gc.setInterpolation(SWT.HIGH);
        // coarse pieces first, the finest last: a rough piece must never cover a sharper one
        List<Piece> order = new ArrayList<>(pieces);
        order.sort((a, b) -> Integer.compare(b.raster().step(), a.raster().step()));
        for (Piece piece : order) {
            PageRaster r = piece.raster();
            int dx0 = (int) Math.round(viewport.viewX(r.x() * unitsPerImagePixel));
            int dy0 = (int) Math.round(viewport.viewY(r.y() * unitsPerImagePixel));
            int dx1 = (int) Math.round(viewport.viewX((r.x() + r.regionWidth()) * unitsPerImagePixel));
            int dy1 = (int) Math.round(viewport.viewY((r.y() + r.regionHeight()) * unitsPerImagePixel));
            Rectangle bounds = piece.image().getBounds();
            gc.drawImage(piece.image(), 0, 0, bounds.width, bounds.height, dx0, dy0, dx1 - dx0, dy1 - dy0);
        }
        if (pieces.isEmpty()) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText("\u2026", px0 + 10, py0 + 10, true);
        }
        gc.setAntialias(SWT.ON);
        if (hovered != null && hovered != current) {
            gc.setForeground(hover);
            gc.setLineWidth(1);
            gc.drawPolygon(outline(hovered));
        }
        if (current != null) {
            int[] xy = outline(current);
            gc.setBackground(outline);
            gc.setAlpha(40);
            gc.fillPolygon(xy);
            gc.setAlpha(255);
            gc.setForeground(outline);
            gc.setLineWidth(2);
            gc.drawPolygon(xy);
        }
    }

    private void drawMessage(GC gc, Rectangle area, String text) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        int y = 16;
        for (String line : wrap(gc, text, Math.max(80, area.width - 32))) {
            gc.drawText(line, 16, y, true);
            y += gc.getFontMetrics().getHeight() + 2;
        }
    }

    private static List<String> wrap(GC gc, String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && gc.textExtent(candidate).x > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
