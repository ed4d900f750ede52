package org.siglum.ui.facsimile.internal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;

/**
 * An edition's facsimile as the text points into it: the pages ({@code facsimile/surface} with a {@code graphic}
 * and {@code zone}s), and the page and line breaks of the text that point at them ({@code pb/@facs} at a surface,
 * {@code lb/@facs} at a zone). Answers the two questions of the Facsimile view: which page and line a place of the
 * text is on, and which place of the text a point of a page image is. Read from the edition's current parse, so
 * offsets are the source's; made again after an edit. Free of SWT.
 */
public final class Facsimile {

    static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*");

    /** A pb or lb of the text: where it starts and ends in the source, what its @facs names. */
    private record Break(boolean page, int start, int end, String facs, String n) {
    }

    private final List<Surface> surfaces;
    private final Map<String, Surface> surfaceById;
    private final Map<String, Surface> surfaceOfZone;
    private final List<Break> pages;
    private final List<Break> lines;
    private final int[] pageStarts;
    private final int[] lineStarts;

    private Facsimile(List<Surface> surfaces, Map<String, Surface> surfaceById, List<Break> pages, List<Break> lines) {
        this.surfaces = List.copyOf(surfaces);
        this.surfaceById = Map.copyOf(surfaceById);
        this.pages = List.copyOf(pages);
        this.lines = List.copyOf(lines);
        Map<String, Surface> zones = new HashMap<>();
        for (Surface surface : surfaces) {
            surface.zones().forEach(z -> zones.putIfAbsent(z.id(), surface));
        }
        this.surfaceOfZone = Map.copyOf(zones);
        this.pageStarts = pages.stream().mapToInt(Break::start).toArray();
        this.lineStarts = lines.stream().mapToInt(Break::start).toArray();
    }

    /** Reads the facsimile of a parsed edition; one without {@code facsimile} gives {@link #isEmpty()}. */
    public static Facsimile of(XmlTree tree) {
        List<Surface> surfaces = new ArrayList<>();
        Map<String, Surface> byId = new HashMap<>();
        List<Break> pages = new ArrayList<>();
        List<Break> lines = new ArrayList<>();
        for (XmlElement e : tree.elementList()) {
            if (!TEI.equals(e.namespaceUri())) {
                continue;
            }
            switch (e.localName()) {
                case "surface" -> {
                    Surface surface = surface(e);
                    surfaces.add(surface);
                    byId.putIfAbsent(surface.id(), surface);
                    // a pb may point at the surface's graphic instead of the surface
                    for (XmlElement child : e.childElements()) {
                        if (child.is(TEI, "graphic")) {
                            child.xmlId().ifPresent(id -> byId.putIfAbsent(id, surface));
                        }
                    }
                }
                case "graphic" -> {
                    if (e.parent() != null && e.parent().is(TEI, "facsimile")) {
                        Surface page = new Surface(e.xmlId().orElse(""), e.attribute("url").map(String::strip),
                                length(e.attribute("width")), length(e.attribute("height")), 0, 0, List.of(),
                                e.start());
                        surfaces.add(page);
                        byId.putIfAbsent(page.id(), page);
                    }
                }
                case "pb", "lb" -> {
                    if (!inside(e, "teiHeader") && !inside(e, "facsimile")) {
                        Break b = new Break(e.localName().equals("pb"), e.start(), e.end(),
                                e.attribute("facs").map(Facsimile::idOf).orElse(""), e.attribute("n").orElse(""));
                        (b.page() ? pages : lines).add(b);
                    }
                }
                default -> {
                    // other elements say nothing of the pages
                }
            }
        }
        return new Facsimile(surfaces, byId, pages, lines);
    }

    /** Whether the edition has no facsimile page at all. */
    public boolean isEmpty() {
        return surfaces.isEmpty();
    }

    public List<Surface> surfaces() {
        return surfaces;
    }

