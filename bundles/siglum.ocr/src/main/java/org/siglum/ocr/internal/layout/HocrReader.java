package org.siglum.ocr.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;
import org.siglum.ocr.LayoutImportException;

/**
 * Reads hOCR (hOCR 1.2, as Tesseract, OCRopus and Kraken write it): {@code ocr_page} with {@code bbox} and
 * {@code image} in its title, blocks as {@code ocr_par} (else {@code ocr_carea}), lines as {@code ocr_line},
 * {@code ocr_header}, {@code ocr_caption} or {@code ocr_textfloat}, words as {@code ocrx_word} with {@code x_wconf}.
 * hOCR does not say where the engine put spaces between words.
 */
final class HocrReader {

    private static final Pattern BBOX = Pattern.compile("bbox\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)");
    private static final Pattern IMAGE = Pattern.compile("image\\s+(?:\"([^\"]*)\"|'([^']*)'|([^;\\s]+))");
    private static final Pattern WCONF = Pattern.compile("x_wconf\\s+(-?[\\d.]+)");
    private static final List<String> LINE_CLASSES = List.of("ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat",
            "ocrx_line");

    private HocrReader() {
    }

    static boolean isHocr(XmlElement root) {
        return root.localName().equalsIgnoreCase("html") && hasClassBelow(root, "ocr_page");
    }

    private static boolean hasClassBelow(XmlElement e, String cls) {
        for (XmlElement c : e.childElements()) {
            if (classes(c).contains(cls) || hasClassBelow(c, cls)) {
                return true;
            }
        }
        return false;
    }

    static List<OcrPage> read(String name, XmlTree tree) throws LayoutImportException {
        XmlElement root = tree.root().orElseThrow();
        List<XmlElement> pages = new ArrayList<>();
        withClass(root, "ocr_page", pages);
        if (pages.isEmpty()) {
            throw LayoutXml.error(name, tree, root.start(), "hOCR without an ocr_page");
        }
        List<OcrPage> out = new ArrayList<>();
        for (XmlElement page : pages) {
            String title = page.attribute("title").orElse("");
            OcrPage.Box box = bbox(title);
            Matcher image = IMAGE.matcher(title);
            String file = image.find() ? first(image.group(1), image.group(2), image.group(3)) : "";
            List<OcrPage.Block> blocks = new ArrayList<>();
            blocks(page, blocks);
            out.add(new OcrPage(name, page.start(), file, box.x1(), box.y1(), true, blocks));
        }
        return out;
    }

    /** Blocks: each ocr_par, or an ocr_carea without paragraphs, or lines outside both (a block each run). */
    private static void blocks(XmlElement e, List<OcrPage.Block> out) {
        List<OcrPage.Line> loose = new ArrayList<>();
        for (XmlElement c : e.childElements()) {
            List<String> cls = classes(c);
            if (cls.contains("ocr_par") || (cls.contains("ocr_carea") && !hasClassBelow(c, "ocr_par"))) {
                flush(loose, out);
                List<OcrPage.Line> lines = new ArrayList<>();
                lines(c, lines);
                if (!lines.isEmpty()) {
                    out.add(new OcrPage.Block(c.attribute("id").orElse(""), bbox(c.attribute("title").orElse("")),
                            lines, ""));
                }
            } else if (LINE_CLASSES.stream().anyMatch(cls::contains)) {
                loose.add(line(c));
            } else {
                flush(loose, out);
                blocks(c, out);
            }
        }
        flush(loose, out);
    }

    private static void flush(List<OcrPage.Line> loose, List<OcrPage.Block> out) {
        if (!loose.isEmpty()) {
            OcrPage.Box box = OcrPage.Box.NONE;
            for (OcrPage.Line l : loose) {
                box = box.union(l.box());
            }
            out.add(new OcrPage.Block("", box, List.copyOf(loose), ""));
            loose.clear();
        }
    }

    private static void lines(XmlElement e, List<OcrPage.Line> out) {
        for (XmlElement c : e.childElements()) {
            if (LINE_CLASSES.stream().anyMatch(classes(c)::contains)) {
                out.add(line(c));
            } else {
                lines(c, out);
            }
        }
    }

    private static OcrPage.Line line(XmlElement e) {
        List<XmlElement> words = new ArrayList<>();
        withClass(e, "ocrx_word", words);
        List<OcrPage.Word> out = new ArrayList<>();
        for (XmlElement w : words) {
            String title = w.attribute("title").orElse("");
            Matcher conf = WCONF.matcher(title);
            double c = Double.NaN; // x_wconf is a percentage
            if (conf.find()) {
                try {
                    c = LayoutXml.confidence(Optional.of(Double.toString(Double.parseDouble(conf.group(1)) / 100)));
                } catch (NumberFormatException ex) {
                    c = Double.NaN;
                }
            }
            String text = w.textContent().strip();
            if (!text.isEmpty()) {
                out.add(new OcrPage.Word(text, bbox(title), c, null));
            }
        }
        String text = words.isEmpty() ? e.textContent().strip().replaceAll("\\s+", " ") : null;
        return new OcrPage.Line(e.attribute("id").orElse(""), bbox(e.attribute("title").orElse("")), List.of(), out,
                text, e.start());
    }

    private static void withClass(XmlElement e, String cls, List<XmlElement> out) {
        for (XmlElement c : e.childElements()) {
            if (classes(c).contains(cls)) {
                out.add(c);
            } else {
                withClass(c, cls, out);
            }
        }
    }

    private static List<String> classes(XmlElement e) {
        return List.of(e.attribute("class").orElse("").strip().split("\\s+"));
    }

    static OcrPage.Box bbox(String title) {
        Matcher m = BBOX.matcher(title);
        if (!m.find()) {
            return OcrPage.Box.NONE;
        }
        try {
            return new OcrPage.Box(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        } catch (NumberFormatException e) { // beyond an int: no box
            return OcrPage.Box.NONE;
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return "";
    }
}
