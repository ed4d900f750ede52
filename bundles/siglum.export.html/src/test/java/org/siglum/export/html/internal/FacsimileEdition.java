package org.siglum.export.html.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Test material: an edition with a facsimile in the project's TEI convention (surface, graphic with its pixel size,
 * a line zone per printed line, pb/@facs and lb/@facs), its pages drawn at test time with Java2D: page 1 in
 * {@code pages/} beside the edition with rectangles, page 2 in a folder outside it ({@code ../scans/}) with polygons
 * and drawn at half the size its graphic declares.
 */
final class FacsimileEdition {

    static final int LINES = 6;

    private FacsimileEdition() {
    }

    /** Writes {@code dir/edition/edition.xml}, {@code dir/edition/pages/p001.png} and {@code dir/scans/p002.png}. */
    static Path write(Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path folder = Files.createDirectories(dir.resolve("edition"));
        Files.createDirectories(folder.resolve("pages"));
        Files.createDirectories(dir.resolve("scans"));
        StringBuilder zones1 = new StringBuilder();
        StringBuilder zones2 = new StringBuilder();
        StringBuilder text1 = new StringBuilder();
        StringBuilder text2 = new StringBuilder();
        draw(folder.resolve("pages/p001.png"), 1200, 1700, 1.0, 1, zones1, text1, false);
        draw(dir.resolve("scans/p002.png"), 1200, 1700, 0.5, 2, zones2, text2, true);
        String tei = """
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
                  <teiHeader><fileDesc><titleStmt><title>Pages beside the text</title></titleStmt>
                    <publicationStmt><p>test material</p></publicationStmt><sourceDesc><p>drawn</p></sourceDesc>
                  </fileDesc></teiHeader>
                  <facsimile>
                    <surface xml:id="S1" ulx="0" uly="0" lrx="1200" lry="1700">
                      <graphic url="pages/p001.png" width="1200px" height="1700px"/>
                %s    </surface>
                    <surface xml:id="S2" ulx="0" uly="0" lrx="1200" lry="1700">
                      <graphic url="../scans/p002.png" width="1200px" height="1700px"/>
                %s    </surface>
                  </facsimile>
                  <text><body>
                    <p><pb n="1" facs="#S1"/>%s</p>
                    <p><pb n="2" facs="#S2"/>%s</p>
                  </body></text>
                </TEI>
                """.formatted(zones1, zones2, text1, text2);
        return Files.writeString(folder.resolve("edition.xml"), tei);
    }

    private static void draw(Path file, int width, int height, double drawn, int page, StringBuilder zones,
            StringBuilder text, boolean polygons) throws IOException {
        int w = (int) (width * drawn);
        int h = (int) (height * drawn);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xF4EFE3));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x222222));
        g.setFont(new Font(Font.SERIF, Font.PLAIN, (int) (44 * drawn)));
        for (int i = 1; i <= LINES; i++) {
            String words = "Page " + page + ", line " + i + ": the printed words";
            int left = 120;
            int top = 150 + i * 110;
            int right = 1080;
            int bottom = top + 70;
            g.drawString(words, (int) (left * drawn), (int) ((bottom - 15) * drawn));
            String id = "S" + page + "L" + i;
            zones.append("      <zone xml:id=\"").append(id).append("\" type=\"line\" ulx=\"").append(left)
                    .append("\" uly=\"").append(top).append("\" lrx=\"").append(right).append("\" lry=\"")
                    .append(bottom).append('"');
            if (polygons) {
                zones.append(" points=\"").append(left).append(',').append(top + 10).append(' ').append(right)
                        .append(',').append(top).append(' ').append(right).append(',').append(bottom - 10)
                        .append(' ').append(left).append(',').append(bottom).append('"');
            }
            zones.append("/>\n");
            text.append("\n        <lb facs=\"#").append(id).append("\"/>").append(words);
            if (i == 3) {
                text.append(" <hi rend=\"italic\">in italics</hi> and on");
            }
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
