package org.siglum.ocr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;
import org.siglum.ocr.ImportOptions;
import org.siglum.ocr.OcrImport;
import org.siglum.ocr.OcrImporter;
import org.siglum.ocr.OcrSource;
import org.siglum.witness.internal.TeiWitnessText;

/**
 * Four pages of a Thai book typeset by bench/ocr-pages (a title page, running heads on three, page numbers 45-48,
 * two footnotes on page 47), degraded as scans and read by Tesseract 5 to text, hOCR and ALTO: the import of each
 * against the typesetter's truth (test resources ocr-pages/truth.json). The images are the scans at half size, so
 * the coordinates are scaled to them.
 */
class OcrPagesTruthTest {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final int PAGES = 4;

    record TruthLine(int page, String kind, String text, int paragraph, boolean start, int[] box) {
    }

    record Truth(List<String> folios, List<String> heads, List<TruthLine> lines) {
        int paragraphs() {
            Set<Integer> ids = new HashSet<>();
            lines.stream().filter(l -> l.kind().equals("body")).forEach(l -> ids.add(l.paragraph()));
            return ids.size();
        }

        long notes() {
            return lines.stream().filter(l -> l.kind().equals("note") && l.start()).count();
        }

        long runningHeads() {
            return heads.stream().filter(h -> !h.isEmpty()).count();
        }
    }

