package org.siglum.ocr.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;
import org.siglum.ocr.ImportOptions;
import org.siglum.ocr.LayoutFormat;
import org.siglum.ocr.LayoutImport;
import org.siglum.ocr.LayoutImportException;
import org.siglum.ocr.OcrSource;
import org.siglum.witness.internal.TeiWitnessText;

/**
 * The import of OCR with coordinates on real Tesseract output (hOCR and ALTO of three pages we typeset and degraded,
 * bench/ocr-pages; the PAGE XML made from the ALTO by bench/ocr-pages/alto-to-page.py), checked against the truth the
 * typesetter wrote: where each line stands, the running heads and folios, the paragraphs; and against the engine's
 * own plain text: the OCR witness gives it back.
 */
class LayoutImportTest {

    static final String TEI = "http://www.tei-c.org/ns/1.0";
    private final FacsimileOcrImporter importer = new FacsimileOcrImporter();

    /** A test file, stored as it is or gzipped (NAME.gz). */
    static String resource(String name) throws IOException {
        InputStream in = LayoutImportTest.class.getResourceAsStream("/org/siglum/ocr/layout/" + name);
        if (in == null) {
            InputStream gz = LayoutImportTest.class.getResourceAsStream("/org/siglum/ocr/layout/" + name + ".gz");
            if (gz == null) {
                throw new IOException("no test resource " + name);
            }
            in = new java.util.zip.GZIPInputStream(gz);
        }
        try (InputStream open = in) {
            return new String(open.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<OcrSource> book(String extension, boolean withText) throws IOException {
        return book("book1", 3, extension, withText);
    }

    static List<OcrSource> book(String book, int pages, String extension, boolean withText) throws IOException {
        List<OcrSource> files = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            String name = book + "/p00" + p;
            OcrSource source = OcrSource.of("p00" + p + "." + extension, resource(name + "." + extension))
                    .withImageUrl("scan/p00" + p + ".png");
            files.add(withText ? source.withPlainText(resource(name + ".txt")) : source);
        }
        return files;
    }

    static String tesseractText() throws IOException {
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= 3; p++) {
            all.append(resource("book1/p00" + p + ".txt")).append('\n');
        }
        return all.toString();
    }

    static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void formatsAreKnownByTheirContent() throws IOException {
        assertThat(importer.detect(resource("book1/p001.hocr"))).contains(LayoutFormat.HOCR);
        assertThat(importer.detect(resource("book1/p001.xml"))).contains(LayoutFormat.ALTO);
        assertThat(importer.detect("plain OCR text\n\nof a page")).isEmpty();
        assertThat(importer.detect("<TEI xmlns=\"" + TEI + "\"/>")).isEmpty();
    }

    @Test
    void theHocrOfThreePagesGivesTheEnginesTextBackAsTheOcrWitness() throws Exception {
        LayoutImport result = importer.importPages(book("hocr", true), ImportOptions.defaults(), 0.6);
        XmlTree tree = XmlTree.parse(result.xml());
        assertThat(tree.problems()).as(result.xml()).isEmpty();
        assertThat(result.pages()).isEqualTo(3);
        assertThat(collapse(new TeiWitnessText().text(tree, "OCR"))).isEqualTo(collapse(tesseractText()));
        assertThat(result.warnings()).noneMatch(w -> w.contains("estimated"));
    }

    @Test
    void everyPrintedLineHasItsZoneWhereTheTypesetterPutIt() throws Exception {
        LayoutImport result = importer.importPages(book("hocr", true), ImportOptions.defaults(), 0.6);
        XmlTree tree = XmlTree.parse(result.xml());
        Truth truth = Truth.read(resource("book1/truth.json"));
        List<XmlElement> surfaces = tree.elementsNamed(TEI, "surface");
        assertThat(surfaces).hasSize(3);
        for (int p = 0; p < 3; p++) {
            XmlElement surface = surfaces.get(p);
            assertThat(surface.childElements().get(0).attribute("url")).contains("scan/p00" + (p + 1) + ".png");
            // a zone per printed line, and per running head and folio where the engine read them as one line
            List<int[]> zones = surface.childElements().stream().filter(z -> z.localName().equals("zone")
                    && List.of("line", "fw").contains(z.attribute("type").orElse(""))).map(LayoutImportTest::box)
                    .toList();
            for (Truth.Line line : truth.pages().get(p).lines()) {
                assertThat(zones).as("page %d, line %s at %s", p + 1, line.text(),
                        java.util.Arrays.toString(line.box())).anyMatch(z -> sameLine(z, line.box()));
            }
        }
        // and each line of the text points at its zone on its page
        for (XmlElement lb : tree.elementsNamed(TEI, "lb")) {
            String id = lb.attribute("facs").orElseThrow().substring(1);
            assertThat(tree.elements().filter(e -> e.xmlId().orElse("").equals(id)).findFirst()).isPresent();
        }
    }

    @Test
    void runningHeadsAndFoliosAreSetApartAndThePageBreaksCarryTheFolio() throws Exception {
        LayoutImport result = importer.importPages(book("hocr", true), ImportOptions.defaults(), 0.6);
        XmlTree tree = XmlTree.parse(result.xml());
        Truth truth = Truth.read(resource("book1/truth.json"));
        List<XmlElement> pbs = tree.elementsNamed(TEI, "pb");
        assertThat(pbs).hasSize(3);
        for (int p = 0; p < 3; p++) {
            Truth.Page page = truth.pages().get(p);
            XmlElement pb = pbs.get(p);
            assertThat(pb.attribute("facs")).contains("#f" + (p + 1));
            if (page.folio().isEmpty()) {
                continue;
            }
            // the OCR may misread the digits (๔๖ as ๕๐): a number of as many digits, in the same script
            assertThat(pb.attribute("n")).as("page %d", p + 1).isPresent();
            assertThat(pb.attribute("n").get()).hasSameSizeAs(page.folio()).matches("\\p{Nd}+");
        }
        List<String> heads = tree.elementsNamed(TEI, "fw").stream()
                .filter(fw -> fw.attribute("type").orElse("").equals("header")).map(XmlElement::textContent).toList();
        List<String> truthHeads = truth.pages().stream().map(Truth.Page::head).filter(h -> !h.isEmpty()).toList();
        assertThat(heads).hasSameSizeAs(truthHeads);
        for (int i = 0; i < heads.size(); i++) {
            assertThat(PageRoles.similarity(PageRoles.letters(heads.get(i)), PageRoles.letters(truthHeads.get(i))))
                    .isGreaterThan(0.8);
        }
        // no running head is left in a paragraph
        for (XmlElement p : inBody(tree, "p")) {
            for (String head : truthHeads) {
                assertThat(p.textContent().replaceAll("\\s+", "")).doesNotStartWith(head.replaceAll("\\s+", ""));
            }
        }
    }

    @Test
    void paragraphsAreTheTypesettersAndOneThatRunsOnOverAPageIsOne() throws Exception {
        LayoutImport result = importer.importPages(book("hocr", true), ImportOptions.defaults(), 0.6);
        XmlTree tree = XmlTree.parse(result.xml());
        Truth truth = Truth.read(resource("book1/truth.json"));
        assertThat(result.paragraphs()).isEqualTo(truth.paragraphs());
        assertThat(inBody(tree, "p")).hasSize(truth.paragraphs());
        // the chapter's title is set large: the heading
        assertThat(inBody(tree, "head")).hasSize(1);
    }

    @Test
    void theAltoOfTheSamePagesGivesTheSameEdition() throws Exception {
        LayoutImport hocr = importer.importPages(book("hocr", true), ImportOptions.defaults(), 0.6);
        LayoutImport alto = importer.importPages(book("xml", true), ImportOptions.defaults(), 0.6);
        assertThat(alto.format()).isEqualTo(LayoutFormat.ALTO);
        assertThat(alto.xml().replace("ALTO", "hOCR")).isEqualTo(hocr.xml());
    }

    @Test
    void pageXmlOfTheSamePagesGivesTheSameTextAndParagraphs() throws Exception {
        assertThat(importer.detect(resource("book1/p001.page"))).contains(LayoutFormat.PAGE);
        LayoutImport hocr = importer.importPages(book("hocr", true), ImportOptions.defaults(), 0.6);
        LayoutImport page = importer.importPages(book("page", false), ImportOptions.defaults(), 0.6);
        XmlTree tree = XmlTree.parse(page.xml());
        assertThat(tree.problems()).isEmpty();
        assertThat(page.format()).isEqualTo(LayoutFormat.PAGE);
        assertThat(collapse(new TeiWitnessText().text(tree, "OCR"))).isEqualTo(collapse(tesseractText()));
        assertThat(page.paragraphs()).isEqualTo(hocr.paragraphs());
        assertThat(page.runningHeads()).isEqualTo(hocr.runningHeads());
        assertThat(page.unsure()).isEqualTo(hocr.unsure());
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void theRolesAPageXmlFileNamesAreTakenAndItsOlderSchemaRead() throws Exception {
        String page = """
                <PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2010-03-19">
                  <Page imageFilename="f12r.jpg" imageWidth="2000" imageHeight="3000">
                    <TextRegion id="r2" type="paragraph">
                      <Coords><Point x="200" y="400"/><Point x="1800" y="400"/><Point x="1800" y="700"/><Point x="200" y="700"/></Coords>
                      <TextLine id="l2"><Coords><Point x="200" y="400"/><Point x="1800" y="400"/><Point x="1800" y="480"/><Point x="200" y="480"/></Coords>
                        <TextEquiv><Unicode>In principio erat verbum &amp; verbum</Unicode></TextEquiv></TextLine>
                      <TextLine id="l3"><Coords><Point x="200" y="500"/><Point x="1000" y="500"/><Point x="1000" y="580"/><Point x="200" y="580"/></Coords>
                        <TextEquiv><Unicode>erat apud Deum.</Unicode></TextEquiv></TextLine>
                    </TextRegion>
                    <TextRegion id="r1" type="header">
                      <Coords><Point x="200" y="100"/><Point x="1800" y="100"/><Point x="1800" y="180"/><Point x="200" y="180"/></Coords>
                      <TextLine id="l1"><Coords><Point x="200" y="100"/><Point x="1800" y="100"/><Point x="1800" y="180"/><Point x="200" y="180"/></Coords>
                        <TextEquiv><Unicode>EVANGELIVM 12</Unicode></TextEquiv></TextLine>
                    </TextRegion>
                    <ReadingOrder><OrderedGroup id="g"><RegionRefIndexed index="0" regionRef="r1"/><RegionRefIndexed index="1" regionRef="r2"/></OrderedGroup></ReadingOrder>
                  </Page>
                </PcGts>
                """;
        LayoutImport result = importer.importPages(List.of(OcrSource.of("f12r.xml", page)),
                new ImportOptions("la", "OCR", null, "f12r.xml"), 0.6);
        XmlTree tree = XmlTree.parse(result.xml());
        assertThat(tree.problems()).isEmpty();
        assertThat(tree.elementsNamed(TEI, "pb").get(0).attribute("n")).contains("12");
        assertThat(tree.elementsNamed(TEI, "fw").stream().map(fw -> fw.textContent().strip()))
                .containsExactly("EVANGELIVM", "12");
        assertThat(inBody(tree, "p")).singleElement().extracting(XmlElement::textContent)
                .isEqualTo("In principio erat verbum & verbumerat apud Deum.");
        assertThat(tree.elementsNamed(TEI, "graphic").get(0).attribute("url")).contains("f12r.jpg");
        assertThat(collapse(new TeiWitnessText().text(tree, "OCR")))
                .isEqualTo("EVANGELIVM 12 In principio erat verbum & verbum erat apud Deum.");
    }

    @Test
    void altoAsEscriptoriumWritesItWholeLinesWithPolygonsIsRead() throws Exception {
        // eScriptorium and Kraken: ALTO 4, a String per line (no SP), polygons, the baseline as an attribute
        String alto = """
                <?xml version="1.0" encoding="UTF-8"?>
                <alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">
                  <Description><MeasurementUnit>pixel</MeasurementUnit>
                    <sourceImageInformation><fileName>folio_3r.jpg</fileName></sourceImageInformation>
                    <OCRProcessing ID="OCR_0"><ocrProcessingStep><processingSoftware>
                      <softwareName>escriptorium</softwareName></processingSoftware></ocrProcessingStep></OCRProcessing>
                  </Description>
                  <Layout><Page WIDTH="2400" HEIGHT="3200" PHYSICAL_IMG_NR="1" ID="eSc_dummypage_">
                    <PrintSpace HPOS="0" VPOS="0" WIDTH="2400" HEIGHT="3200">
                      <TextBlock ID="eSc_textblock_1" HPOS="300" VPOS="400" WIDTH="1800" HEIGHT="220">
                        <Shape><Polygon POINTS="300 400 2100 400 2100 620 300 620"/></Shape>
                        <TextLine ID="eSc_line_a" BASELINE="310 480 2090 470" HPOS="310" VPOS="410" WIDTH="1780" HEIGHT="90">
                          <Shape><Polygon POINTS="310 410 2090 405 2090 495 310 500"/></Shape>
                          <String CONTENT="وقال أبو العباس في كتابه" HPOS="310" VPOS="410" WIDTH="1780" HEIGHT="90" WC="0.93"/>
                        </TextLine>
                        <TextLine ID="eSc_line_b" BASELINE="310 590 1200 585" HPOS="310" VPOS="520" WIDTH="890" HEIGHT="90">
                          <Shape><Polygon POINTS="310 520 1200 515 1200 605 310 610"/></Shape>
                          <String CONTENT="هذا ما قيل" HPOS="310" VPOS="520" WIDTH="890" HEIGHT="90" WC="0.41"/>
                        </TextLine>
                      </TextBlock>
                    </PrintSpace>
                  </Page></Layout>
                </alto>""";
        LayoutImport result = importer.importPages(List.of(OcrSource.of("folio_3r.xml", alto)),
                new ImportOptions("ar", "A", null, "folio_3r.xml"), 0.6);
        XmlTree tree = XmlTree.parse(result.xml());
        assertThat(tree.problems()).isEmpty();
        assertThat(result.lines()).isEqualTo(2);
        List<XmlElement> zones = tree.elementsNamed(TEI, "zone").stream()
                .filter(z -> z.attribute("type").orElse("").equals("line")).toList();
        assertThat(zones.get(0).attribute("points")).contains("310,410 2090,405 2090,495 310,500");
        assertThat(tree.elementsNamed(TEI, "graphic").get(0).attribute("url")).contains("folio_3r.jpg");
        assertThat(collapse(new TeiWitnessText().text(tree, "A"))).isEqualTo("وقال أبو العباس في كتابه هذا ما قيل");
        assertThat(tree.elementsNamed(TEI, "seg")).singleElement().satisfies(seg -> {
            assertThat(seg.textContent()).isEqualTo("هذا ما قيل");
            assertThat(seg.attribute("cert")).contains("0.41");
        });
    }

    @Test
    void pageXmlAsTranskribusWritesItNamesItsRegionsInCustom() throws Exception {
        String page = """
                <PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15">
                  <Page imageFilename="0007.jpg" imageWidth="1500" imageHeight="2200">
                    <TextRegion id="r2" custom="readingOrder {index:1;}">
                      <Coords points="150,300 1350,300 1350,500 150,500"/>
                      <TextLine id="r2l1" custom="readingOrder {index:0;}"><Coords points="150,300 1350,300 1350,360 150,360"/>
                        <Baseline points="150,350 1350,350"/><TextEquiv><Unicode>Capitulo primero de la obra</Unicode></TextEquiv></TextLine>
                    </TextRegion>
                    <TextRegion id="r1" custom="readingOrder {index:0;} structure {type:header;}">
                      <Coords points="600,100 900,100 900,150 600,150"/>
                      <TextLine id="r1l1"><Coords points="600,100 900,100 900,150 600,150"/>
                        <TextEquiv><Unicode>HISTORIA</Unicode></TextEquiv></TextLine>
                    </TextRegion>
                    <TextRegion id="r3" custom="readingOrder {index:2;} structure {type:page-number;}">
                      <Coords points="700,2050 800,2050 800,2100 700,2100"/>
                      <TextLine id="r3l1"><Coords points="700,2050 800,2050 800,2100 700,2100"/>
                        <TextEquiv><Unicode>7</Unicode></TextEquiv></TextLine>
                    </TextRegion>
                  </Page>
                </PcGts>""";
        LayoutImport result = importer.importPages(List.of(OcrSource.of("0007.xml", page)),
                new ImportOptions("es", "OCR", null, "0007.xml"), 0.6);
        XmlTree tree = XmlTree.parse(result.xml());
        assertThat(tree.problems()).isEmpty();
        assertThat(tree.elementsNamed(TEI, "fw").stream().map(fw -> fw.attribute("type").orElse("") + ":"
                + fw.textContent().strip())).containsExactly("header:HISTORIA", "pageNum:7");
        assertThat(tree.elementsNamed(TEI, "pb").get(0).attribute("n")).contains("7");
        assertThat(collapse(new TeiWitnessText().text(tree, "OCR"))).isEqualTo("HISTORIA Capitulo primero de la obra 7");
    }

    @Test
    void aFileOfManyPagesIsReadPageByPage() throws Exception {
        // Tesseract writes one hOCR for a list of images: the pages' divs one after the other
        String one = resource("book1/p001.hocr");
        String two = resource("book1/p002.hocr");
        String body2 = two.substring(two.indexOf("<div class='ocr_page'"), two.lastIndexOf("</body>"));
        String both = one.replace("</body>", body2 + "</body>");
        LayoutImport result = importer.importPages(List.of(OcrSource.of("book.hocr", both)
                .withPlainText(resource("book1/p001.txt") + "\f" + resource("book1/p002.txt"))),
                ImportOptions.defaults(), 0.6);
        assertThat(result.pages()).isEqualTo(2);
        XmlTree tree = XmlTree.parse(result.xml());
        assertThat(tree.elementsNamed(TEI, "graphic")).extracting(g -> g.attribute("url").orElse(""))
                .containsExactly("scan/p001.png", "scan/p002.png");
        assertThat(collapse(new TeiWitnessText().text(tree, "OCR")))
                .isEqualTo(collapse(resource("book1/p001.txt") + resource("book1/p002.txt")));
    }

    @Test
    void withoutThePlainTextThaiSpacesAreEstimatedAndSaidSo() throws Exception {
        LayoutImport result = importer.importPages(book("hocr", false), ImportOptions.defaults(), 0.6);
        assertThat(result.warnings()).anyMatch(w -> w.contains("estimated from the gaps"));
        XmlTree tree = XmlTree.parse(result.xml());
        // the letters are the engine's; only spaces may differ
        assertThat(new TeiWitnessText().text(tree, "OCR").replaceAll("\\s+", ""))
                .isEqualTo(tesseractText().replaceAll("\\s+", ""));
    }

    @Test
    void wordsTheEngineWasUnsureOfAreKeptWithTheirConfidenceAndZone() throws Exception {
        LayoutImport none = importer.importPages(book("hocr", true), ImportOptions.defaults(), 0);
        assertThat(none.unsure()).isZero();
        assertThat(none.xml()).doesNotContain("<seg");
        LayoutImport result = importer.importPages(book("hocr", true), ImportOptions.defaults(), 0.6);
        XmlTree tree = XmlTree.parse(result.xml());
        List<XmlElement> segs = tree.elementsNamed(TEI, "seg");
        assertThat(segs).hasSize(result.unsure()).isNotEmpty();
        String hocr = resource("book1/p001.hocr") + resource("book1/p002.hocr") + resource("book1/p003.hocr");
        for (XmlElement seg : segs) {
            double cert = Double.parseDouble(seg.attribute("cert").orElseThrow());
            assertThat(cert).isLessThan(0.6);
            String zone = seg.attribute("facs").orElseThrow().substring(1);
            XmlElement z = tree.elements().filter(e -> e.xmlId().orElse("").equals(zone)).findFirst().orElseThrow();
            assertThat(z.attribute("cert")).contains(seg.attribute("cert").get());
            // a word of the engine's with that confidence exists
            assertThat(hocr).contains("x_wconf " + Math.round(cert * 100) + "'");
        }
    }

    /**
     * Two more books set and OCR'd by bench/ocr-pages: six pages of English with two footnotes (DejaVu Serif), and
     * eight pages of Thai in another face (Kinnari) scanned worse (severity 1.5: blur, noise, lost resolution, specks
     * the engine reads as a line of garbage on the title page).
     */
    @Test
    void otherBooksInOtherFacesAndScansGiveTheirPagesRunningHeadsParagraphsAndNotes() throws Exception {
        for (String[] book : new String[][] {{"book2-en", "6", "en"}, {"book3-th", "8", "th"}}) {
            int pages = Integer.parseInt(book[1]);
            LayoutImport result = importer.importPages(book(book[0], pages, "hocr", true),
                    new ImportOptions(book[2], "OCR", null, book[0]), 0.6);
            XmlTree tree = XmlTree.parse(result.xml());
            assertThat(tree.problems()).isEmpty();
            Truth truth = Truth.read(resource(book[0] + "/truth.json"));
            assertThat(result.pages()).as(book[0]).isEqualTo(pages);
            long heads = truth.pages().stream().filter(p -> !p.head().isEmpty()).count();
            assertThat(tree.elementsNamed(TEI, "fw").stream().filter(fw -> fw.attribute("type").orElse("")
                    .equals("header"))).as(book[0] + " running heads").hasSize((int) heads);
            long notes = truth.pages().stream().flatMap(p -> p.lines().stream())
                    .filter(l -> l.kind().equals("note") && l.text().matches("^\\P{L}*\\p{N}.*")).count();
            assertThat(inBody(tree, "note")).as(book[0] + " notes").hasSize((int) notes);
            // the paragraphs are the typesetter's; the worse scan may add the garbage line its specks made
            assertThat(result.paragraphs()).as(book[0] + " paragraphs").isBetween(truth.paragraphs(),
                    truth.paragraphs() + (book[0].endsWith("th") ? 1 : 0));
            // a page number on every page but at most one the OCR could not read
            assertThat(tree.elementsNamed(TEI, "pb").stream().filter(pb -> pb.attribute("n").isPresent()))
                    .as(book[0] + " page numbers").hasSizeGreaterThanOrEqualTo(pages - 1);
            StringBuilder text = new StringBuilder();
            for (int p = 1; p <= pages; p++) {
                text.append(resource(book[0] + "/p00" + p + ".txt")).append('\n');
            }
            // nothing is lost: the OCR witness is the engine's text, its footnotes where they are printed
            assertThat(collapse(new TeiWitnessText().text(tree, "OCR"))).isEqualTo(collapse(text.toString()));
            // and another witness reads neither the running heads nor the source's footnotes
            String edited = new TeiWitnessText().text(tree, "ED");
            for (XmlElement fw : tree.elementsNamed(TEI, "fw")) {
                assertThat(fw.attribute("source")).contains("#OCR");
            }
            for (XmlElement note : inBody(tree, "note")) {
                assertThat(edited.replaceAll("\\s+", "")).doesNotContain(note.textContent().replaceAll("\\s+", ""));
            }
            assertThat(edited.length()).isLessThan(new TeiWitnessText().text(tree, "OCR").length());
        }
    }

    @Test
    void aFileThatIsNotWellFormedIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> importer.importPages(List.of(OcrSource.of("bad.hocr",
                "<html>\n<body><div class='ocr_page'>\n<span class='ocr_line' title=\"bbox 1 2 3 4\">x</div>")),
                ImportOptions.defaults(), 0.5)).isInstanceOf(LayoutImportException.class)
                .hasMessageStartingWith("bad.hocr:3:");
        assertThatThrownBy(() -> importer.importPages(List.of(OcrSource.of("tei.xml", "<TEI/>")),
                ImportOptions.defaults(), 0.5)).hasMessageContaining("tei.xml:1:1").hasMessageContaining("<TEI>");
    }

