package org.siglum.ui.facsimile.internal.model;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Test material made at test time: page images drawn with Java2D (lines of text at known places) and a TEI edition
 * whose facsimile describes them in the project's convention: {@code surface/graphic} with the graphic's pixel size,
 * a {@code zone type="line"} per line, {@code pb/@facs} and {@code lb/@facs} in the text. Page 1 is drawn at half the
 * size its graphic declares (so zones must be scaled to the image), page 2 at its declared size with polygon zones,
 * page 3 is a large scan.
 */
public final class FacsimileFixture {

    static {
        System.setProperty("java.awt.headless", "true"); // draw pages without AWT's toolkit beside SWT's display
    }

    /** A line drawn on a page: its zone id, its text and its box in the page's coordinates. */
    public record Line(String zone, String text, int left, int top, int right, int bottom) {
    }

    public final Path tei;
    public final String source;
    public final List<List<Line>> pages = new ArrayList<>();

    private FacsimileFixture(Path tei, String source) {
        this.tei = tei;
        this.source = source;
    }

    /** The offset just after the {@code <lb>} pointing at a zone: where the line's text begins. */
    public int lineStart(String zone) {
        String tag = "<lb facs=\"#" + zone + "\"/>";
        int at = source.indexOf(tag);
        if (at < 0) {
            throw new IllegalArgumentException("no lb for " + zone);
        }
        return at + tag.length();
    }

    /** Writes the edition {@code edition.xml} and its pages under {@code dir/pages/}; {@code large} adds a big page 3. */
    public static FacsimileFixture write(Path dir, boolean large) throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        List<List<Line>> pages = new ArrayList<>();
        StringBuilder surfaces = new StringBuilder();
        StringBuilder text = new StringBuilder();
        // page 1: declared 2480 x 3508, drawn at 1240 x 1754 (coordinates in the declared space)
        pages.add(page(dir.resolve("pages/p001.png"), 2480, 3508, 0.5, "S1", 8, false));
        // page 2: declared and drawn 1000 x 1400, polygons
        pages.add(page(dir.resolve("pages/p002.png"), 1000, 1400, 1.0, "S2", 6, true));
        if (large) {
            pages.add(page(dir.resolve("pages/p003.png"), 3000, 4200, 1.0, "S3", 10, false));
        }
        int[][] sizes = {{2480, 3508}, {1000, 1400}, {3000, 4200}};
        for (int p = 0; p < pages.size(); p++) {
            String id = "S" + (p + 1);
            surfaces.append("    <surface xml:id=\"").append(id).append("\" ulx=\"0\" uly=\"0\" lrx=\"")
                    .append(sizes[p][0]).append("\" lry=\"").append(sizes[p][1]).append("\">\n")
                    .append("      <graphic url=\"pages/p00").append(p + 1).append(".png\" width=\"")
                    .append(sizes[p][0]).append("px\" height=\"").append(sizes[p][1]).append("px\"/>\n");
            for (Line line : pages.get(p)) {
                surfaces.append("      <zone xml:id=\"").append(line.zone()).append("\" type=\"line\" ulx=\"")
                        .append(line.left()).append("\" uly=\"").append(line.top()).append("\" lrx=\"")
                        .append(line.right()).append("\" lry=\"").append(line.bottom()).append('"');
                if (p == 1) { // a parallelogram leaning right: its corners are not the box's
                    int slant = (line.bottom() - line.top());
                    surfaces.append(" points=\"").append(line.left() + slant).append(',').append(line.top())
                            .append(' ').append(line.right()).append(',').append(line.top()).append(' ')
                            .append(line.right() - slant).append(',').append(line.bottom()).append(' ')
                            .append(line.left()).append(',').append(line.bottom()).append('"');
                }
                surfaces.append("/>\n");
            }
            surfaces.append("    </surface>\n");
            text.append("      <p><pb n=\"").append(p + 1).append("\" facs=\"#").append(id).append("\"/>");
            for (Line line : pages.get(p)) {
                text.append("\n        <lb facs=\"#").append(line.zone()).append("\"/>").append(line.text());
            }
            text.append("</p>\n");
        }
        String source = """
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0">
                  <teiHeader><fileDesc><titleStmt><title>Pages beside the text</title></titleStmt>
                    <publicationStmt><p>test material</p></publicationStmt><sourceDesc><p>drawn</p></sourceDesc>
                  </fileDesc></teiHeader>
                  <facsimile>
                %s  </facsimile>
                  <text><body>
                %s  </body></text>
                </TEI>
                """.formatted(surfaces, text);
        Path tei = dir.resolve("edition.xml");
        Files.writeString(tei, source);
        FacsimileFixture fixture = new FacsimileFixture(tei, source);
        fixture.pages.addAll(pages);
        return fixture;
    }

    /** Draws a page of {@code count} lines; returns them with their boxes in the declared coordinates. */
    private static List<Line> page(Path file, int width, int height, double drawn, String id, int count,
            boolean polygons) throws IOException {
        int w = (int) Math.round(width * drawn);
        int h = (int) Math.round(height * drawn);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xF4EFE3)); // paper
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x222222));
        int lineHeight = height / (count + 4);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, (int) Math.round(lineHeight * 0.42 * drawn)));
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String words = "Page " + id.substring(1) + ", line " + (i + 1) + ": the text as printed";
            int left = width / 10;
            int top = (i + 2) * lineHeight;
            int bottom = top + (int) (lineHeight * 0.8);
            int right = width - width / 10 - (i == count - 1 ? width / 3 : 0);
            g.drawString(words, (int) Math.round(left * drawn), (int) Math.round((bottom - lineHeight * 0.2) * drawn));
            // a rule under each line, so a test can see where lines are in the pixels
            g.fillRect((int) Math.round(left * drawn), (int) Math.round(bottom * drawn) - 2,
                    (int) Math.round((right - left) * drawn), 2);
            lines.add(new Line(id + "L" + (i + 1), words, left, top, right, bottom));
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return lines;
    }
}