    /** How many page breaks of the text point at a page of the facsimile. */
    public long linkedPages() {
        return pages.stream().filter(p -> surfaceById.containsKey(p.facs())).count();
    }

    /**
     * The page and line of a place of the text: the page break before {@code offset} and its surface, the line
     * break before it on that page and its zone. Before the first page break: the first page, no line. A line break
     * whose zone lies on another surface than its page's is not the page's line.
     */
    public FacsimilePlace placeAt(int offset) {
        int p = lastAtOrBefore(pageStarts, offset);
        Break page = p >= 0 ? pages.get(p) : null;
        if (page == null) {
            // before any page break: a text that breaks only lines still has its lines on pages
            int l = lastAtOrBefore(lineStarts, offset);
            Optional<Surface> surface = l >= 0 ? Optional.ofNullable(surfaceOfZone.get(lines.get(l).facs()))
                    : Optional.empty();
            if (surface.isPresent()) {
                return new FacsimilePlace(Optional.empty(), surface, surface.get().zone(lines.get(l).facs()), l + 1);
            }
            Optional<Surface> first = pages.stream().map(b -> surfaceById.get(b.facs())).filter(s -> s != null)
                    .findFirst().or(() -> surfaces.stream().findFirst());
            return new FacsimilePlace(Optional.empty(), first, Optional.empty(), 0);
        }
        Optional<String> label = page.n().isBlank() ? Optional.empty() : Optional.of(page.n().strip());
        Optional<Surface> surface = Optional.ofNullable(surfaceById.get(page.facs()));
        int l = lastAtOrBefore(lineStarts, offset);
        if (l < 0 || lines.get(l).start() < page.start()) {
            return new FacsimilePlace(label, surface, Optional.empty(), 0);
        }
        Break line = lines.get(l);
        int first = lastAtOrBefore(lineStarts, page.start() - 1) + 1;
        Optional<Zone> zone = surface.flatMap(s -> s.zone(line.facs()));
        return new FacsimilePlace(label, surface, zone, l - first + 1);
    }

    /**
     * The place of the text for a point of a page (in the surface's coordinates): just after the line break whose
     * zone holds the point (the smallest, where zones overlap), where that line's text begins. Empty when no line of
     * the text has its zone there.
     */
    public OptionalInt offsetAt(Surface surface, double x, double y) {
        Break best = null;
        double bestArea = Double.MAX_VALUE;
        for (Break line : lines) {
            Optional<Zone> zone = surfaceOfZone.get(line.facs()) == surface ? surface.zone(line.facs())
                    : Optional.empty();
            if (zone.isPresent() && zone.get().contains(x, y) && zone.get().area() < bestArea) {
                best = line;
                bestArea = zone.get().area();
            }
        }
        return best == null ? OptionalInt.empty() : OptionalInt.of(best.end());
    }

    /** The zones of a page that a line break of the text points at, in the text's order. */
    public List<Zone> lineZones(Surface surface) {
        List<Zone> zones = new ArrayList<>();
        for (Break line : lines) {
            if (surfaceOfZone.get(line.facs()) == surface) {
                surface.zone(line.facs()).filter(z -> !zones.contains(z)).ifPresent(zones::add);
            }
        }
        return zones;
    }

    // --- reading the TEI ---------------------------------------------------------------------------------------------

    private static Surface surface(XmlElement e) {
        XmlElement graphic = e.childElements().stream().filter(c -> c.is(TEI, "graphic")).findFirst().orElse(null);
        double ulx = number(e.attribute("ulx")).orElse(0);
        double uly = number(e.attribute("uly")).orElse(0);
        OptionalDouble width = graphic != null ? length(graphic.attribute("width")) : OptionalDouble.empty();
        OptionalDouble height = graphic != null ? length(graphic.attribute("height")) : OptionalDouble.empty();
        if (width.isEmpty() && number(e.attribute("lrx")).isPresent()) {
            width = OptionalDouble.of(number(e.attribute("lrx")).getAsDouble() - ulx);
        }
        if (height.isEmpty() && number(e.attribute("lry")).isPresent()) {
            height = OptionalDouble.of(number(e.attribute("lry")).getAsDouble() - uly);
        }
        List<Zone> zones = new ArrayList<>();
        collectZones(e, zones);
        return new Surface(e.xmlId().orElse(""), Optional.ofNullable(graphic).flatMap(g -> g.attribute("url"))
                .map(String::strip), width, height, ulx, uly, zones, e.start());
    }

