package org.siglum.export.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.xpath.XPath;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.core.EditionDocument;
import org.siglum.export.ExportCanceledException;
import org.siglum.export.ExportException;
import org.siglum.export.ExportRequest;
import org.siglum.export.ProgressMonitor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

class HtmlExporterTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @TempDir
    static Path shared;
    private static Path index;
    private static Document page;
    private static String sample;

    @BeforeAll
    static void exportTheSample() throws Exception {
        WebEditions.export(WebEditions.sample(), shared);
        index = shared.resolve("chapter-3/index.html");
        page = WebEditions.parse(index);
        sample = Files.readString(WebEditions.sample(), StandardCharsets.UTF_8);
    }

    private static NodeList xpath(String expression) throws Exception {
        return WebEditions.xpath(page, expression);
    }

    private static Element byId(String id) throws Exception {
        NodeList found = xpath("//*[@id='" + id + "']");
        assertThat(found.getLength()).as("elements with id " + id).isEqualTo(1);
        return (Element) found.item(0);
    }

    private static Node element(String xml) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)))
                .getDocumentElement();
    }

    private static int count(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theSampleBecomesAFolderWithItsPageStyleAndScriptAndNothingFromTheNetwork() throws Exception {
        try (Stream<Path> files = Files.list(shared.resolve("chapter-3"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("index.html",
                    "siglum.css", "siglum.js");
        }
        String html = Files.readString(index, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(page.getDocumentElement().getNamespaceURI()).isEqualTo(XHTML);
        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("th");
        // every src and href of the page is a file beside it or a place in it
        for (String attribute : List.of("src", "href")) {
            NodeList refs = xpath("//@" + attribute);
            for (int i = 0; i < refs.getLength(); i++) {
                String value = refs.item(i).getNodeValue();
                assertThat(value).as(attribute).matches("#.+|siglum\\.(css|js)");
            }
        }
        String css = Files.readString(shared.resolve("chapter-3/siglum.css"));
        assertThat(css).doesNotContain("url(", "@import", "keep-all").contains("\"Noto Sans Thai\"", "\"Loma\"");
        assertThat(Files.readString(shared.resolve("chapter-3/siglum.js"))).doesNotContain("fetch(", "XMLHttpRequest",
                "http:", "https:");
    }

    @Test
    void idsAreUniqueAndEveryLinkInThePageLeadsToOne() throws Exception {
        NodeList ids = xpath("//@id");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.getLength(); i++) {
            assertThat(seen.add(ids.item(i).getNodeValue())).as("unique id " + ids.item(i).getNodeValue()).isTrue();
        }
        NodeList links = xpath("//@href[starts-with(., '#')] | //@aria-controls | //@aria-labelledby");
        assertThat(links.getLength()).isGreaterThan(300);
        for (int i = 0; i < links.getLength(); i++) {
            assertThat(seen).contains(links.item(i).getNodeValue().replaceFirst("^#", ""));
        }
    }

    @Test
    void anApparatusEntryShowsBothReadingsAndAButtonThatControlsItsPanel() throws Exception {
        Diff diff = DiffBuilder.compare(element("""
                <span xmlns="http://www.w3.org/1999/xhtml" class="app" id="app-e1"><span class="lem" data-wit="ED">ประหัตประหาร</span><span class="rdg" data-wit="OCR" hidden="hidden">ประทัดประหาร</span><button type="button" class="app-mark" aria-expanded="false" aria-controls="app-e1-readings" title="ความต่างของฉบับ" aria-label="ความต่างของฉบับ"></button><span class="app-panel" id="app-e1-readings" hidden="hidden"><span class="lemma">ประหัตประหาร</span> <span class="siglum">ED</span><span class="bracket">]</span> <span class="reading">ประทัดประหาร</span> <span class="siglum">OCR</span> <span class="kind" lang="en">(misrecognised letter)</span></span></span>
                """)).withTest(Input.fromNode(byId("app-e1"))).checkForIdentical().build();
        assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
    }

    @Test
    void everyOcrEntryHasAMarkAndTheRunningHeadNone() throws Exception {
        int ocrEntries = count("<app type=\"ocr\"", sample);
        assertThat(ocrEntries).isEqualTo(135);
        assertThat(xpath("//h:button[@class='app-mark']").getLength()).isEqualTo(ocrEntries);
        assertThat(xpath("//h:span[@class='app']").getLength()).isEqualTo(ocrEntries + 1);
        assertThat(byId("app-1").getElementsByTagNameNS(XHTML, "button").getLength()).isZero();
        // an uncertain correction carries the editor's note into the panel
        assertThat(byId("app-e2-readings").getTextContent()).contains("กรรมการ", "]", "กรรมกร", "OCR",
                "medium: workers for committees");
    }

    @Test
    void notesLinkToTheirMarkersAndBackAndPrintTheFormattedCitation() throws Exception {
        NodeList notes = xpath("//h:section[@id='notes']//h:li");
        assertThat(notes.getLength()).isEqualTo(5);
        for (int i = 0; i < notes.getLength(); i++) {
            Element note = (Element) notes.item(i);
            String id = note.getAttribute("id").substring("note-".length());
            Element marker = byId("noteref-" + id);
            assertThat(marker.getAttribute("href")).isEqualTo("#note-" + id);
            assertThat(xpath("//*[@id='note-" + id + "']//h:a[@href='#noteref-" + id + "']").getLength()).isOne();
        }
        assertThat(byId("note-n2").getTextContent()).contains("Foundations of Leninism", "J. V. Stalin", "Works",
                "1953");
        // the formatted citation replaces the pointer; the note's own words stay
        assertThat(byId("note-n1").getTextContent()).contains("N. I. Bukharin", "the exact work cannot be told");
        // the edited text prints the edition's number, the OCR the source's (decision 0006)
        Element first = byId("noteref-n1");
        assertThat(first.getTextContent()).isEqualTo("2526");
        assertThat(xpath("//*[@id='noteref-n1']//h:span[@data-wit='ED']").item(0).getTextContent()).isEqualTo("25");
        assertThat(xpath("//*[@id='noteref-n1']//h:span[@data-wit='OCR']").item(0).getTextContent()).isEqualTo("26");
    }

    @Test
    void theBibliographyHoldsEveryEntryFormatted() throws Exception {
        NodeList entries = xpath("//h:section[@id='bibliography']//h:li");
        assertThat(entries.getLength()).isEqualTo(count("<biblStruct ", sample));
        assertThat(byId("bibliography").getTextContent()).contains("Stalin", "Works");
        assertThat(xpath("//h:section[@id='bibliography']//@*[namespace-uri() != '']").getLength()).isZero();
    }

    @Test
    void thePersonIndexLinksEachPersonToEveryOccurrence() throws Exception {
        Element lenin = byId("person-lenin");
        int named = count("<persName ref=\"#lenin\"", sample);
        assertThat(lenin.getElementsByTagNameNS(XHTML, "a").getLength()).isEqualTo(named);
        assertThat(lenin.getTextContent()).startsWith("เลนิน").contains("เลนิเน");
        Element firstLink = (Element) lenin.getElementsByTagNameNS(XHTML, "a").item(0);
        Element occurrence = byId(firstLink.getAttribute("href").substring(1));
        assertThat(occurrence.getAttribute("data-person")).isEqualTo("lenin");
        assertThat(occurrence.getTextContent()).isEqualTo("เลนิน");
    }

    @Test
    void theTableOfContentsListsTheDivisionsAndTheSourcesPagesAreInTheMargin() throws Exception {
        NodeList toc = xpath("//h:nav//h:a");
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < toc.getLength(); i++) {
            entries.add(toc.item(i).getTextContent());
        }
        assertThat(entries).startsWith("บทที่ 3 นโยบายเศรษฐกิจใหม่", "นโยบายเศรษฐกิจใหม่");
        assertThat(entries).hasSize(4 + 3);
        assertThat(xpath("//h:span[@class='pb']").getLength()).isEqualTo(count("<pb ", sample));
        assertThat(xpath("//h:span[@class='pb-n']").item(0).getTextContent()).isEqualTo("OCR 2");
        assertThat(xpath("//h:br[@class='lb'][@hidden]").getLength()).isEqualTo(count("<lb ", sample));
    }

    @Test
    void thaiTextIsThaiAndLatinGlossesAreEnglish() throws Exception {
        String outsidePanels = "[not(ancestor::h:span[@class='app-panel'])]";
        assertThat(xpath("//h:main//h:span[@lang='en']" + outsidePanels).getLength()).isEqualTo(count("<foreign xml:lang=\"en\"",
                sample));
        assertThat(xpath("//h:span[@lang='bn']" + outsidePanels + " | //h:span[@lang='ar']" + outsidePanels).getLength()).isEqualTo(6);
        // a word split by the OCR's line break (break="no") is whole in the edited text
        assertThat(textOf(xpath("//h:main").item(0)))
                .contains("ที่ว่าการปฏิวัติคือกำเนิด");
    }

    private static String textOf(Node node) {
        return node.getTextContent();
    }

    @Test
    void anUndeclaredWitnessIsExportedWithItsReading(@TempDir Path dir) throws Exception {
        // EditionCheck warns of it before the export (decision 0039); the web edition shows the reading
        Path edition = Files.writeString(dir.resolve("chapter-3.xml"),
                sample.replace("<rdg wit=\"#OCR\" cause=\"ocr-error\" type=\"vowel\">เช็ดชู",
                        "<rdg wit=\"#OCX\" cause=\"ocr-error\" type=\"vowel\">เช็ดชู"),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("chapter-3"));
        Files.writeString(out.resolve("chapter-3/index.html"), "the old one");
        WebEditions.export(edition, out);
        String html = Files.readString(out.resolve("chapter-3/index.html"));
        assertThat(html).contains("เช็ดชู").contains("OCX");
    }

    @Test
    void aPointerToNowhereIsExportedAsPlainTextWithoutALinkToNowhere(@TempDir Path dir) throws Exception {
        Path edition = Files.writeString(dir.resolve("e.xml"),
                sample.replace("<ptr target=\"#blok1963chukovsky\"/>", "<ptr target=\"#blok1964\"/>"),
                StandardCharsets.UTF_8);
        WebEditions.export(edition, dir.resolve("out"));
        assertThat(Files.readString(dir.resolve("out/e/index.html"))).doesNotContain("href=\"#blok1964\"");
    }

    @Test
    void aNewExportReplacesTheOldFolderWhole(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("chapter-3"));
        Files.writeString(out.resolve("chapter-3/stale.html"), "old");
        WebEditions.export(WebEditions.sample(), out);
        try (Stream<Path> files = Files.list(out.resolve("chapter-3"))) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("index.html",
                    "siglum.css", "siglum.js");
        }
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).hasSize(1);
        }
    }

    @Test
    void aCancelledExportLeavesNothing(@TempDir Path dir) throws Exception {
        ProgressMonitor cancelled = new ProgressMonitor() {
            int steps;

            public void begin(String task, int totalWork) {
            }

            public void worked(int work) {
                steps++;
            }

            public void subTask(String name) {
            }

            public boolean isCanceled() {
                return steps >= 3; // after the transformation, before the folder is moved into place
            }
        };
        Path out = dir.resolve("out");
        ExportRequest request = new ExportRequest(EditionDocument.read(WebEditions.sample()), WebEditions.sample(),
                out, Map.of());
        assertThatThrownBy(() -> WebEditions.EXPORTER.export(request, cancelled))
                .isInstanceOf(ExportCanceledException.class);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anUnknownOptionOrStyleIsRefused(@TempDir Path dir) throws Exception {
        ExportRequest wit = new ExportRequest(EditionDocument.read(WebEditions.sample()), WebEditions.sample(), dir,
                Map.of("wit", "OCR"));
        assertThatThrownBy(() -> WebEditions.EXPORTER.export(wit, ProgressMonitor.NONE))
                .hasMessage("format html has no option --wit (it has --style, --locale)");
        ExportRequest style = new ExportRequest(EditionDocument.read(WebEditions.sample()), WebEditions.sample(), dir,
                Map.of("style", "harvard-unknown"));
        assertThatThrownBy(() -> WebEditions.EXPORTER.export(style, ProgressMonitor.NONE))
                .hasMessageStartingWith("unknown citation style harvard-unknown (installed: ");
    }
}
