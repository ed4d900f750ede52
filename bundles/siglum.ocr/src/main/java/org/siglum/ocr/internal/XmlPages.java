package org.siglum.ocr.internal;

import java.util.List;
import java.util.Optional;

import org.siglum.core.Problem;
import org.siglum.core.TextLocation;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;
import org.siglum.ocr.OcrInputException;
import org.siglum.ocr.OcrSource;

/**
 * What the XML formats share: the parse (Siglum's own scanner, which never reads a DTD, an external entity or the
 * network: decision 0003), errors at FILE:LINE:COL, numbers read strictly, and scaling to the image's pixels.
 */
abstract class XmlPages {

    /** The pages of one file. */
    abstract List<OcrPage> read(OcrSource source) throws OcrInputException;

    /** The parsed file; its first well-formedness error as an exception. */
    static XmlTree parse(OcrSource source) throws OcrInputException {
        XmlTree tree = XmlTree.parse(source.content());
        for (Problem p : tree.problems()) {
            if (p.isError()) {
                throw new OcrInputException(source.name(), p.line(), p.column(), p.message());
            }
        }
        if (tree.root().isEmpty()) {
            throw new OcrInputException(source.name(), 1, 1, "no root element");
        }
        return tree;
    }

    static OcrInputException error(OcrSource source, XmlTree tree, XmlElement at, String message) {
        TextLocation l = tree.locate(at.start());
        return new OcrInputException(source.name(), l.line(), l.column(), message);
    }

    /** An attribute (any prefix or none) by local name. */
    static Optional<String> attr(XmlElement e, String local) {
        Optional<String> plain = e.attribute(local);
        if (plain.isPresent()) {
            return plain;
        }
        for (var a : e.attributes()) {
            String q = a.qName();
            if (q.endsWith(":" + local)) {
                return Optional.of(a.value());
            }
        }
        return Optional.empty();
    }

    static double number(OcrSource source, XmlTree tree, XmlElement e, String local) throws OcrInputException {
        String v = attr(e, local).orElseThrow(() -> error(source, tree, e, e.localName() + " has no " + local));
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException bad) {
            throw error(source, tree, e, local + "=\"" + v + "\" is not a number");
        }
    }

    static double numberOr(OcrSource source, XmlTree tree, XmlElement e, String local, double otherwise)
            throws OcrInputException {
        return attr(e, local).isPresent() ? number(source, tree, e, local) : otherwise;
    }

    /** Polygon points "x,y x,y" (PAGE, ALTO 3+) or "x y x y" (ALTO 2) as "x,y x,y", scaled; null when unreadable. */
    static String points(String raw, double sx, double sy) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String[] parts = raw.strip().split("[\\s,]+");
        if (parts.length < 6 || parts.length % 2 != 0) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        try {
            for (int i = 0; i < parts.length; i += 2) {
                long x = Math.round(Double.parseDouble(parts[i]) * sx);
                long y = Math.round(Double.parseDouble(parts[i + 1]) * sy);
                if (s.length() > 0) {
                    s.append(' ');
                }
                s.append(x).append(',').append(y);
            }
        } catch (NumberFormatException bad) {
            return null;
        }
        return s.toString();
    }

    /** The box around polygon points "x,y x,y ...". */
    static Box boxOf(String points) {
        int ulx = Integer.MAX_VALUE;
        int uly = Integer.MAX_VALUE;
        int lrx = Integer.MIN_VALUE;
        int lry = Integer.MIN_VALUE;
        for (String p : points.split(" ")) {
            String[] xy = p.split(",");
            int x = Integer.parseInt(xy[0]);
            int y = Integer.parseInt(xy[1]);
            ulx = Math.min(ulx, x);
            uly = Math.min(uly, y);
            lrx = Math.max(lrx, x);
            lry = Math.max(lry, y);
        }
        return new Box(ulx, uly, lrx, lry);
    }

    /** Factors from the format's page size to the image's pixels (1 when the image's size is unknown). */
    static double[] scale(OcrSource source, double pageWidth, double pageHeight) {
        if (source.imageWidth() > 0 && source.imageHeight() > 0 && pageWidth > 0 && pageHeight > 0) {
            return new double[] {source.imageWidth() / pageWidth, source.imageHeight() / pageHeight};
        }
        return new double[] {1, 1};
    }

    static void size(OcrPage page, OcrSource source, double pageWidth, double pageHeight) {
        page.width = source.imageWidth() > 0 ? source.imageWidth() : (int) Math.round(pageWidth);
        page.height = source.imageHeight() > 0 ? source.imageHeight() : (int) Math.round(pageHeight);
    }

    /** Whether e lies inside (or is) ancestor. */
    static boolean inside(XmlElement e, XmlElement ancestor) {
        for (XmlElement a = e; a != null; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }
}