    private static void collectZones(XmlElement parent, List<Zone> zones) {
        for (XmlElement child : parent.childElements()) {
            if (child.is(TEI, "zone")) {
                zone(child).ifPresent(zones::add);
                collectZones(child, zones); // a line's words, a column's lines
            }
        }
    }

    private static Optional<Zone> zone(XmlElement e) {
        Optional<String> id = e.xmlId();
        if (id.isEmpty()) {
            return Optional.empty(); // nothing can point at it
        }
        String type = e.attribute("type").orElse("");
        List<double[]> points = points(e.attribute("points").orElse(""));
        OptionalDouble ulx = number(e.attribute("ulx"));
        OptionalDouble uly = number(e.attribute("uly"));
        OptionalDouble lrx = number(e.attribute("lrx"));
        OptionalDouble lry = number(e.attribute("lry"));
        if (ulx.isPresent() && uly.isPresent() && lrx.isPresent() && lry.isPresent()) {
            return Optional.of(new Zone(id.get(), type, Math.min(ulx.getAsDouble(), lrx.getAsDouble()),
                    Math.min(uly.getAsDouble(), lry.getAsDouble()), Math.max(ulx.getAsDouble(), lrx.getAsDouble()),
                    Math.max(uly.getAsDouble(), lry.getAsDouble()), points.size() >= 3 ? points : List.of()));
        }
        if (points.size() >= 3) {
            double left = points.stream().mapToDouble(p -> p[0]).min().orElse(0);
            double right = points.stream().mapToDouble(p -> p[0]).max().orElse(0);
            double top = points.stream().mapToDouble(p -> p[1]).min().orElse(0);
            double bottom = points.stream().mapToDouble(p -> p[1]).max().orElse(0);
            return Optional.of(new Zone(id.get(), type, left, top, right, bottom, points));
        }
        return Optional.empty(); // a zone without coordinates has no place to outline
    }

    /** TEI's points: "x,y x,y ..." (pairs separated by white space, x and y by a comma). */
    static List<double[]> points(String value) {
        List<double[]> points = new ArrayList<>();
        for (String pair : value.trim().split("\\s+")) {
            String[] xy = pair.split(",");
            if (xy.length != 2) {
                continue;
            }
            try {
                points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
            } catch (NumberFormatException e) {
                return List.of(); // a malformed list outlines nothing rather than a wrong shape
            }
        }
        return points;
    }

    private static OptionalDouble number(Optional<String> value) {
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(value.get().strip());
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** A graphic's width or height in pixels ("2480px" or "2480"); another unit (cm, in) says nothing of pixels. */
    static OptionalDouble length(Optional<String> value) {
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        Matcher m = LENGTH.matcher(value.get().toLowerCase(Locale.ROOT));
        return m.matches() && Double.parseDouble(m.group(1)) > 0 ? OptionalDouble.of(Double.parseDouble(m.group(1)))
                : OptionalDouble.empty();
    }

    private static String idOf(String pointer) {
        String first = pointer.strip().split("\\s+")[0];
        int hash = first.indexOf('#');
        return hash >= 0 ? first.substring(hash + 1) : first;
    }

    private static boolean inside(XmlElement e, String localName) {
        for (XmlElement a = e.parent(); a != null; a = a.parent()) {
            if (a.is(TEI, localName)) {
                return true;
            }
        }
        return false;
    }

    private static int lastAtOrBefore(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
