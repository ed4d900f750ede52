package org.siglum.ocr.internal;

import java.util.ArrayList;
import java.util.List;

import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;
import org.siglum.ocr.OcrInputException;
import org.siglum.ocr.OcrSource;
import org.siglum.ocr.internal.OcrPage.Line;
import org.siglum.ocr.internal.OcrPage.Word;

/**
 * ALTO 2, 3 and 4 (any namespace, or none: Tesseract, Kraken, eScriptorium): {@code Page} (WIDTH, HEIGHT),
 * {@code TextBlock} as blocks, {@code TextLine} (HPOS, VPOS, WIDTH, HEIGHT; {@code Shape/Polygon/@POINTS}),
 * {@code String} (CONTENT, WC 0-1), {@code SP} and {@code HYP}. The image from
 * {@code sourceImageInformation/fileName}. Units other than pixels are scaled to the image when its size is known.
 */
final class AltoPages extends XmlPages {

    static boolean recognises(String head) {
        return head.matches("(?s).*<(\\w+:)?alto[\\s>].*");
    }

    @Override
    List<OcrPage> read(OcrSource source) throws OcrInputException {
        XmlTree tree = parse(source);
        XmlElement root = tree.root().orElseThrow();
        if (!root.localName().equals("alto")) {
            throw error(source, tree, root, "the root element is " + root.qName() + ", not alto");
        }
        String fileName = null;
        String unit = "pixel";
        for (XmlElement e : tree.elementList()) {
            if (e.localName().equals("fileName") && fileName == null) {
                fileName = e.textContent().strip();
            } else if (e.localName().equals("MeasurementUnit")) {
                unit = e.textContent().strip();
            }
        }
        List<OcrPage> pages = new ArrayList<>();
        OcrPage page = null;
        XmlElement pageElement = null;
        Line line = null;
        XmlElement lineElement = null;
        List<Boolean> spaces = new ArrayList<>();
        int block = -1;
        double sx = 1;
        double sy = 1;
        for (XmlElement e : tree.elementList()) {
            switch (e.localName()) {
                case "Page" -> {
                    finishLine(line, spaces);
                    line = null;
                    page = new OcrPage(source.name());
                    pageElement = e;
                    double w = numberOr(source, tree, e, "WIDTH", 0);
                    double h = numberOr(source, tree, e, "HEIGHT", 0);
                    double[] f = scale(source, w, h);
                    sx = f[0];
                    sy = f[1];
                    size(page, source, w, h);
                    page.imageUrl = source.imageUrl() != null ? source.imageUrl()
                            : fileName != null && !fileName.isEmpty() ? fileName : null;
                    pages.add(page);
                }
                case "TextBlock" -> block++;
                case "TextLine" -> {
                    if (page == null || !inside(e, pageElement)) {
                        throw error(source, tree, e, "TextLine outside a Page");
                    }
                    finishLine(line, spaces);
                    line = new Line("", block, tree.locate(e.start()).line());
                    line.box = box(source, tree, e, sx, sy);
                    lineElement = e;
                    page.lines.add(line);
                }
                case "Polygon" -> {
                    if (line != null && inside(e, lineElement) && e.parent() != null
                            && e.parent().parent() == lineElement) {
                        line.points = points(attr(e, "POINTS").orElse(null), sx, sy);
                    }
                }
                case "String" -> {
                    if (line != null && inside(e, lineElement)) {
                        String content = attr(e, "CONTENT").orElse("");
                        double wc = numberOr(source, tree, e, "WC", Double.NaN);
                        if (!content.isEmpty()) {
                            if (line.words.size() > spaces.size()) {
                                spaces.add(false);
                            }
                            line.words.add(new Word(content, attr(e, "HPOS").isPresent() ? box(source, tree, e, sx, sy)
                                    : null, wc));
                        }
                    }
                }
                case "SP" -> {
                    if (line != null && inside(e, lineElement) && line.words.size() > spaces.size()) {
                        spaces.add(true);
                    }
                }
                case "HYP" -> {
                    if (line != null && inside(e, lineElement)) {
                        String c = attr(e, "CONTENT").orElse("-");
                        if (line.words.size() > spaces.size()) {
                            spaces.add(false);
                        }
                        line.words.add(new Word(c.isEmpty() ? "-" : c, null, Double.NaN));
                    }
                }
                default -> {
                }
            }
        }
        finishLine(line, spaces);
        if (pages.isEmpty()) {
            throw error(source, tree, root, "no Page element: nothing to import");
        }
        if (!unit.equals("pixel") && source.imageWidth() == 0) {
            pages.get(0).unitWarning = "ALTO coordinates in " + unit + ", not pixels, and no image to scale them to";
        }
        for (OcrPage p : pages) {
            p.lines.removeIf(l -> l.words.isEmpty());
        }
        return pages;
    }

    private static void finishLine(Line line, List<Boolean> spaces) {
        if (line != null) {
            line.spaceAfter = new boolean[Math.max(0, line.words.size())];
            for (int i = 0; i < spaces.size() && i < line.spaceAfter.length; i++) {
                line.spaceAfter[i] = spaces.get(i);
            }
        }
        spaces.clear();
    }

    private static Box box(OcrSource source, XmlTree tree, XmlElement e, double sx, double sy) throws OcrInputException {
        double x = number(source, tree, e, "HPOS");
        double y = number(source, tree, e, "VPOS");
        double w = number(source, tree, e, "WIDTH");
        double h = number(source, tree, e, "HEIGHT");
        return new Box((int) Math.round(x * sx), (int) Math.round(y * sy), (int) Math.round((x + w) * sx),
                (int) Math.round((y + h) * sy));
    }
}
