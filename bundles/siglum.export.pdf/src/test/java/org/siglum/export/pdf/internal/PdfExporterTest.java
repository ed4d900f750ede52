package org.siglum.export.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.citations.internal.TeiBibliographyService;
import org.siglum.citations.internal.CiteprocCitationFormatter;
import org.siglum.citations.internal.TeiNoteService;
import org.siglum.core.EditionDocument;
import org.siglum.core.testing.ProjectFiles;
import org.siglum.export.Diagnostic;
import org.siglum.export.ExportException;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.ProgressMonitor;
import org.siglum.export.XsltService;
import org.siglum.export.internal.SaxonXslt;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/** The print edition of the sample chapter, read back with poppler's pdftotext and looked at with pdftoppm. */
class PdfExporterTest {

    private static final Path SAMPLE = ProjectFiles.file("samples/chapter-3.xml");

    private static ExportResult result;
    private static String text;
    private static Path output;
    private static long firstMillis;

    static PdfExporter exporter(List<Path> fonts) {
        PdfExporter exporter = fonts == null ? new PdfExporter() : new PdfExporter(fonts);
        exporter.xslt = new SaxonXslt();
        exporter.citations = new CiteprocCitationFormatter(new TeiNoteService(), new TeiBibliographyService());
        return exporter;
    }

    static ExportRequest request(Path edition, Path out, Map<String, String> options) throws Exception {
        return new ExportRequest(EditionDocument.read(edition), edition, out, options);
    }

    @BeforeAll
    static void exportTheSample(@TempDir Path dir) throws Exception {
        assertTrue(Files.isDirectory(Path.of("/usr/share/fonts/truetype/tlwg")),
                "the TLWG fonts are not installed (apt-get install fonts-thai-tlwg)");
        assertTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "poppler-utils is not installed");
        output = dir;
        long t0 = System.nanoTime();
        result = exporter(null).export(request(SAMPLE, dir, Map.of()), ProgressMonitor.NONE);
        firstMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("pdf export of the sample, first run: " + firstMillis + " ms");
        text = run("pdftotext", "-layout", result.files().get(0).toString(), "-");
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void thePrintEditionIsAPdfWithTheCorrectedReadingsInItsText() {
        assertThat(result.files()).containsExactly(output.resolve("chapter-3.pdf"));
        assertThat(text).contains("ประหัตประหาร", "อดอยาก", "ชาวรัสเซีย");
        assertThat(text).contains("บทที่ 3").contains("วัฒนธรรม");
    }

    @Test
    void theApparatusKeysEachOcrReadingByLineWithItsSiglum() {
        String flat = text.replaceAll("[ \\t]+", " ");
        assertThat(Pattern.compile("\\b\\d{1,2} ประหัตประหาร\\] ประทัดประหาร OCR").matcher(flat).find())
                .as(flat).isTrue();
        assertThat(Pattern.compile("\\b\\d{1,2} อดอยาก\\] อดหยาก OCR").matcher(flat).find()).isTrue();
    }

    @Test
    void everyFifthLineIsNumberedAndTheSourcesPagesAreInTheMargin() {
        List<String> numbers = new ArrayList<>();
        for (String line : text.split("\n")) {
            var m = Pattern.compile("^\\s*(5|10|15|20|25)\\s+\\S").matcher(line);
            if (m.find()) {
                numbers.add(m.group(1));
            }
        }
        assertThat(numbers).contains("5", "10", "15", "20");
        assertThat(text).contains("OCR 2", "OCR 3");
    }

    @Test
    void theFootnotesAndTheBibliographyArePrinted() {
        assertThat(text).contains("Foundations of Leninism").contains("Ilyich");
        assertThat(text).contains("25.").contains("29.");
        assertThat(text).contains("บรรณานุกรม");
    }

    @Test
    void fopReportsNoOverflow() {
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .noneMatch(m -> m.toLowerCase().contains("overflow"));
    }

    @Test
    void aSecondExportReusesTheCompiledStylesheetsAndPrintsTheNewPageSize(@TempDir Path dir) throws Exception {
        SaxonXslt saxon = new SaxonXslt();
        Map<URL, List<XsltExecutable>> compiled = new HashMap<>();
        PdfExporter exporter = exporter(null);
        // the real pipeline, with each stylesheet it hands out noted
        exporter.xslt = new XsltService() {
            @Override
            public Processor processor() {
                return saxon.processor();
            }

            @Override
            public XsltExecutable compile(URL stylesheet) throws ExportException {
                XsltExecutable executable = saxon.compile(stylesheet);
                compiled.computeIfAbsent(stylesheet, s -> new ArrayList<>()).add(executable);
                return executable;
            }

            @Override
            public Xslt30Transformer transformer(XsltExecutable stylesheet, ExportRequest request,
                    Consumer<Diagnostic> diagnostics) {
                return saxon.transformer(stylesheet, request, diagnostics);
            }

            @Override
            public XdmNode edition(ExportRequest request) throws ExportException {
                return saxon.edition(request);
            }
        };
        Path pdf = dir.resolve("chapter-3.pdf");
        exporter.export(request(SAMPLE, dir, Map.of()), ProgressMonitor.NONE);
        double[] a5 = pageSize(pdf);
        exporter.export(request(SAMPLE, dir, Map.of("page", "B5")), ProgressMonitor.NONE);
        double[] b5 = pageSize(pdf);

        assertThat(compiled).isNotEmpty();
        compiled.forEach((stylesheet, executables) -> assertThat(executables).as(stylesheet.toString())
                .hasSizeGreaterThanOrEqualTo(2).allSatisfy(e -> assertThat(e).isSameAs(executables.get(0))));
        assertThat(a5[0]).isCloseTo(148 / 25.4 * 72, within(0.5));
        assertThat(a5[1]).isCloseTo(210 / 25.4 * 72, within(0.5));
        assertThat(b5[0]).isCloseTo(176 / 25.4 * 72, within(0.5));
        assertThat(b5[1]).isCloseTo(250 / 25.4 * 72, within(0.5));
    }

