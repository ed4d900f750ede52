package org.siglum.export.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.export.Diagnostic;
import org.siglum.export.ExportResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/** The web edition of an edition with a facsimile: its page images copied beside it, lines and zones linked. */
class WebEditionFacsimileTest {

    @TempDir
    Path dir;

    @Test
    void thePageImagesAreCopiedBesideTheWebEditionAndReferredToRelatively() throws Exception {
        Path edition = FacsimileEdition.write(dir);
        ExportResult result = WebEditions.export(edition, dir.resolve("out"));
        Path web = dir.resolve("out/edition");
        // beside the edition: the same relative path; outside it: into pages/ by name
        assertThat(web.resolve("pages/p001.png")).hasSameBinaryContentAs(dir.resolve("edition/pages/p001.png"));
        assertThat(web.resolve("pages/p002.png")).hasSameBinaryContentAs(dir.resolve("scans/p002.png"));
        assertThat(result.files()).contains(web.resolve("pages/p001.png"), web.resolve("pages/p002.png"));
        assertThat(result.diagnostics()).isEmpty();

        Document page = WebEditions.parse(web.resolve("index.html"));
        NodeList images = WebEditions.xpath(page, "//h:aside[@class = 'facsimile']//h:figure/h:div/h:img");
        assertThat(images.getLength()).isEqualTo(2);
        assertThat(((Element) images.item(0)).getAttribute("src")).isEqualTo("pages/p001.png");
        assertThat(((Element) images.item(1)).getAttribute("src")).isEqualTo("pages/p002.png");
        assertThat(((Element) images.item(0)).getAttribute("width")).isEqualTo("1200");
    }

    @Test
    void eachLinesTextNamesItsZoneAndEachZoneIsDrawnOverItsPage() throws Exception {
        Path edition = FacsimileEdition.write(dir);
        WebEditions.export(edition, dir.resolve("out"));
        Document page = WebEditions.parse(dir.resolve("out/edition/index.html"));
        String svg = "http://www.w3.org/2000/svg";
        NodeList rects = page.getElementsByTagNameNS(svg, "rect");
        NodeList polygons = page.getElementsByTagNameNS(svg, "polygon");
        assertThat(rects.getLength()).isEqualTo(FacsimileEdition.LINES);
        assertThat(polygons.getLength()).isEqualTo(FacsimileEdition.LINES);
        Element first = (Element) rects.item(0);
        assertThat(List.of(first.getAttribute("data-zone"), first.getAttribute("x"), first.getAttribute("y"),
                first.getAttribute("width"), first.getAttribute("height")))
                .containsExactly("S1L1", "120", "260", "960", "70");
        assertThat(((Element) polygons.item(0)).getAttribute("points")).isEqualTo("120,270 1200,260 1200,320 120,330"
                .replace("1200", "1080"));
        assertThat(((Element) page.getElementsByTagNameNS(svg, "svg").item(0)).getAttribute("viewBox"))
                .isEqualTo("0 0 1200 1700");

        // the text of line 3, across the italics, is all of line 3's zone
        NodeList line3 = WebEditions.xpath(page, "//h:main//h:span[@class = 'ln'][@data-zone = 'S1L3']");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < line3.getLength(); i++) {
            text.append(line3.item(i).getTextContent());
        }
        assertThat(text.toString().strip()).isEqualTo("Page 1, line 3: the printed words in italics and on");
        assertThat(WebEditions.xpath(page, "//h:main//h:span[@class = 'ln']").getLength())
                .isGreaterThanOrEqualTo(2 * FacsimileEdition.LINES);
        // each page mark says which figure is its page
        NodeList marks = WebEditions.xpath(page, "//h:span[@class = 'pb'][@data-page]");
        assertThat(marks.getLength()).isEqualTo(2);
        assertThat(((Element) marks.item(1)).getAttribute("data-page")).isEqualTo("facs-2");
        assertThat(WebEditions.xpath(page, "//h:figure[@id = 'facs-2'][@data-surface = 'S2']").getLength()).isEqualTo(1);
    }

    @Test
    void aMissingImageIsAWarningWithItsPlaceAndTheExportGoesOn() throws Exception {
        Path edition = FacsimileEdition.write(dir);
        Files.delete(dir.resolve("scans/p002.png"));
        ExportResult result = WebEditions.export(edition, dir.resolve("out"));
        assertThat(result.diagnostics()).hasSize(1);
        Diagnostic warning = result.diagnostics().get(0);
        assertThat(warning.severity()).isEqualTo(Diagnostic.Severity.WARNING);
        assertThat(warning.message()).contains("../scans/p002.png").contains("not there");
        String source = Files.readString(edition);
        int line = source.substring(0, source.indexOf("<graphic url=\"../scans")).split("\n", -1).length;
        assertThat(warning.line()).isEqualTo(line);
        assertThat(dir.resolve("out/edition/index.html")).exists();
        assertThat(dir.resolve("out/edition/pages/p001.png")).exists();
    }

    @Test
    void anEditionWithoutFacsimileHasNoPageImagesAndNoLineSpans() throws Exception {
        Path edition = Files.writeString(dir.resolve("plain.xml"), """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
                <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
                <text><body><p><pb n="1"/><lb/>one <lb/>two</p></body></text></TEI>
                """);
        WebEditions.export(edition, dir.resolve("out"));
        Document page = WebEditions.parse(dir.resolve("out/plain/index.html"));
        assertThat(WebEditions.xpath(page, "//h:aside | //h:span[@class = 'ln'] | //*[@data-page]").getLength())
                .isZero();
        assertThat(WebEditions.xpath(page, "/h:html/h:body/h:main").getLength()).isEqualTo(1);
        assertThat(Files.exists(dir.resolve("out/plain/pages"))).isFalse();
    }

    @Test
    void theWebEditionWithAFacsimileIsValidHtml5() throws Exception {
        Path edition = FacsimileEdition.write(dir);
        WebEditions.export(edition, dir.resolve("out"));
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // remarks, not errors
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": fatal: " + e.getMessage());
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        validator.checkHtmlFile(dir.resolve("out/edition/index.html").toFile(), true);
        assertThat(errors).as("HTML5 errors in the web edition with a facsimile").isEmpty();
    }
}
