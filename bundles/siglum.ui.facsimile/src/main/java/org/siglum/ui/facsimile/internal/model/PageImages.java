package org.siglum.ui.facsimile.internal.model;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Page images decoded at the size they are shown, never whole at full resolution unless shown so: ImageIO reads a
 * scan with subsampling (every n-th pixel of every n-th row, so a 2480 x 3508 scan shown 600 pixels wide costs a
 * 620 x 877 raster) and, when zoomed in, only the region around what is visible. What was decoded is kept in a small
 * cache bounded by pixels, least recently used first out. Thread-safe; meant for a background thread (decoding a scan
 * takes tens of milliseconds to seconds). Uses ImageIO's readers only, no AWT toolkit (no window of AWT's is made).
 */
public final class PageImages {

    /** An image's size in pixels, read from its header. */
    public record Size(int width, int height) {
    }

    private record Key(Path file, int x, int y, int w, int h, int step) {
    }

    private final long budget;
    private final Map<Path, Size> sizes = new LinkedHashMap<>();
    private final LinkedHashMap<Key, PageRaster> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long cached;
    private int decoded;

    /** @param budget how many pixels the cache may hold (4 bytes each) */
    public PageImages(long budget) {
        this.budget = budget;
    }

    /** The image's size from its header, without decoding its pixels. */
    public synchronized Size size(Path file) throws IOException {
        Size size = sizes.get(file);
        if (size == null) {
            ImageReader reader = null;
            try (ImageInputStream in = open(file)) {
                reader = reader(in, file);
                size = new Size(reader.getWidth(0), reader.getHeight(0));
            } finally {
                if (reader != null) {
                    reader.dispose();
                }
            }
            sizes.put(file, size);
        }
        return size;
    }

    /**
     * The subsampling for showing an image at {@code viewPixelsPerImagePixel}: the largest step that still gives at
     * least one raster pixel per view pixel (so scaling down on screen, never up), 1 when zoomed in beyond full size.
     */
    public static int step(double viewPixelsPerImagePixel) {
        if (!(viewPixelsPerImagePixel > 0) || viewPixelsPerImagePixel >= 1) {
            return 1;
        }
        return Math.max(1, (int) Math.floor(1 / viewPixelsPerImagePixel));
    }

    /**
     * The region of an image (in its pixels; cut to the image) decoded at a step, from the cache when it is there.
     * Regions are aligned to a grid of 512 pixels, so that small pans ask for the same region again.
     */
    public PageRaster read(Path file, int x0, int y0, int x1, int y1, int step) throws IOException {
        Size size = size(file);
        int grid = 512;
        int x = Math.max(0, Math.floorDiv(x0, grid) * grid);
        int y = Math.max(0, Math.floorDiv(y0, grid) * grid);
        int right = Math.min(size.width(), (Math.floorDiv(x1 - 1, grid) + 1) * grid);
        int bottom = Math.min(size.height(), (Math.floorDiv(y1 - 1, grid) + 1) * grid);
        if (right <= x || bottom <= y) {
            throw new IOException(file + ": the region " + x0 + "," + y0 + "-" + x1 + "," + y1 + " is outside the "
                    + size.width() + " x " + size.height() + " image");
        }
        Key key = new Key(file, x, y, right - x, bottom - y, Math.max(1, step));
        synchronized (this) {
            PageRaster hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        PageRaster raster = decode(file, key);
        synchronized (this) {
            decoded++;
            if (cache.putIfAbsent(key, raster) == null) {
                cached += raster.pixels();
                Iterator<Map.Entry<Key, PageRaster>> eldest = cache.entrySet().iterator();
                while (cached > budget && cache.size() > 1 && eldest.hasNext()) {
                    PageRaster out = eldest.next().getValue();
                    eldest.remove();
                    cached -= out.pixels();
                }
            }
        }
        return raster;
    }

    /** The whole image at a step. */
    public PageRaster read(Path file, int step) throws IOException {
        Size size = size(file);
        return read(file, 0, 0, size.width(), size.height(), step);
    }

    /** How many pixels the cache holds now. */
    public synchronized long cachedPixels() {
        return cached;
    }

    /** How many rasters were decoded (not taken from the cache) so far. */
    public synchronized int decodedCount() {
        return decoded;
    }

    private static PageRaster decode(Path file, Key key) throws IOException {
        ImageReader reader = null;
        try (ImageInputStream in = open(file)) {
            reader = reader(in, file);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceRegion(new Rectangle(key.x(), key.y(), key.w(), key.h()));
            param.setSourceSubsampling(key.step(), key.step(), 0, 0);
            BufferedImage image = reader.read(0, param);
            int w = image.getWidth();
            int h = image.getHeight();
            int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
            for (int i = 0; i < rgb.length; i++) {
                int argb = rgb[i];
                int alpha = argb >>> 24;
                if (alpha != 0xFF) { // transparent parts of a page show as paper, white
                    int r = ((argb >> 16 & 0xFF) * alpha + 0xFF * (255 - alpha)) / 255;
                    int g = ((argb >> 8 & 0xFF) * alpha + 0xFF * (255 - alpha)) / 255;
                    int b = ((argb & 0xFF) * alpha + 0xFF * (255 - alpha)) / 255;
                    argb = r << 16 | g << 8 | b;
                }
                rgb[i] = argb & 0xFFFFFF;
            }
            return new PageRaster(key.x(), key.y(), key.w(), key.h(), key.step(), w, h, rgb);
        } catch (RuntimeException e) {
            // ImageIO's readers throw unchecked exceptions on damaged files: one message for all
            throw new IOException(file + ": cannot decode the image: " + e.getMessage(), e);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    private static ImageInputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such image file");
        }
        ImageInputStream in = ImageIO.createImageInputStream(file.toFile());
        if (in == null) {
            throw new IOException(file + ": cannot be read as an image");
        }
        return in;
    }

    private static ImageReader reader(ImageInputStream in, Path file) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new IOException(file + ": not an image format Siglum reads (PNG, JPEG, GIF, BMP, TIFF)");
        }
        ImageReader reader = readers.next();
        reader.setInput(in, true, true);
        return reader;
    }
}
