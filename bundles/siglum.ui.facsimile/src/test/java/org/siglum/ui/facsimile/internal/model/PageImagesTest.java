package org.siglum.ui.facsimile.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding a scan at the shown size, by region, with a cache bounded by pixels. */
class PageImagesTest {

    @TempDir
    static Path dir;
    static Path scan;
    static BufferedImage original;

    @BeforeAll
    static void aScan() throws IOException {
        System.setProperty("java.awt.headless", "true");
        original = new BufferedImage(2480, 3508, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < original.getHeight(); y++) {
            for (int x = 0; x < original.getWidth(); x++) {
                original.setRGB(x, y, (x * 7 & 0xFF) << 16 | (y * 3 & 0xFF) << 8 | (x ^ y) & 0xFF);
            }
        }
        scan = dir.resolve("scan.png");
        ImageIO.write(original, "png", scan.toFile());
    }

    @Test
    void theStepIsTheLargestThatStillGivesAPixelPerViewPixel() {
        assertThat(PageImages.step(1.0)).isEqualTo(1);
        assertThat(PageImages.step(3.0)).isEqualTo(1);
        assertThat(PageImages.step(0.5)).isEqualTo(2);
        assertThat(PageImages.step(0.24)).isEqualTo(4);
        assertThat(PageImages.step(600.0 / 2480)).isEqualTo(4);
    }

    @Test
    void aScanShownSmallIsDecodedSubsampledNotWhole() throws IOException {
        PageImages images = new PageImages(10_000_000);
        assertThat(images.size(scan)).isEqualTo(new PageImages.Size(2480, 3508));
        PageRaster raster = images.read(scan, 4);
        assertThat(raster.width()).isEqualTo(620);
        assertThat(raster.height()).isEqualTo(877);
        assertThat(raster.pixels()).isLessThan(2480L * 3508 / 15);
        for (int[] p : new int[][] {{0, 0}, {100, 200}, {619, 876}, {333, 444}}) {
            assertThat(raster.rgb()[p[1] * raster.width() + p[0]])
                    .isEqualTo(original.getRGB(p[0] * 4, p[1] * 4) & 0xFFFFFF);
        }
    }

    @Test
    void aRegionIsDecodedAlignedToItsGridAndOnlyThat() throws IOException {
        PageImages images = new PageImages(10_000_000);
        PageRaster raster = images.read(scan, 700, 1300, 1200, 1700, 1);
        assertThat(raster.x()).isEqualTo(512);
        assertThat(raster.y()).isEqualTo(1024);
        assertThat(raster.covers(700, 1300, 1200, 1700)).isTrue();
        assertThat(raster.width()).isEqualTo(1024);
        assertThat(raster.height()).isEqualTo(1024);
        assertThat(raster.rgb()[5 * raster.width() + 7]).isEqualTo(original.getRGB(512 + 7, 1024 + 5) & 0xFFFFFF);
        // the edge of the image cuts the last cell
        PageRaster corner = images.read(scan, 2400, 3400, 2480, 3508, 1);
        assertThat(corner.x() + corner.regionWidth()).isEqualTo(2480);
        assertThat(corner.y() + corner.regionHeight()).isEqualTo(3508);
    }

    @Test
    void whatWasDecodedComesFromTheCacheAndTheCacheKeepsItsBudget() throws IOException {
        PageImages images = new PageImages(1_500_000);
        images.read(scan, 4);
        images.read(scan, 4);
        assertThat(images.decodedCount()).isEqualTo(1);
        images.read(scan, 800, 800, 900, 900, 1); // a small pan inside the same cell: the same region
        images.read(scan, 850, 850, 950, 950, 1);
        assertThat(images.decodedCount()).isEqualTo(2);
        images.read(scan, 2); // 1240 x 1754: over the budget with the others, which go first
        assertThat(images.cachedPixels()).isLessThanOrEqualTo(1240L * 1754);
        images.read(scan, 4);
        assertThat(images.decodedCount()).isEqualTo(4);
    }

    @Test
    void aMissingOrDamagedFileIsAnErrorNamingIt() throws IOException {
        PageImages images = new PageImages(1_000_000);
        assertThatThrownBy(() -> images.read(dir.resolve("none.png"), 1)).isInstanceOf(IOException.class)
                .hasMessageContaining("none.png").hasMessageContaining("no such image file");
        Path text = Files.writeString(dir.resolve("page.png"), "not an image");
        assertThatThrownBy(() -> images.read(text, 1)).isInstanceOf(IOException.class)
                .hasMessageContaining("page.png");
    }
}
