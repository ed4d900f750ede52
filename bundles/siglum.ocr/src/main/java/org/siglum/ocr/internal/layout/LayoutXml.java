package org.siglum.ocr.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.siglum.core.Problem;
import org.siglum.core.TextLocation;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;
import org.siglum.ocr.LayoutImportException;

/** What the three readers share: the core's parse with its places, numbers and polygons as the formats write them. */
final class LayoutXml {

    private LayoutXml() {
    }

    /** The file's tree; a file that is not well-formed stops the import at its first error, as any XML input does. */
    static XmlTree parse(String name, String content) throws LayoutImportException {
        XmlTree tree = XmlTree.parse(content);
        for (Problem p : tree.problems()) {
            if (p.isError()) {
                throw new LayoutImportException(name, p.line(), p.column(), "not well-formed XML: " + p.message());
            }
        }
        if (tree.root().isEmpty()) {
            throw new LayoutImportException(name, 1, 1, "no root element");
        }
        return tree;
    }

    static LayoutImportException error(String name, XmlTree tree, int offset, String message) {
        TextLocation at = tree.locate(offset);
        return new LayoutImportException(name, at.line(), at.column(), message);
    }

    static String where(String name, XmlTree tree, int offset) {
        TextLocation at = tree.locate(offset);
        return name + ":" + at.line() + ":" + at.column();
    }

    /** The descendants of an element named {@code local} in any namespace, in document order. */
    static List<XmlElement> descendants(XmlElement root, String local) {
        List<XmlElement> out = new ArrayList<>();
        collect(root, local, out);
        return out;
    }

    private static void collect(XmlElement e, String local, List<XmlElement> out) {
        for (XmlElement child : e.childElements()) {
            if (child.localName().equals(local)) {
                out.add(child);
            }
            collect(child, local, out);
        }
    }

    static Optional<XmlElement> child(XmlElement e, String local) {
        return e.childElements().stream().filter(c -> c.localName().equals(local)).findFirst();
    }

    /** A number attribute as an int (ALTO writes floats: 123.0), or the fallback where it is missing or odd. */
    static int number(XmlElement e, String attribute, int fallback) {
        Optional<String> v = e.attribute(attribute);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.get().strip());
            return Double.isFinite(d) && Math.abs(d) < 1e9 ? (int) Math.round(d) : fallback;
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }

    /** A confidence 0..1 from an attribute, or NaN. */
    static double confidence(Optional<String> value) {
        if (value.isEmpty()) {
            return Double.NaN;
        }
        try {
            double c = Double.parseDouble(value.get().strip());
            return c < 0 || c > 1 || Double.isNaN(c) ? Double.NaN : c;
        } catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }

    /** Points written {@code x,y x,y ...} (PAGE 2013+, ALTO's Polygon also {@code x y x y} or {@code x,y,x,y}). */
    static List<int[]> points(String text) {
        List<int[]> out = new ArrayList<>();
        String[] numbers = text.strip().split("[\\s,]+");
        if (numbers.length < 2 || numbers[0].isEmpty()) {
            return out;
        }
        try {
            for (int i = 0; i + 1 < numbers.length; i += 2) {
                double x = Double.parseDouble(numbers[i]);
                double y = Double.parseDouble(numbers[i + 1]);
                if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x) >= 1e9 || Math.abs(y) >= 1e9) {
                    return new ArrayList<>();
                }
                out.add(new int[] {(int) Math.round(x), (int) Math.round(y)});
            }
        } catch (NumberFormatException ex) {
            return new ArrayList<>();
        }
        return out;
    }
}