    /** The elements of a name in the text's body. */
    static List<XmlElement> inBody(XmlTree tree, String name) {
        return tree.elementsNamed(TEI, name).stream().filter(e -> {
            for (XmlElement up = e.parent(); up != null; up = up.parent()) {
                if (up.localName().equals("body")) {
                    return true;
                }
            }
            return false;
        }).toList();
    }

    static int[] box(XmlElement zone) {
        return new int[] {Integer.parseInt(zone.attribute("ulx").orElseThrow()),
                Integer.parseInt(zone.attribute("uly").orElseThrow()),
                Integer.parseInt(zone.attribute("lrx").orElseThrow()),
                Integer.parseInt(zone.attribute("lry").orElseThrow())};
    }

    /**
     * Whether a zone is the printed line of a box of the truth: its middle lies in the line's box (which spans the
     * font's whole height, where the engine's box is the ink's) and the two cover mostly the same width.
     */
    static boolean sameLine(int[] zone, int[] truth) {
        int cy = (zone[1] + zone[3]) / 2;
        int cx = (zone[0] + zone[2]) / 2;
        int w = Math.min(zone[2], truth[2]) - Math.max(zone[0], truth[0]);
        return cy >= truth[1] && cy <= truth[3] && cx >= truth[0] && cx <= truth[2]
                && w >= 0.6 * Math.max(zone[2] - zone[0], truth[2] - truth[0]);
    }

}
