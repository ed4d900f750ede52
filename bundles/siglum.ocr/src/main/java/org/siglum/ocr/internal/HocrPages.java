package org.siglum.ocr.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;
import org.siglum.ocr.OcrInputException;
import org.siglum.ocr.OcrSource;
import org.siglum.ocr.internal.OcrPage.Line;
import org.siglum.ocr.internal.OcrPage.Word;

/**
 * hOCR (1.2, as Tesseract writes it): {@code ocr_page} (title {@code image "..."; bbox 0 0 W H}), {@code ocr_par}
 * or {@code ocr_carea} as blocks, {@code ocr_line} (and {@code ocr_header}, {@code ocr_textfloat},
 * {@code ocr_caption}, {@code ocrx_line}) with {@code bbox} and {@code x_size}, {@code ocrx_word} with {@code bbox}
 * and {@code x_wconf} (0-100). Elements are matched by class whatever the namespace (XHTML or none).
 */
final class HocrPages extends XmlPages {
    private static final Set<String> LINES = Set.of("ocr_line", "ocrx_line", "ocr_header", "ocr_textfloat",
            "ocr_caption");
    private static final Pattern BBOX = Pattern.compile("(?:^|;)\\s*bbox\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)");
    private static final Pattern IMAGE = Pattern.compile("(?:^|;)\\s*image\\s+(\"([^\"]*)\"|'([^']*)'|(\\S+))");
    private static final Pattern WCONF = Pattern.compile("(?:^|;)\\s*x_wconf\\s+(-?[\\d.]+)");
    private static final Pattern XSIZE = Pattern.compile("(?:^|;)\\s*x_size\\s+([\\d.]+)");

    static boolean recognises(String head) {
        return head.contains("ocr_page") && (head.contains("<html") || head.contains("<div") || head.contains("ocr-system"));
    }

    @Override
    List<OcrPage> read(OcrSource source) throws OcrInputException {
        XmlTree tree = parse(source);
        List<OcrPage> pages = new ArrayList<>();
        OcrPage page = null;
        XmlElement pageElement = null;
        XmlElement blockElement = null;
        XmlElement lineElement = null;
        Line line = null;
        int block = -1;
        double sx = 1;
        double sy = 1;
        java.util.Map<Line, String> fallback = new java.util.HashMap<>();
        for (XmlElement e : tree.elementList()) {
            Set<String> classes = Set.of(e.attribute("class").orElse("").strip().split("\\s+"));
            String title = e.attribute("title").orElse("");
            if (classes.contains("ocr_page")) {
                page = new OcrPage(source.name());
                pageElement = e;
                Box bbox = bbox(source, tree, e, title);
                Matcher im = IMAGE.matcher(title);
                page.imageUrl = source.imageUrl() != null ? source.imageUrl()
                        : im.find() ? firstNonNull(im.group(2), im.group(3), im.group(4)) : null;
                double w = bbox != null ? bbox.width() : 0;
                double h = bbox != null ? bbox.height() : 0;
                double[] f = scale(source, w, h);
                sx = f[0];
                sy = f[1];
                size(page, source, w, h);
                pages.add(page);
                block = -1;
                blockElement = null;
                lineElement = null;
                continue;
            }
            if (page == null || !inside(e, pageElement)) {
                continue;
            }
            if (classes.contains("ocr_par") || classes.contains("ocr_carea")) {
                block++;
                blockElement = e;
                continue;
            }
            if (classes.stream().anyMatch(LINES::contains)) {
                if (blockElement == null || !inside(e, blockElement)) {
                    block++;
                    blockElement = e;
                }
                line = new Line("", block, tree.locate(e.start()).line());
                Box b = bbox(source, tree, e, title);
                line.box = b == null ? null : b.scale(sx, sy);
                Matcher xs = XSIZE.matcher(title);
                if (xs.find()) {
                    line.size = Double.parseDouble(xs.group(1)) * sy;
                }
                lineElement = e;
                page.lines.add(line);
                fallback.put(line, e.textContent().replaceAll("\\s+", " ").strip());
                continue;
            }
            if (classes.contains("ocrx_word") && lineElement != null && inside(e, lineElement)) {
                Box b = bbox(source, tree, e, title);
                Matcher c = WCONF.matcher(title);
                double conf = c.find() ? Double.parseDouble(c.group(1)) / 100.0 : Double.NaN;
                String text = e.textContent().replaceAll("[\\s]+", " ").strip();
                if (!text.isEmpty()) {
                    line.words.add(new Word(text, b == null ? null : b.scale(sx, sy), conf));
                }
            }
        }
        if (pages.isEmpty()) {
            throw error(source, tree, tree.root().orElseThrow(), "no element of class ocr_page: not hOCR");
        }
        for (OcrPage p : pages) {
            // a line without word elements keeps its own text, as one word
            for (Line l : p.lines) {
                if (l.words.isEmpty() && !fallback.get(l).isEmpty()) {
                    l.words.add(new Word(fallback.get(l), l.box, Double.NaN));
                }
            }
            p.lines.removeIf(l -> l.words.isEmpty());
        }
        return pages;
    }

    private static Box bbox(OcrSource source, XmlTree tree, XmlElement e, String title) throws OcrInputException {
        if (!title.contains("bbox")) {
            return null;
        }
        Matcher m = BBOX.matcher(title);
        if (!m.find()) {
            throw error(source, tree, e, "title=\"" + title + "\" has no readable bbox (bbox x0 y0 x1 y1)");
        }
        return new Box(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)));
    }

    private static String firstNonNull(String... s) {
        for (String x : s) {
            if (x != null) {
                return x;
            }
        }
        return null;
    }
}
