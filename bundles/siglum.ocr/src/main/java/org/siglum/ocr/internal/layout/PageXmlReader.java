package org.siglum.ocr.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;
import org.siglum.ocr.LayoutImportException;

/**
 * Reads PAGE XML (PRImA PcGts, the 2010 to 2019 schemas, as Transkribus and OCR-D write it): {@code Page} with
 * {@code imageFilename} and its size, {@code TextRegion}s in the {@code ReadingOrder} where there is one (else as
 * written; nested regions too), their {@code @type} (heading, header, page-number, footnote...) kept as the block's
 * kind, {@code TextLine} with {@code Coords} (points, or the 2010 schema's {@code Point} children) and the line's
 * {@code TextEquiv/Unicode}; {@code Word}s with their confidence where the file has them.
 */
final class PageXmlReader {

    private PageXmlReader() {
    }

    static boolean isPage(XmlElement root) {
        return root.localName().equals("PcGts");
    }

    static List<OcrPage> read(String name, XmlTree tree) throws LayoutImportException {
        XmlElement root = tree.root().orElseThrow();
        List<XmlElement> pages = LayoutXml.descendants(root, "Page");
        if (pages.isEmpty()) {
            throw LayoutXml.error(name, tree, root.start(), "PAGE XML without a Page");
        }
        List<OcrPage> out = new ArrayList<>();
        for (XmlElement page : pages) {
            List<XmlElement> regions = ordered(page, LayoutXml.descendants(page, "TextRegion"));
            List<OcrPage.Block> blocks = new ArrayList<>();
            for (XmlElement region : regions) {
                List<OcrPage.Line> lines = new ArrayList<>();
                for (XmlElement line : region.childElements()) {
                    if (line.localName().equals("TextLine")) {
                        lines.add(line(line));
                    }
                }
                if (!lines.isEmpty()) {
                    blocks.add(new OcrPage.Block(region.attribute("id").orElse(""), coords(region),
                            lines, kind(region)));
                }
            }
            out.add(new OcrPage(name, page.start(), page.attribute("imageFilename").orElse(""),
                    LayoutXml.number(page, "imageWidth", 0), LayoutXml.number(page, "imageHeight", 0), true, blocks));
        }
        return out;
    }

    private static final java.util.regex.Pattern STRUCTURE =
            java.util.regex.Pattern.compile("structure\\s*\\{[^}]*type\\s*:\\s*([^;}\\s]+)");
    private static final java.util.regex.Pattern CUSTOM_ORDER =
            java.util.regex.Pattern.compile("readingOrder\\s*\\{[^}]*index\\s*:\\s*(\\d+)");

    /** A region's role: its @type, or Transkribus' {@code custom="structure {type:heading;}"}, which wins. */
    private static String kind(XmlElement region) {
        java.util.regex.Matcher m = STRUCTURE.matcher(region.attribute("custom").orElse(""));
        return m.find() ? m.group(1) : region.attribute("type").orElse("");
    }

    /** The regions in the reading order's sequence (by index), those it does not name after them as written. */
    private static List<XmlElement> ordered(XmlElement page, List<XmlElement> regions) {
        Map<String, Integer> rank = new HashMap<>();
        for (XmlElement order : LayoutXml.descendants(page, "ReadingOrder")) {
            List<XmlElement> refs = new ArrayList<>(LayoutXml.descendants(order, "RegionRefIndexed"));
            refs.addAll(LayoutXml.descendants(order, "RegionRef"));
            for (int i = 0; i < refs.size(); i++) {
                XmlElement ref = refs.get(i);
                int index = LayoutXml.number(ref, "index", i);
                ref.attribute("regionRef").ifPresent(id -> rank.putIfAbsent(id, index));
            }
        }
        if (rank.isEmpty()) { // Transkribus also writes the order as custom="readingOrder {index:N;}"
            for (XmlElement region : regions) {
                java.util.regex.Matcher m = CUSTOM_ORDER.matcher(region.attribute("custom").orElse(""));
                if (m.find()) {
                    rank.put(region.attribute("id").orElse(""), Integer.parseInt(m.group(1)));
                }
            }
        }
        if (rank.isEmpty()) {
            return regions;
        }
        List<XmlElement> out = new ArrayList<>(regions);
        out.sort((a, b) -> Integer.compare(rank.getOrDefault(a.attribute("id").orElse(""), Integer.MAX_VALUE),
                rank.getOrDefault(b.attribute("id").orElse(""), Integer.MAX_VALUE)));
        return out;
    }

    private static OcrPage.Line line(XmlElement line) {
        List<OcrPage.Word> words = new ArrayList<>();
        for (XmlElement w : line.childElements()) {
            if (w.localName().equals("Word")) {
                Optional<XmlElement> equiv = LayoutXml.child(w, "TextEquiv");
                String text = equiv.flatMap(e -> LayoutXml.child(e, "Unicode")).map(XmlElement::textContent)
                        .orElse("").strip();
                if (!text.isEmpty()) {
                    words.add(new OcrPage.Word(text, coords(w),
                            LayoutXml.confidence(equiv.flatMap(e -> e.attribute("conf"))), Boolean.TRUE));
                }
            }
        }
        // the line's own TextEquiv is its text; without one, its words with a space between them
        String text = LayoutXml.child(line, "TextEquiv").flatMap(e -> LayoutXml.child(e, "Unicode"))
                .map(XmlElement::textContent).map(t -> t.replaceAll("[\\r\\n\\t]+", " ").strip()).orElse(null);
        return new OcrPage.Line(line.attribute("id").orElse(""), coords(line), polygon(line), words, text,
                line.start());
    }

    private static List<int[]> polygon(XmlElement e) {
        Optional<XmlElement> coords = LayoutXml.child(e, "Coords");
        if (coords.isEmpty()) {
            return List.of();
        }
        Optional<String> points = coords.get().attribute("points");
        if (points.isPresent()) {
            return LayoutXml.points(points.get());
        }
        List<int[]> out = new ArrayList<>(); // the 2010 schema: <Point x=".." y=".."/>
        for (XmlElement p : coords.get().childElements()) {
            if (p.localName().equals("Point")) {
                out.add(new int[] {LayoutXml.number(p, "x", 0), LayoutXml.number(p, "y", 0)});
            }
        }
        return out;
    }

    private static OcrPage.Box coords(XmlElement e) {
        return OcrPage.Box.ofPoints(polygon(e));
    }
}