    /** Width and height in points of the first page, as poppler's pdfinfo reads them. */
    private static double[] pageSize(Path pdf) throws Exception {
        java.util.regex.Matcher m = Pattern.compile("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")
                .matcher(run("pdfinfo", pdf.toString()));
        assertThat(m.find()).as("pdfinfo names the page size").isTrue();
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    @Test
    void aMissingThaiFontIsAClearMessageAndTheOldPdfStays(@TempDir Path dir) throws Exception {
        Path fonts = Files.createDirectories(dir.resolve("no-fonts"));
        Path old = Files.writeString(dir.resolve("chapter-3.pdf"), "an older print edition");
        assertThatThrownBy(() -> exporter(List.of(fonts)).export(request(SAMPLE, dir, Map.of()), ProgressMonitor.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessage("the Thai font Norasi is not installed: apt-get install fonts-thai-tlwg");
        assertThat(old).hasContent("an older print edition");
        try (var files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("no-fonts",
                    "chapter-3.pdf");
        }
    }

    @Test
    void anUndeclaredWitnessIsPrintedByItsSiglumAndAPointerToNowhereDoesNotStopThePrint(@TempDir Path dir)
            throws Exception {
        // EditionCheck warns of both before the export (decision 0039); the print edition goes on
        String tei = """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><sourceDesc><listWit><witness xml:id="OCR"/></listWit></sourceDesc></fileDesc></teiHeader>
                <text><body><p>นโยบาย<app><lem>เศรษฐกิจ</lem><rdg wit="#XYZ">เศรษฐกิข</rdg></app>ใหม่<note place="foot" n="1"><bibl><ptr target="#nobody"/></bibl></note></p></body></text></TEI>
                """;
        Path file = Files.writeString(dir.resolve("bad.xml"), tei);
        exporter(null).export(request(file, dir, Map.of()), ProgressMonitor.NONE);
        String printed = run("pdftotext", dir.resolve("bad.pdf").toString(), "-");
        assertThat(printed).contains("เศรษฐกิข").contains("XYZ");
    }

    @Test
    void aBookOfSeveralChaptersIsLaidOutChapterByChapterWithAllItsLinesAndEntries(@TempDir Path dir) throws Exception {
        // pass 1 lays out one chapter per FOP run (decision 0034): every chapter's text, heads and entries are printed
        StringBuilder body = new StringBuilder();
        for (int k = 1; k <= 3; k++) {
            body.append("<div type=\"chapter\"><head>บทที่ ").append(k).append("</head><p>");
            for (int i = 0; i < 40; i++) {
                body.append("นโยบายเศรษฐกิจใหม่ของรัฐบาลโซเวียต ");
            }
            body.append("<app xml:id=\"c").append(k).append("\"><lem wit=\"#ED\">ตอนท้ายบท").append(k)
                    .append("</lem><rdg wit=\"#OCR\">ตอนทำยบท").append(k).append("</rdg></app></p></div>");
        }
        String tei = """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>หนังสือ</title></titleStmt>
                <sourceDesc><listWit><witness xml:id="OCR"/><witness xml:id="ED"/></listWit></sourceDesc></fileDesc></teiHeader>
                <text><body>%s</body></text></TEI>
                """.formatted(body);
        Path file = Files.writeString(dir.resolve("book.xml"), tei);
        ExportResult book = exporter(null).export(request(file, dir, Map.of()), ProgressMonitor.NONE);
        String printed = run("pdftotext", book.files().get(0).toString(), "-");
        for (int k = 1; k <= 3; k++) {
            assertThat(printed).contains("บทที่ " + k).contains("ตอนท้ายบท" + k + "] ตอนทำยบท" + k + " OCR");
        }
        assertThat(printed.indexOf("บทที่ 1")).isLessThan(printed.indexOf("บทที่ 2"));
        assertThat(printed.indexOf("บทที่ 2")).isLessThan(printed.indexOf("บทที่ 3"));
    }

    @Test
    void pagesLookRight() throws Exception {
        Path shots = output.resolve("shots");
        Files.createDirectories(shots);
        run("pdftoppm", "-r", "60", "-f", "1", "-l", "2", "-png", result.files().get(0).toString(),
                shots.resolve("page").toString());
        try (var files = Files.list(shots)) {
            assertThat(files).hasSize(2);
        }
        Path keep = Path.of("target/pages");
        Files.createDirectories(keep);
        try (var files = Files.list(shots)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, keep.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(result.files().get(0), keep.resolve("chapter-3.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