    static String resource(String name) {
        try (InputStream in = OcrPagesTruthTest.class.getResourceAsStream("/ocr-pages/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource ocr-pages/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage image(String name) {
        try (InputStream in = OcrPagesTruthTest.class.getResourceAsStream("/ocr-pages/" + name)) {
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Truth truth() {
        Pattern page = Pattern.compile("\\{\"image\": \"[^\"]*\", \"folio\": \"([^\"]*)\", \"head\": \"([^\"]*)\"");
        Pattern line = Pattern.compile("\\{\"kind\": \"(\\w+)\", \"text\": \"((?:[^\"\\\\]|\\\\.)*)\", \"paragraph\": (-?\\d+),"
                + " \"start\": (true|false), \"end\": (?:true|false), \"box\": \\[(\\d+), (\\d+), (\\d+), (\\d+)]");
        List<String> folios = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        List<TruthLine> lines = new ArrayList<>();
        for (String l : resource("truth.json").split("\n")) {
            Matcher p = page.matcher(l);
            if (p.find()) {
                folios.add(p.group(1));
                heads.add(p.group(2));
                continue;
            }
            Matcher m = line.matcher(l);
            if (m.find()) {
                lines.add(new TruthLine(folios.size(), m.group(1), m.group(2), Integer.parseInt(m.group(3)),
                        m.group(4).equals("true"), new int[] {Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                                Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8))}));
            }
        }
        return new Truth(folios, heads, lines);
    }

    /** What an import found, read from its TEI. */
    record Found(XmlTree tree, List<String> folios, int heads, int numbers, int paragraphs, List<String> headings,
            int notes) {
    }

    static Found found(String xml) {
        XmlTree tree = XmlTree.parse(xml);
        assertThat(tree.problems()).isEmpty();
        List<String> folios = new ArrayList<>();
        for (XmlElement pb : tree.elementsNamed(TEI, "pb")) {
            folios.add(pb.attribute("n").orElse("?"));
        }
        int heads = 0;
        int numbers = 0;
        for (XmlElement fw : tree.elementsNamed(TEI, "fw")) {
            String type = fw.attribute("type").orElse("");
            heads += type.equals("header") ? 1 : 0;
            numbers += type.equals("pageNum") ? 1 : 0;
        }
        List<String> headings = new ArrayList<>();
        for (XmlElement h : tree.elementsNamed(TEI, "head")) {
            headings.add(h.textContent().replaceAll("\\s+", " ").strip());
        }
        int notes = (int) tree.elementsNamed(TEI, "note").stream().filter(n -> n.attribute("source").isPresent()).count();
        int paragraphs = (int) tree.elementsNamed(TEI, "p").stream().filter(p -> !inHeader(p)).count();
        return new Found(tree, folios, heads, numbers, paragraphs, headings, notes);
    }

    static boolean inHeader(XmlElement e) {
        for (XmlElement a = e; a != null; a = a.parent()) {
            if (a.is(TEI, "teiHeader")) {
                return true;
            }
        }
        return false;
    }

    static List<OcrSource> pages(String ext, boolean images) {
        List<OcrSource> sources = new ArrayList<>();
        for (int i = 1; i <= PAGES; i++) {
            String name = String.format("p%03d", i);
            BufferedImage png = images ? image(name + ".png") : null;
            sources.add(new OcrSource(name + ext, resource(name + ext), images ? name + ".png" : null,
                    images ? png.getWidth() : 0, images ? png.getHeight() : 0));
        }
        return sources;
    }

    private static void assertStructure(String label, OcrImport result, Truth truth) {
        Found f = found(result.tei());
        System.out.printf("%s: %s | truth: %d pages, %d paragraphs, %d running heads, %d page numbers, %d notes%n",
                label, result.summary(), truth.folios().size(), truth.paragraphs(), truth.runningHeads(),
                truth.folios().size(), truth.notes());
        assertThat(f.folios()).as(label + ": pages and their numbers").isEqualTo(truth.folios());
        assertThat((long) f.heads()).as(label + ": running heads").isEqualTo(truth.runningHeads());
        assertThat(f.numbers()).as(label + ": page numbers").isEqualTo(truth.folios().size());
        assertThat(f.notes()).as(label + ": footnotes").isEqualTo(truth.notes());
        assertThat(f.headings()).as(label + ": the chapter's title").anySatisfy(h -> assertThat(h).contains("นโยบาย"));
        // paragraphs within one of the truth's: a paragraph end is judged from the layout of degraded scans
        assertThat(f.paragraphs()).as(label + ": paragraphs").isBetween(truth.paragraphs() - 1, truth.paragraphs() + 1);
        assertThat(result.pages()).isEqualTo(truth.folios().size());
        assertThat(result.runningHeads()).isEqualTo(f.heads());
        assertThat(result.paragraphs()).isEqualTo(f.paragraphs());
    }

    @Test
    void aBookWithFormFeedsImportsToItsPagesHeadsNumbersNotesAndParagraphs() {
        String text = resource("book-ff.txt");
        OcrImport r = new PlainTextOcrImporter().importOcr(List.of(OcrSource.of("book-ff.txt", text)),
                ImportOptions.defaults());
        assertStructure("text, form feeds", r, truth());
        assertThat(r.pageRule()).isEqualTo("form-feed");
        String witness = new TeiWitnessText().text(XmlTree.parse(r.tei()), "OCR");
        assertThat(Seed.collapse(witness)).isEqualTo(Seed.collapse(text.replace('\f', '\n')));
    }

    @Test
    void aBookWithPagesBetweenBlankLinesImportsToItsPagesByTheirFurniture() {
        String text = resource("book-blank.txt");
        OcrImport r = new PlainTextOcrImporter().importOcr(List.of(OcrSource.of("book-blank.txt", text)),
                ImportOptions.defaults());
        assertStructure("text, blank lines", r, truth());
        assertThat(r.pageRule()).isEqualTo("furniture");
        String witness = new TeiWitnessText().text(XmlTree.parse(r.tei()), "OCR");
        assertThat(Seed.collapse(witness)).isEqualTo(Seed.collapse(text));
    }

    @Test
    void hocrPagesImportWithTheirStructureAndALineZoneOverEveryPrintedLine() throws Exception {
        OcrImport r = new HocrOcrImporter().importOcr(pages(".hocr", true), ImportOptions.defaults());
        assertStructure("hOCR", r, truth());
        assertZones("hOCR", r, truth());
    }

    @Test
    void altoPagesImportWithTheirStructureAndALineZoneOverEveryPrintedLine() throws Exception {
        OcrImport r = new AltoOcrImporter().importOcr(pages(".xml", true), ImportOptions.defaults());
        assertStructure("ALTO", r, truth());
        assertZones("ALTO", r, truth());
    }

    /**
     * Every printed line of the truth has a line zone over it (intersection over union at least 0.5, in the half-size
     * image's pixels); every surface has its image and size; every pb and lb points at a surface and a zone.
     */
    private static void assertZones(String label, OcrImport r, Truth truth) {
        XmlTree tree = XmlTree.parse(r.tei());
        List<XmlElement> surfaces = tree.elementsNamed(TEI, "surface");
        assertThat(surfaces).hasSize(PAGES);
        List<List<int[]>> zones = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int p = 0; p < PAGES; p++) {
            XmlElement s = surfaces.get(p);
            s.xmlId().ifPresent(ids::add);
            BufferedImage png = image(String.format("p%03d.png", p + 1));
            XmlElement graphic = s.childElements().get(0);
            assertThat(graphic.attribute("url")).contains(String.format("p%03d.png", p + 1));
            assertThat(graphic.attribute("width")).contains(png.getWidth() + "px");
            assertThat(s.attribute("lrx")).contains(String.valueOf(png.getWidth()));
            List<int[]> onPage = new ArrayList<>();
            for (XmlElement z : s.childElements()) {
                z.xmlId().ifPresent(ids::add);
                if (z.is(TEI, "zone") && z.attribute("type").orElse("").equals("line")) {
                    onPage.add(new int[] {i(z, "ulx"), i(z, "uly"), i(z, "lrx"), i(z, "lry")});
                }
            }
            zones.add(onPage);
        }
        int body = 0;
        int matched = 0;
        int centred = 0;
        for (TruthLine l : truth.lines()) {
            int[] b = {l.box()[0] / 2, l.box()[1] / 2, l.box()[2] / 2, l.box()[3] / 2};
            List<int[]> onPage = zones.get(l.page() - 1);
            if (l.kind().equals("body")) {
                body++;
                if (onPage.stream().anyMatch(z -> iou(z, b) >= 0.5)) {
                    matched++;
                }
            }
            int cx = (b[0] + b[2]) / 2;
            int cy = (b[1] + b[3]) / 2;
            if (onPage.stream().anyMatch(z -> z[0] <= cx && cx <= z[2] && z[1] <= cy && cy <= z[3])) {
                centred++;
            }
        }
        System.out.printf("%s: %d of %d body lines under a line zone (IoU >= 0.5); %d of %d printed lines (heads,"
                + " numbers, notes too) have their centre in one%n", label, matched, body, centred, truth.lines().size());
        assertThat((double) matched / body).as(label + ": body lines under a zone").isGreaterThanOrEqualTo(0.95);
        assertThat(centred).as(label + ": printed lines in a zone").isEqualTo(truth.lines().size());
        for (XmlElement e : tree.elementList()) {
            if (e.is(TEI, "pb") || e.is(TEI, "lb") || e.is(TEI, "fw") || e.is(TEI, "w")) {
                String facs = e.attribute("facs").orElseThrow(() -> new AssertionError(e + " has no facs"));
                assertThat(ids).as(label + ": " + facs).contains(facs.substring(1));
            }
        }
        assertThat(tree.elementsNamed(TEI, "pb")).allSatisfy(pb -> assertThat(pb.attribute("facs").orElseThrow()).startsWith("#s"));
    }

    private static int i(XmlElement z, String a) {
        return Integer.parseInt(z.attribute(a).orElseThrow());
    }

    static double iou(int[] a, int[] b) {
        int w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
        int h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double inter = (double) w * h;
        return inter / ((double) (a[2] - a[0]) * (a[3] - a[1]) + (double) (b[2] - b[0]) * (b[3] - b[1]) - inter);
    }

}
