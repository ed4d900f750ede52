package org.siglum.ocr.internal.layout;

import java.util.ArrayList;
import java.util.List;

import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;
import org.siglum.ocr.LayoutImportException;

/**
 * Reads ALTO (versions 1 to 4, any namespace): {@code Page} with its size, {@code TextBlock} (also inside
 * {@code ComposedBlock}) in the order written, {@code TextLine} with {@code String} (CONTENT, WC), {@code SP} and
 * {@code HYP}; a {@code Shape/Polygon} where the file gives one. Units are ALTO's {@code MeasurementUnit}: pixel, or
 * mm10 and inch1200, which are kept as the surface's own units.
 */
final class AltoReader {

    private AltoReader() {
    }

    static boolean isAlto(XmlElement root) {
        return root.localName().equals("alto");
    }

    static List<OcrPage> read(String name, XmlTree tree) throws LayoutImportException {
        XmlElement root = tree.root().orElseThrow();
        String unit = LayoutXml.descendants(root, "MeasurementUnit").stream().findFirst()
                .map(e -> e.textContent().strip()).orElse("pixel");
        String image = LayoutXml.descendants(root, "fileName").stream().findFirst().map(e -> e.textContent().strip())
                .orElse("");
        // Tesseract writes an SP between all its words, also between the letter clusters of a Thai line
        boolean spacesUnreliable = LayoutXml.descendants(root, "softwareName").stream()
                .anyMatch(e -> e.textContent().toLowerCase(java.util.Locale.ROOT).contains("tesseract"));
        List<XmlElement> pages = LayoutXml.descendants(root, "Page");
        if (pages.isEmpty()) {
            throw LayoutXml.error(name, tree, root.start(), "ALTO without a Page");
        }
        List<OcrPage> out = new ArrayList<>();
        for (XmlElement page : pages) {
            List<OcrPage.Block> blocks = new ArrayList<>();
            for (XmlElement block : LayoutXml.descendants(page, "TextBlock")) {
                List<OcrPage.Line> lines = new ArrayList<>();
                for (XmlElement line : LayoutXml.descendants(block, "TextLine")) {
                    lines.add(line(line, spacesUnreliable));
                }
                if (!lines.isEmpty()) {
                    blocks.add(new OcrPage.Block(block.attribute("ID").orElse(""), box(block), lines, ""));
                }
            }
            // the one fileName names the image of a one-page file; the pages of a longer one are named by the caller
            out.add(new OcrPage(name, page.start(), pages.size() > 1 ? "" : image, LayoutXml.number(page, "WIDTH", 0),
                    LayoutXml.number(page, "HEIGHT", 0), unit.equalsIgnoreCase("pixel"), blocks));
        }
        return out;
    }

    private static OcrPage.Line line(XmlElement line, boolean spacesUnreliable) {
        List<OcrPage.Word> words = new ArrayList<>();
        boolean space = false;
        for (XmlElement c : line.childElements()) {
            switch (c.localName()) {
                case "String" -> {
                    String text = c.attribute("CONTENT").orElse("");
                    if (!text.isEmpty()) {
                        Boolean before = words.isEmpty() ? Boolean.FALSE : spacesUnreliable ? null : space;
                        words.add(new OcrPage.Word(text, box(c), LayoutXml.confidence(c.attribute("WC")), before));
                    }
                    space = false;
                }
                case "SP" -> space = true;
                case "HYP" -> {
                    String text = c.attribute("CONTENT").orElse("-");
                    words.add(new OcrPage.Word(text, box(c), Double.NaN, Boolean.FALSE));
                    space = false;
                }
                default -> {
                }
            }
        }
        List<int[]> polygon = LayoutXml.descendants(line, "Polygon").stream().findFirst()
                .flatMap(p -> p.attribute("POINTS")).map(LayoutXml::points).orElse(List.of());
        return new OcrPage.Line(line.attribute("ID").orElse(""), box(line), polygon, words, null, line.start());
    }

    private static OcrPage.Box box(XmlElement e) {
        int x = LayoutXml.number(e, "HPOS", 0);
        int y = LayoutXml.number(e, "VPOS", 0);
        return new OcrPage.Box(x, y, x + LayoutXml.number(e, "WIDTH", 0), y + LayoutXml.number(e, "HEIGHT", 0));
    }
}
