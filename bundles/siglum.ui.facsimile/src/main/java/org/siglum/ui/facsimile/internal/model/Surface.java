package org.siglum.ui.facsimile.internal.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A page of the facsimile ({@code tei:surface}, or a {@code tei:graphic} right under {@code facsimile}): its image
 * and its zones. Zone coordinates are in the graphic's pixel space: {@code graphic/@width} and {@code @height} when
 * given in pixels, else the surface's {@code lrx}/{@code lry}, else the image's own size.
 *
 * @param id the surface's xml:id (or the graphic's)
 * @param url the graphic's {@code @url} as written (relative to the TEI file), empty when the surface has no graphic
 * @param declaredWidth the coordinate space's width if the TEI says it
 * @param declaredHeight its height if the TEI says it
 * @param originX the coordinate space's left ({@code surface/@ulx}, else 0)
 * @param originY its top ({@code surface/@uly}, else 0)
 * @param zones the zones on the surface, nested ones included, in document order
 * @param start where the surface element starts in the source (for messages)
 */
public record Surface(String id, Optional<String> url, OptionalDouble declaredWidth, OptionalDouble declaredHeight,
        double originX, double originY, List<Zone> zones, int start) {

    public Surface {
        zones = List.copyOf(zones);
    }

    public Optional<Zone> zone(String zoneId) {
        return zones.stream().filter(z -> z.id().equals(zoneId)).findFirst();
    }

    /**
     * The coordinate space's size, given the image's size in pixels: what the TEI declares, else the image's.
     *
     * @return width and height
     */
    public double[] space(int imageWidth, int imageHeight) {
        return new double[] {declaredWidth.orElse(imageWidth), declaredHeight.orElse(imageHeight)};
    }
}
