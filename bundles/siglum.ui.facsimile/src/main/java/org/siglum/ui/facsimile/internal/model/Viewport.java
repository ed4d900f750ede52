package org.siglum.ui.facsimile.internal.model;

/**
 * The arithmetic of showing a page in a view: how large (the scale, view pixels per unit of the page's coordinate
 * space) and which part (the page point at the view's upper left corner). Fit width and fit page follow the view's
 * size until the person zooms or pans; zooming keeps the point under the pointer where it is; panning keeps some of
 * the page in view; a page smaller than the view is centred. Free of SWT: the view only draws what this says.
 */
public final class Viewport {

    /** How the scale is chosen: to the view's width, to the whole page, or by the person. */
    public enum Mode { FIT_WIDTH, FIT_PAGE, FREE }

    /** Each zoom step multiplies or divides the scale by this. */
    public static final double STEP = 1.25;
    /** The page's margin in the view, in view pixels, when fitted. */
    public static final int MARGIN = 8;

    private double pageWidth = 1;
    private double pageHeight = 1;
    private int viewWidth = 1;
    private int viewHeight = 1;
    private double scale = 1;
    private double left;
    private double top;
    private Mode mode = Mode.FIT_WIDTH;

    /** A new page (its coordinate space's size): fitted as the mode says, at its top. */
    public void page(double width, double height) {
        pageWidth = Math.max(1, width);
        pageHeight = Math.max(1, height);
        if (mode == Mode.FREE) {
            mode = Mode.FIT_WIDTH;
        }
        top = Double.NEGATIVE_INFINITY; // clamped to the page's top
        refit();
    }

    /** The view's size changed: a fitted page is fitted again. */
    public void resize(int width, int height) {
        viewWidth = Math.max(1, width);
        viewHeight = Math.max(1, height);
        refit();
    }

    public void fitWidth() {
        mode = Mode.FIT_WIDTH;
        refit();
    }

    public void fitPage() {
        mode = Mode.FIT_PAGE;
        refit();
    }

    /** Zooms in one step about the view's centre. */
    public void zoomIn() {
        zoom(STEP, viewWidth / 2.0, viewHeight / 2.0);
    }

    public void zoomOut() {
        zoom(1 / STEP, viewWidth / 2.0, viewHeight / 2.0);
    }

    /** Multiplies the scale by {@code factor}, keeping the page point under the view point (x, y) where it is. */
    public void zoom(double factor, double x, double y) {
        double pageX = pageX(x);
        double pageY = pageY(y);
        scale = clampScale(scale * factor);
        mode = Mode.FREE;
        left = pageX - x / scale;
        top = pageY - y / scale;
        clamp();
    }

    /** Moves the page by (dx, dy) view pixels, as when dragged. */
    public void pan(double dx, double dy) {
        left -= dx / scale;
        top -= dy / scale;
        clamp();
    }

    /**
     * Scrolls the least needed to show a rectangle of the page (a line), with a margin; one larger than the view is
     * shown from its upper left. Does nothing when it is in view already.
     */
    public void reveal(double x0, double y0, double x1, double y1) {
        double margin = 3 * MARGIN / scale;
        double visibleW = viewWidth / scale;
        double visibleH = viewHeight / scale;
        if (x0 - margin < left || x1 + margin > left + visibleW) {
            left = x1 - x0 + 2 * margin > visibleW ? x0 - margin : (x0 + x1) / 2 - visibleW / 2;
        }
        if (y0 - margin < top || y1 + margin > top + visibleH) {
            top = y1 - y0 + 2 * margin > visibleH ? y0 - margin : (y0 + y1) / 2 - visibleH / 2;
        }
        clamp();
    }

    /** Whether the rectangle of the page is wholly in view. */
    public boolean shows(double x0, double y0, double x1, double y1) {
        return x0 >= left && y0 >= top && x1 <= left + viewWidth / scale && y1 <= top + viewHeight / scale;
    }

    /** The page x of a view x. */
    public double pageX(double viewX) {
        return left + viewX / scale;
    }

    public double pageY(double viewY) {
        return top + viewY / scale;
    }

    /** The view x of a page x. */
    public double viewX(double pageX) {
        return (pageX - left) * scale;
    }

    public double viewY(double pageY) {
        return (pageY - top) * scale;
    }

    public double scale() {
        return scale;
    }

    public Mode mode() {
        return mode;
    }

    /** The page's coordinates at the view's upper left corner. */
    public double left() {
        return left;
    }

    public double top() {
        return top;
    }

    public double pageWidth() {
        return pageWidth;
    }

    public double pageHeight() {
        return pageHeight;
    }

    public int viewWidth() {
        return viewWidth;
    }

    public int viewHeight() {
        return viewHeight;
    }

    /** The visible part of the page, in page coordinates: x0, y0, x1, y1 (cut to the page). */
    public double[] visible() {
        return new double[] {Math.max(0, left), Math.max(0, top), Math.min(pageWidth, left + viewWidth / scale),
                Math.min(pageHeight, top + viewHeight / scale)};
    }

    private void refit() {
        double width = Math.max(1, viewWidth - 2.0 * MARGIN);
        double height = Math.max(1, viewHeight - 2.0 * MARGIN);
        switch (mode) {
            case FIT_WIDTH -> {
                double keep = pageY(0);
                scale = clampScale(width / pageWidth);
                top = Double.isFinite(keep) ? keep : Double.NEGATIVE_INFINITY;
            }
            case FIT_PAGE -> scale = clampScale(Math.min(width / pageWidth, height / pageHeight));
            case FREE -> {
                return;
            }
        }
        clamp();
    }

    private double clampScale(double s) {
        // from a page a tenth of the view's width up to 8 view pixels per unit of the page
        double least = Math.min(1, 0.1 * viewWidth / pageWidth);
        return Math.max(least, Math.min(8, s));
    }

    /** A page smaller than the view is centred; a larger one may not leave more than a margin free. */
    private void clamp() {
        double visibleW = viewWidth / scale;
        double visibleH = viewHeight / scale;
        double margin = MARGIN / scale;
        left = clampAxis(left, visibleW, pageWidth, margin);
        top = clampAxis(top, visibleH, pageHeight, margin);
    }

    private static double clampAxis(double start, double visible, double extent, double margin) {
        if (extent + 2 * margin <= visible) {
            return (extent - visible) / 2;
        }
        if (Double.isNaN(start) || start < -margin) {
            return -margin;
        }
        return Math.min(start, extent + margin - visible);
    }
}
