package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siglum.core.testing.ProjectFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code bin/siglum} as a user runs it: a separate process, real Felix, real files. */
class CommandLineIT {

    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommands() throws Exception {
        Siglum.Run run = Siglum.run(dir, "--help");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("info", "validate", "app", "Exit codes");
    }

    @Test
    void exportWritesTheSampleEditionAsTextAndLatex() throws Exception {
        Path sample = Siglum.root().resolve("samples/chapter-3.xml");
        Siglum.Run run = Siglum.run(dir, "export", sample.toString(), "--format", "text,latex", "-o", "out");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().lines()).containsExactly("out/chapter-3.ED.txt", "out/chapter-3.tex");
        Siglum.Run witness = Siglum.run(dir, "witness", sample.toString(), "--wit", "ED");
        assertThat(Files.readString(dir.resolve("out/chapter-3.ED.txt"))).isEqualTo(witness.out());
        String tex = Files.readString(dir.resolve("out/chapter-3.tex"));
        assertThat(tex).contains("\\beginnumbering").contains("\\edtext{ประหัตประหาร}{\\Afootnote{ประทัดประหาร \\textit{OCR}}}");
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("chapter-3.ED.txt", "chapter-3.tex");
        }
    }

    @Test
    void oneCommandWritesTheWebEditionAndThePrintEditionOfTheSample() throws Exception {
        Path sample = Siglum.root().resolve("samples/chapter-3.xml");
        Siglum.Run run = Siglum.run(dir, "export", sample.toString(), "--format", "html,pdf", "-o", "out");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path page = dir.resolve("out/chapter-3/index.html");
        assertThat(page).isRegularFile();
        assertThat(Files.readString(page)).contains("ประหัตประหาร", "ประทัดประหาร");
        Path pdf = dir.resolve("out/chapter-3.pdf");
        assertThat(pdf).isRegularFile();
        byte[] head = Arrays.copyOf(Files.readAllBytes(pdf), 5);
        assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(run.out()).contains("index.html", "chapter-3.pdf");
    }

    @Test
    void exportOfAnEditionWithAnUndeclaredWitnessWarnsWhereAndStrictWritesNothing() throws Exception {
        String sample = Files.readString(Siglum.root().resolve("samples/chapter-3.xml"));
        Path bad = Files.writeString(dir.resolve("bad.xml"), sample.replaceFirst("rdg wit=\"#OCR\"", "rdg wit=\"#OCX\""));
        Files.createDirectories(dir.resolve("out"));
        Path old = Files.writeString(dir.resolve("out/bad.tex"), "the good old file");
        String warning = "bad\\.xml:\\d+:\\d+: (warning: )?@wit names witness OCX, which no <witness> of a listWit "
                + "declares: shown as its siglum \"OCX\"";
        Siglum.Run run = Siglum.run(dir, "export", "bad.xml", "--format", "text,latex", "-o", "out", "--strict");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().strip()).matches("siglum: " + warning + " \\(nothing was written\\)");
        assertThat(Files.readString(old)).isEqualTo("the good old file");
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files).containsExactly(old);
        }
        Siglum.Run lenient = Siglum.run(dir, "export", "bad.xml", "--format", "text,latex", "-o", "out");
        assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
        assertThat(lenient.err().lines()).anyMatch(l -> l.matches(warning));
        assertThat(lenient.out().lines()).containsExactly("out/bad.ED.txt", "out/bad.tex");
        assertThat(Files.readString(dir.resolve("out/bad.ED.txt"))).isEqualTo(
                Siglum.run(dir, "witness", "bad.xml", "--wit", "ED").out());
        Siglum.Run unknown = Siglum.run(dir, "export", "bad.xml", "--format", "docx");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown format 'docx' (installed: ").contains("latex").contains("text");
    }

    @Test
    void anUnknownCommandIsAUsageError() throws Exception {
        Siglum.Run run = Siglum.run(dir, "frobnicate", "x.xml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown command 'frobnicate'");
        assertNoStackTrace(run);
    }

    @Test
    void aMissingFileIsAnInputError() throws Exception {
        Siglum.Run run = Siglum.run(dir, "info", "nowhere.xml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("siglum: nowhere.xml: no such file");
    }

    @Test
    void bibImportMergesOverlappingFilesAndCitePrintsChicagoNotes() throws Exception {
        Path edition = dir.resolve("ed.xml");
        Files.writeString(edition, CitationFiles.EDITION, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("src.bib"), CitationFiles.BIBTEX, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("zotero.json"), CitationFiles.CSL_JSON, StandardCharsets.UTF_8);
        Siglum.Run bib = Siglum.run(dir, "bib", "import", "src.bib", "--into", "ed.xml");
        assertThat(bib.exitCode()).as(bib.toString()).isZero();
        Siglum.Run json = Siglum.run(dir, "bib", "import", "zotero.json", "--into", "ed.xml");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        assertThat(json.out()).contains("added  lenin1932",
                "merged stalin-foundations into stalin1953 (same title, first author and year)", "1 added, 1 merged");
        Siglum.Run list = Siglum.run(dir, "bib", "list", "ed.xml");
        assertThat(list.out().lines()).containsExactly(
                "stalin1953  J. V. Stalin, 1953: Foundations of Leninism",
                "kasetsiri2516  ชาญวิทย์ เกษตรศิริ, พ.ศ. 2516: การปฏิวัติรัสเซีย",
                "lenin1932  V. I. Lenin, 1932: State and Revolution");
        assertThat(Siglum.run(dir, "notes", "ed.xml", "--cite", "n1", "--entry", "stalin1953", "--pages", "12")
                .exitCode()).isZero();
        assertThat(Siglum.run(dir, "notes", "ed.xml", "--cite", "n2", "--entry", "stalin1953", "--pages", "14")
                .exitCode()).isZero();
        Siglum.run(dir, "notes", "ed.xml", "--cite", "n3", "--entry", "kasetsiri2516", "--pages", "3");
        Siglum.Run cite = Siglum.run(dir, "cite", "ed.xml");
        assertThat(cite.exitCode()).as(cite.toString()).isZero();
        assertThat(cite.out()).contains(
                "1. J. V. Stalin, Foundations of Leninism (Foreign Languages Publishing House, 1953), 12.",
                "2. Stalin, Foundations of Leninism, 14.",
                "3. ชาญวิทย์ เกษตรศิริ, การปฏิวัติรัสเซีย (มูลนิธิโครงการตำราฯ, พ.ศ. 2516), 3.",
                "Stalin, J. V. Foundations of Leninism. Foreign Languages Publishing House, 1953.");
        Siglum.Run mla = Siglum.run(dir, "cite", "ed.xml", "--style", "modern-language-association");
        assertThat(mla.out()).contains("1. (Stalin 12)", "3. (ชาญวิทย์ เกษตรศิริ 3)");
        Siglum.Run export = Siglum.run(dir, "bib", "export", "ed.xml", "--to", "csl-json");
        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).contains("\"literal\": \"ชาญวิทย์ เกษตรศิริ\"", "\"literal\": \"พ.ศ. 2516\"");
    }

    @Test
    void theBundleCacheIsKeptBetweenRunsAndTwoRunsAtOnceBothWork() throws Exception {
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Siglum.Run first = Siglum.run(environment, dir, "--help");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        List<Path> folders;
        try (var list = Files.list(dir.resolve("cache/siglum"))) {
            folders = list.filter(Files::isDirectory).toList();
        }
        assertThat(folders).singleElement().satisfies(f -> {
            assertThat(f.getFileName().toString()).startsWith("felix-headless-");
            assertThat(f.resolve("complete")).exists();
        });
        // the second run starts from the kept cache; two at once: one takes it, the other a temporary one
        Path sample = Siglum.root().resolve("samples/chapter-3.xml");
        var other = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Siglum.run(environment, dir, "info", sample.toString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Siglum.Run second = Siglum.run(environment, dir, "info", sample.toString());
        Siglum.Run concurrent = other.get();
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(concurrent.exitCode()).as(concurrent.toString()).isZero();
        assertThat(second.out()).isEqualTo(concurrent.out()).contains("well-formed  yes");
        try (var list = Files.list(dir.resolve("cache/siglum"))) {
            assertThat(list.filter(Files::isDirectory).toList()).isEqualTo(folders);
        }
    }

    @Test
    void citeTakesTheLocaleFromTheEditionsLanguageAsTheExportsDo() throws Exception {
        Path sample = Siglum.root().resolve("samples/chapter-3.xml");
        Siglum.Run auto = Siglum.run(dir, "cite", sample.toString());
        Siglum.Run thai = Siglum.run(dir, "cite", sample.toString(), "--locale", "th-TH");
        Siglum.Run english = Siglum.run(dir, "cite", sample.toString(), "--locale", "en-US");
        assertThat(auto.exitCode()).as(auto.toString()).isZero();
        assertThat(auto.out()).as("xml:lang=\"th\" cites in th-TH").isEqualTo(thai.out())
                .isNotEqualTo(english.out());
    }

    @Test
    void malformedBibTeXIsAnInputErrorWithItsLineAndTheEditionIsUntouched() throws Exception {
        Path edition = dir.resolve("ed.xml");
        Files.writeString(edition, CitationFiles.EDITION, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(edition);
        Files.writeString(dir.resolve("bad.bib"), "@book{a,\n  title = {ok},\n  year = 1999 x\n}\n");
        Siglum.Run run = Siglum.run(dir, "bib", "import", "bad.bib", "--into", "ed.xml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("siglum: bad.bib:3:15: BibTeX syntax error at 'x'");
        assertNoStackTrace(run);
        Files.writeString(dir.resolve("bad.json"), "[\n  {\"id\": \"a\",\n   \"title\" \"x\"}\n]\n");
        Siglum.Run json = Siglum.run(dir, "bib", "import", "bad.json", "--into", "ed.xml");
        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.err().strip()).isEqualTo("siglum: bad.json:3:12: expected ':' but found '\"'");
        assertThat(Files.readAllBytes(edition)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("ed.xml~"))).isFalse();
    }

    @Test
    void notesCheckReportsEachProblemAndRenumberFixesTheNumbers() throws Exception {
        Path edition = dir.resolve("notes.xml");
        Files.writeString(edition, CitationFiles.BROKEN_NOTES, StandardCharsets.UTF_8);
        Siglum.Run check = Siglum.run(dir, "notes", "notes.xml", "--check");
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.out().lines()).containsExactly(
                "notes.xml:4:40: duplicate-number: note number 26 (n26b) is given twice; it should be 27",
                "notes.xml:5:5: anchor-without-note: anchor lonely has no note",
                "notes.xml:6:5: note-without-anchor: note n28 points to #gone, which does not exist");
        Siglum.Run renumber = Siglum.run(dir, "notes", "notes.xml", "--renumber");
        assertThat(renumber.exitCode()).as(renumber.toString()).isZero();
        assertThat(renumber.out()).contains("1 number changed");
        assertThat(Files.readString(edition)).isEqualTo(CitationFiles.BROKEN_NOTES
                .replace("n=\"26\" xml:id=\"n26b\"", "n=\"27\" xml:id=\"n26b\""));
    }

    static Stream<Path> corpus() throws IOException {
        Path corpus = Siglum.shared("corpus");
        return Files.list(corpus).filter(p -> p.toString().endsWith(".xml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void infoCountsEveryCorpusFileAsAnIndependentParserDoes(Path file) throws Exception {
        Siglum.Run run = Siglum.run(dir, "info", file.toString(), "--json");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Map<String, Integer> expected = domCounts(file);
        Map<String, Integer> actual = jsonCounts(run.out(), expected.keySet());
        assertThat(actual).as(file.getFileName().toString()).isEqualTo(expected);
        assertThat(run.out()).contains("\"wellFormed\": true");
    }

    @Test
    void infoPrintsAReadableSummary() throws Exception {
        Path file = write("chapter.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><sourceDesc>
                <listWit><witness xml:id="OCR">OCR</witness></listWit></sourceDesc></fileDesc></teiHeader>
                <text><body><div><head>บทที่ ๓</head><p><persName>เลนิน</persName><app><lem>ก</lem><rdg wit="#OCR">ข</rdg></app></p></div></body></text></TEI>
                """);
        Siglum.Run run = Siglum.run(dir, "info", file.getFileName().toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("chapter.xml", "UTF-8", "well-formed", "yes");
        assertThat(run.out()).containsPattern("divisions\\s+1").containsPattern("app\\s+1").containsPattern("rdg\\s+1")
                .containsPattern("witnesses\\s+1").containsPattern("names\\s+1");
    }

    @Test
    void aMalformedFileGetsItsLineAndColumnAndExitCodeOne() throws Exception {
        write("broken.xml", "<TEI>\n  <p>unclosed\n</TEI>\n");
        Siglum.Run run = Siglum.run(dir, "validate", "broken.xml");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).containsPattern("broken\\.xml:\\d+:\\d+: error: .+");
        assertThat(run.out()).contains("broken.xml:3:");
        assertNoStackTrace(run);
    }

    @Test
    void anEmptyFileIsReportedClearly() throws Exception {
        write("empty.xml", "");
        Siglum.Run run = Siglum.run(dir, "info", "empty.xml");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("empty.xml:1:1: error:").containsIgnoringCase("empty");
        assertNoStackTrace(run);
    }

    @Test
    void aBinaryFileIsAnInputError() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', (byte) 0xff};
        Files.write(dir.resolve("picture.xml"), png);
        Siglum.Run run = Siglum.run(dir, "info", "picture.xml");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).matches("(?s)siglum: picture\\.xml:2:1: .*binary.*");
        assertThat(run.err().strip().lines().count()).isEqualTo(1);
        assertNoStackTrace(run);
    }

    @Test
    void aUtf16FileIsReadAndItsEncodingReported() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<TEI xmlns=\"" + TEI
                + "\"><text><body><p>ภาษาไทย</p></body></text></TEI>\n";
        byte[] bytes = ("\uFEFF" + xml).getBytes(StandardCharsets.UTF_16LE);
        Files.write(dir.resolve("utf16.xml"), bytes);
        Siglum.Run run = Siglum.run(dir, "info", "utf16.xml", "--json");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("\"charset\": \"UTF-16LE\"", "\"bom\": true", "\"paragraphs\": 1");
    }

    @Test
    void aBillionLaughsFileGetsOneClearMessageFast() throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
            xml.append(previous.repeat(10)).append("\">\n");
        }
        xml.append("]>\n<lolz>&lol9;</lolz>\n");
        write("lolz.xml", xml.toString());
        long start = System.nanoTime();
        Siglum.Run run = Siglum.run(dir, "info", "lolz.xml");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).containsIgnoringCase("entity expansion");
        assertThat(seconds).as("a bomb must not make the command hang").isLessThan(60);
        assertNoStackTrace(run);
    }

    @Test
    void validateChecksSeveralFilesAndSummarises() throws Exception {
        Files.copy(Siglum.root().resolve("tei-schemas/src/test/resources/valid/edition.xml"), dir.resolve("good.xml"));
        write("bad.xml", "<TEI><p a='1' a='2'>x</p></TEI>");
        Siglum.Run run = Siglum.run(dir, "validate", "good.xml", "bad.xml", "--format", "json");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("\"file\": \"bad.xml\"", "\"line\": 1").doesNotContain("good.xml");
    }

    @Test
    void suspectsOnTheSeedFindsEveryTokenThatMixesScripts() throws Exception {
        Path seed = ProjectFiles.file(ProjectFiles.SEED);
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        Siglum.Run run = Siglum.run(dir, "suspects", seed.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        List<int[]> spans = new java.util.ArrayList<>();
        for (String line : run.out().lines().skip(1).toList()) {
            String[] f = line.split("\t");
            spans.add(new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[0]) + Integer.parseInt(f[1])});
        }
        // the labelled foreign-script errors
        int rows = 0;
        for (String line : Files.readAllLines(Siglum.root().resolve("samples/ocr-errors.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length > 5 && f[5].equals("foreign-script")) {
                rows++;
                int from = Integer.parseInt(f[1]);
                int to = from + Integer.parseInt(f[2]);
                assertThat(spans).as(f[0] + " " + f[3]).anyMatch(s -> s[0] < to && from < s[1]);
            }
        }
        assertThat(rows).isEqualTo(6);
        // and a scan of our own: every run of letters holding Thai and a letter of another script
        Matcher letters = Pattern.compile("[\\p{L}\\p{M}]+").matcher(text);
        int mixed = 0;
        while (letters.find()) {
            String token = letters.group();
            boolean thai = token.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.THAI);
            boolean other = token.codePoints().anyMatch(cp -> {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                return script != Character.UnicodeScript.THAI && script != Character.UnicodeScript.COMMON
                        && script != Character.UnicodeScript.INHERITED;
            });
            if (thai && other) {
                mixed++;
                int from = letters.start();
                int to = letters.end();
                assertThat(spans).as(token + " at " + from).anyMatch(s -> s[0] < to && from < s[1]);
            }
        }
        assertThat(mixed).as("mixed-script runs in the seed").isGreaterThanOrEqualTo(6);
    }

    @Test
    void collateWritesATeiApparatusWithAnEntryPerChangedWord() throws Exception {
        write("a.txt", "ชาวนาชาวไร่ทั่วรัสเซีย เรียกร้องให้กำหนดอัตราภาษีตายตัว ก ข ค");
        write("b.txt", "ชาวนาชาวไรทั่วรัสเซีย เรียกร้อง ให้กำหนดอัตราภาษีตายตัว ก ค");
        Siglum.Run run = Siglum.run(dir, "collate", "a.txt", "b.txt", "-o", "app.xml");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document tei = factory.newDocumentBuilder().parse(dir.resolve("app.xml").toFile());
        NodeList apps = tei.getElementsByTagNameNS(TEI, "app");
        assertThat(apps.getLength()).isEqualTo(2);
        Element first = (Element) apps.item(0);
        assertThat(first.getElementsByTagNameNS(TEI, "lem").item(0).getTextContent()).isEqualTo("ชาวไร่");
        assertThat(first.getElementsByTagNameNS(TEI, "rdg").item(0).getTextContent()).isEqualTo("ชาวไร");
        Element second = (Element) apps.item(1);
        assertThat(second.getElementsByTagNameNS(TEI, "lem").item(0).getTextContent()).isEqualTo("ข");
        assertThat(((Element) second.getElementsByTagNameNS(TEI, "rdg").item(0)).getAttribute("wit")).isEqualTo("#b");
        assertThat(second.getElementsByTagNameNS(TEI, "rdg").item(0).getTextContent()).isEmpty();
    }

    @Test
    void collateIntoAnEditionAddsTheWitnessAndItsReadings() throws Exception {
        Path edition = write("ed.xml", """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
                <publicationStmt><p>p</p></publicationStmt><sourceDesc><listWit><witness xml:id="OCR">OCR</witness></listWit>
                </sourceDesc></fileDesc></teiHeader>
                <text><body><p>ในปี 1921 สถานการณ์เช่นนี้ทำให้คนไม่พอใจ</p></body></text></TEI>
                """);
        write("b.txt", "ในปี 1921 สอดานการณ์เช่นนี้ทำให้คนไม่พอใจ");
        String before = Siglum.run(dir, "validate", "ed.xml").out();
        Siglum.Run run = Siglum.run(dir, "collate", "--into", "ed.xml", "--wit", "B", "b.txt", "--cause", "ocr-error");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document tei = factory.newDocumentBuilder().parse(edition.toFile());
        assertThat(tei.getElementsByTagNameNS(TEI, "witness").getLength()).isEqualTo(2);
        Element app = (Element) tei.getElementsByTagNameNS(TEI, "app").item(0);
        assertThat(app.getElementsByTagNameNS(TEI, "lem").item(0).getTextContent()).isEqualTo("สถานการณ์");
        assertThat(app.getElementsByTagNameNS(TEI, "rdg").item(0).getTextContent()).isEqualTo("สอดานการณ์");
        assertThat(((Element) app.getElementsByTagNameNS(TEI, "rdg").item(0)).getAttribute("cause")).isEqualTo("ocr-error");
        assertThat(Siglum.run(dir, "validate", "ed.xml").out()).as("no new validation findings").isEqualTo(before);
    }

    @Test
    void collateOfAMissingFileIsAnInputError() throws Exception {
        write("a.txt", "ก");
        Siglum.Run run = Siglum.run(dir, "collate", "a.txt", "nowhere.txt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("siglum: nowhere.txt: no such file");
        assertNoStackTrace(run);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void theSeedImportedAndReadBackAsTheOcrWitnessIsTheSeed() throws Exception {
        Path seed = ProjectFiles.file(ProjectFiles.SEED);
        Siglum.Run imported = Siglum.run(dir, "import-ocr", seed.toString(), "-o", "chapter-3.xml");
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        Siglum.Run witness = Siglum.run(dir, "witness", "chapter-3.xml", "--wit", "OCR", "-o", "ocr.txt");
        assertThat(witness.exitCode()).as(witness.toString()).isZero();
        String expected = Files.readString(seed, StandardCharsets.UTF_8).replaceAll("[ \\t\\r\\n]+", " ").strip();
        String actual = Files.readString(dir.resolve("ocr.txt"), StandardCharsets.UTF_8).replaceAll("[ \\t\\r\\n]+", " ").strip();
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theSampleEditionsWitnessesAreTheOcrTextAndTheEditedText() throws Exception {
        Path sample = Siglum.root().resolve("samples/chapter-3.xml");
        Siglum.Run ocr = Siglum.run(dir, "witness", sample.toString(), "--wit", "#OCR");
        assertThat(ocr.exitCode()).as(ocr.toString()).isZero();
        assertThat(ocr.out()).contains("ประทัดประหาร", "²⁶").doesNotContain("²⁵");
        Siglum.Run edited = Siglum.run(dir, "witness", sample.toString(), "--wit", "ED");
        assertThat(edited.exitCode()).as(edited.toString()).isZero();
        assertThat(edited.out()).contains("ประหัตประหาร", "²⁵", "เครื่องมือ").doesNotContain("ประทัดประหาร");
    }

    @Test
    void witnessErrorsAreOneLineAndExitTwo() throws Exception {
        Path sample = Siglum.root().resolve("samples/chapter-3.xml");
        Siglum.Run unknown = Siglum.run(dir, "witness", sample.toString(), "--wit", "XYZ");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().strip()).endsWith("no witness XYZ (declared: OCR, ED)");
        Siglum.Run noWit = Siglum.run(dir, "witness", sample.toString());
        assertThat(noWit.exitCode()).isEqualTo(2);
        assertNoStackTrace(noWit);
    }

    @Test
    void thePlainTextOfABookImportsToAValidEditionWithItsPagesRunningHeadsAndNotes() throws Exception {
        // the plain text Tesseract wrote for eight pages we typeset and scanned poorly (bench/ocr-pages), the pages
        // joined by a blank line as many exports join them, and by form feeds as Tesseract writes a book
        Path book = Siglum.root().resolve("bundles/siglum.ocr/src/test/resources/org/siglum/ocr/layout/book3-th");
        StringBuilder blank = new StringBuilder();
        StringBuilder formFeeds = new StringBuilder();
        for (int p = 1; p <= 8; p++) {
            String page = Files.readString(book.resolve("p00" + p + ".txt"));
            blank.append(page.stripTrailing()).append("\n\n");
            formFeeds.append(page).append('\f');
        }
        Files.writeString(dir.resolve("book.txt"), blank);
        Files.writeString(dir.resolve("book-ff.txt"), formFeeds);
        Siglum.Run imported = Siglum.run(dir, "import-ocr", "book.txt");
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.err()).contains("8 pages (by running heads and page numbers)", "1 heading,",
                "14 running heads and page numbers", "2 footnotes", "wrote book.xml");
        // the folios the OCR misread are said, with where they stand
        assertThat(imported.err()).contains("book.txt:83:1: warning: page number ๑๐๕ does not follow ๑๐๓");
        Siglum.Run valid = Siglum.run(dir, "validate", "book.xml");
        assertThat(valid.exitCode()).as(valid.toString()).isZero();
        Siglum.Run witness = Siglum.run(dir, "witness", "book.xml", "--wit", "OCR");
        assertThat(witness.exitCode()).as(witness.toString()).isZero();
        assertThat(witness.out().replaceAll("\\s+", " ").strip()).isEqualTo(blank.toString().replaceAll("\\s+", " ")
                .strip());
        Siglum.Run byFormFeeds = Siglum.run(dir, "import-ocr", "book-ff.txt", "--pages", "form-feed", "--keep-lines");
        assertThat(byFormFeeds.exitCode()).as(byFormFeeds.toString()).isZero();
        assertThat(byFormFeeds.err()).contains("8 pages (by form feeds)");
        assertThat(Files.readString(dir.resolve("book-ff.xml"))).contains("<lb/>", "<fw type=\"pageNum\"");
        Siglum.Run badPages = Siglum.run(dir, "import-ocr", "book.txt", "-o", "x.xml", "--pages", "columns");
        assertThat(badPages.exitCode()).isEqualTo(2);
        assertThat(badPages.err()).contains("auto, blank-line, form-feed or none");
        assertNoStackTrace(badPages);
    }

    @Test
    void aFolderOfTesseractPagesImportsToAValidEditionWithItsFacsimile() throws Exception {
        // the hOCR and plain text Tesseract wrote for three pages we typeset (bench/ocr-pages), with page images
        Path book = Siglum.root().resolve("bundles/siglum.ocr/src/test/resources/org/siglum/ocr/layout/book1");
        Path ocr = Files.createDirectories(dir.resolve("book/ocr"));
        Path scans = Files.createDirectories(dir.resolve("book/scan"));
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= 3; p++) {
            Files.copy(book.resolve("p00" + p + ".hocr"), ocr.resolve("p00" + p + ".hocr"));
            Files.copy(book.resolve("p00" + p + ".txt"), ocr.resolve("p00" + p + ".txt"));
            text.append(Files.readString(book.resolve("p00" + p + ".txt"))).append('\n');
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1169, 1658,
                    java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            javax.imageio.ImageIO.write(image, "png", scans.resolve("p00" + p + ".png").toFile());
        }
        Siglum.Run imported = Siglum.run(dir, "import-ocr", "book/ocr", "-o", "book.xml");
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.err()).contains("3 pages (hOCR)", "2 paragraphs", "wrote book.xml");
        String xml = Files.readString(dir.resolve("book.xml"));
        assertThat(xml).contains("<graphic url=\"book/scan/p001.png\"", "<pb n=\"", "<fw type=\"header\"");
        Siglum.Run valid = Siglum.run(dir, "validate", "book.xml");
        assertThat(valid.exitCode()).as(valid.toString()).isZero();
        Siglum.Run witness = Siglum.run(dir, "witness", "book.xml", "--wit", "OCR");
        assertThat(witness.exitCode()).as(witness.toString()).isZero();
        assertThat(witness.out().replaceAll("\\s+", " ").strip()).isEqualTo(text.toString().replaceAll("\\s+", " ")
                .strip());
        Siglum.Run suspects = Siglum.run(dir, "suspects", "book.xml");
        assertThat(suspects.exitCode()).as(suspects.toString()).isEqualTo(1); // findings
        assertThat(suspects.out()).contains("unsure");
        // a file that is not well-formed is refused with its place, and nothing is written
        Files.writeString(ocr.resolve("p004.hocr"), "<html><body><div class='ocr_page' title='bbox 0 0 9 9'>\n<p>");
        Siglum.Run bad = Siglum.run(dir, "import-ocr", "book/ocr", "-o", "bad.xml");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("book/ocr/p004.hocr:");
        assertThat(dir.resolve("bad.xml")).doesNotExist();
        assertNoStackTrace(bad);
    }

    @Test
    void importOcrRefusesToOverwriteAndRejectsTextThatIsNotUtf8() throws Exception {
        Files.write(dir.resolve("latin1.txt"), new byte[] {'a', (byte) 0xE9, 'b'});
        Siglum.Run bad = Siglum.run(dir, "import-ocr", "latin1.txt");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("siglum: latin1.txt:1:1: not UTF-8 text");
        Files.writeString(dir.resolve("a.txt"), "ก", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.xml"), "keep", StandardCharsets.UTF_8);
        Siglum.Run exists = Siglum.run(dir, "import-ocr", "a.txt");
        assertThat(exists.exitCode()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("a.xml"))).isEqualTo("keep");
        assertNoStackTrace(exists);
    }

    private static void assertNoStackTrace(Siglum.Run run) {
        assertThat(run.out() + run.err()).doesNotContain("\tat ").doesNotContain("Exception in thread");
    }

    /** The counts `siglum info` promises, from the JDK's own DOM parser. */
    private static Map<String, Integer> domCounts(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("divisions", count(document, "div", "div1", "div2", "div3", "div4", "div5", "div6", "div7"));
        counts.put("paragraphs", count(document, "p"));
        counts.put("apps", count(document, "app"));
        counts.put("readings", count(document, "rdg"));
        counts.put("witnesses", count(document, "witness"));
        counts.put("notes", count(document, "note"));
        counts.put("bibls", count(document, "bibl", "biblStruct"));
        counts.put("names", count(document, "persName", "placeName", "orgName", "geogName", "name"));
        return counts;
    }

    private static int count(Document document, String... localNames) {
        int n = 0;
        NodeList all = document.getElementsByTagNameNS("*", "*");
        List<String> names = List.of(localNames);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String ns = e.getNamespaceURI();
            if ((ns == null || TEI.equals(ns)) && names.contains(e.getLocalName())) {
                n++;
            }
        }
        return n;
    }

    private static Map<String, Integer> jsonCounts(String json, Iterable<String> keys) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String key : keys) {
            Matcher m = Pattern.compile("\"" + key + "\": (\\d+)").matcher(json);
            assertThat(m.find()).as("'" + key + "' in " + json).isTrue();
            counts.put(key, Integer.parseInt(m.group(1)));
        }
        return counts;
    }
}
