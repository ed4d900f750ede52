package org.siglum.ui.facsimile.internal.model;

/**
 * A decoded part of a page image, at a subsampling: pixel (i, j) of the raster is pixel ({@code x + i * step},
 * {@code y + j * step}) of the image. Pixels are 0xRRGGBB, row by row.
 *
 * @param x the region's left in image pixels
 * @param y its top
 * @param regionWidth its width in image pixels
 * @param regionHeight its height in image pixels
 * @param step the subsampling: 1 is every pixel, 4 every fourth in each direction
 * @param width the raster's width in pixels
 * @param height its height
 * @param rgb the pixels
 */
public record PageRaster(int x, int y, int regionWidth, int regionHeight, int step, int width, int height, int[] rgb) {

    /** Whether the raster holds the image region (x0, y0)-(x1, y1), in image pixels. */
    public boolean covers(double x0, double y0, double x1, double y1) {
        return x0 >= x && y0 >= y && x1 <= x + regionWidth && y1 <= y + regionHeight;
    }

    public long pixels() {
        return (long) width * height;
    }
}
