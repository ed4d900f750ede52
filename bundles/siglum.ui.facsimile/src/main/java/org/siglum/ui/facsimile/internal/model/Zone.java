package org.siglum.ui.facsimile.internal.model;

import java.util.List;

/**
 * A region of a page image ({@code tei:zone}), in the coordinates of its surface: a rectangle ({@code ulx uly lrx
 * lry}) or a polygon ({@code points}), whose bounding box is then the rectangle.
 *
 * @param id the zone's xml:id
 * @param type its {@code @type} ({@code line}, {@code word}...), empty if none
 * @param left its bounds: upper left x
 * @param top upper left y
 * @param right lower right x
 * @param bottom lower right y
 * @param points the polygon's corners as x, y pairs, empty for a rectangle
 */
public record Zone(String id, String type, double left, double top, double right, double bottom, List<double[]> points) {

    public Zone {
        points = List.copyOf(points);
    }

    public double width() {
        return right - left;
    }

    public double height() {
        return bottom - top;
    }

    public double area() {
        return Math.max(0, width()) * Math.max(0, height());
    }

    public boolean isPolygon() {
        return points.size() >= 3;
    }

    /** Whether the point lies in the zone (its polygon when it has one, else its rectangle). */
    public boolean contains(double x, double y) {
        if (x < left || x > right || y < top || y > bottom) {
            return false;
        }
        if (!isPolygon()) {
            return true;
        }
        boolean inside = false; // even-odd rule: count the edges a ray to the right crosses
        for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
            double[] a = points.get(i);
            double[] b = points.get(j);
            if ((a[1] > y) != (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
                inside = !inside;
            }
        }
        return inside;
    }
}
