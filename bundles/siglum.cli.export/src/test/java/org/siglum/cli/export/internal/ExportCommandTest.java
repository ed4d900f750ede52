package org.siglum.cli.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.apparatus.internal.DocumentApparatus;
import org.siglum.citations.internal.TeiBibliographyService;
import org.siglum.citations.internal.CiteprocCitationFormatter;
import org.siglum.citations.internal.TeiNoteService;
import org.siglum.cli.CommandException;
import org.siglum.cli.ExitCode;
import org.siglum.cli.testing.TestCommandContext;
import org.siglum.core.testing.ProjectFiles;
import org.siglum.export.ExportOption;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.Exporter;
import org.siglum.export.ProgressMonitor;
import org.siglum.export.internal.SaxonXslt;
import org.siglum.export.latex.internal.LatexExporter;
import org.siglum.export.text.internal.TextExporter;
import org.siglum.witness.internal.TeiWitnessText;

class ExportCommandTest {

    private static final String EDITION = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
            <sourceDesc><listWit><witness xml:id="OCR">OCR</witness><witness xml:id="ED">edited</witness></listWit></sourceDesc></fileDesc></teiHeader>
            <text><body><p>ก่อน<app><lem wit="#ED">ถูก</lem><rdg wit="%s">ผิด</rdg></app>หลัง%s</p></body>
            <back><listBibl><biblStruct xml:id="b1"><monogr><title>Book</title><imprint><date when="1999">1999</date></imprint></monogr></biblStruct></listBibl></back></text></TEI>
            """;

    @TempDir
    Path dir;

    private final ExportCommand command = new ExportCommand();
    private TestCommandContext context;

    @BeforeEach
    void wire() {
        TeiNoteService notes = new TeiNoteService();
        DocumentApparatus apparatus = new DocumentApparatus();
        command.apparatus = apparatus;
        command.notes = notes;
        command.addFormat(new TextExporter(new TeiWitnessText()));
        command.addFormat(new LatexExporter(new SaxonXslt(), apparatus,
                new CiteprocCitationFormatter(notes, new TeiBibliographyService())));
        context = new TestCommandContext(dir);
    }


    private int run(String... args) throws CommandException {
        return command.run(context, List.of(args));
    }

    private Path edition(String name, String wit, String extra) throws Exception {
        return Files.writeString(dir.resolve(name), EDITION.formatted(wit, extra), StandardCharsets.UTF_8);
    }

    private List<Path> files(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

    @Test
    void writesEachFormatOfOneEditionIntoTheOutputFolderAndPrintsEachFile() throws Exception {
        edition("ed.xml", "#OCR", "");
        assertThat(run("ed.xml", "--format", "text,latex", "-o", "out")).isEqualTo(ExitCode.OK);
        assertThat(context.outText().lines()).containsExactly("out/ed.ED.txt", "out/ed.tex");
        assertThat(Files.readString(dir.resolve("out/ed.ED.txt"))).isEqualTo("ก่อนถูกหลัง\n");
        assertThat(Files.readString(dir.resolve("out/ed.tex"))).contains("\\edtext{ถูก}{\\Afootnote{ผิด \\textit{OCR}}}");
    }

    @Test
    void severalEditionsGoIntoAFolderEachAndTheWitOptionReachesTheTextFormat() throws Exception {
        edition("a.xml", "#OCR", "");
        edition("b.xml", "#OCR", "");
        assertThat(run("a.xml", "b.xml", "--format", "text", "--wit", "OCR", "-o", "out")).isEqualTo(ExitCode.OK);
        assertThat(files(dir.resolve("out"))).containsExactly(Path.of("a/a.OCR.txt"), Path.of("b/b.OCR.txt"));
        assertThat(Files.readString(dir.resolve("out/a/a.OCR.txt"))).isEqualTo("ก่อนผิดหลัง\n");
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingTheInstalledOnes() throws Exception {
        edition("ed.xml", "#OCR", "");
        assertThatThrownBy(() -> run("ed.xml", "--format", "docx")).isInstanceOf(CommandException.class)
                .hasMessage("export: unknown format 'docx' (installed: latex, text)");
    }

    @Test
    void anUndeclaredWitnessIsAWarningWithItsPlaceAndEverythingIsWritten() throws Exception {
        edition("good.xml", "#OCR", "");
        edition("bad.xml", "#XYZ", "");
        assertThat(run("good.xml", "bad.xml", "--format", "text,latex", "-o", "out")).isEqualTo(ExitCode.OK);
        assertThat(context.errText()).containsPattern("(?m)^bad\\.xml:3:\\d+: warning: @wit names "
                + "witness XYZ, which no <witness> of a listWit declares: shown as its siglum \"XYZ\"$");
        assertThat(files(dir.resolve("out"))).contains(Path.of("bad/bad.ED.txt"), Path.of("bad/bad.tex"),
                Path.of("good/good.ED.txt"), Path.of("good/good.tex"));
    }

    @Test
    void strictRefusesAnUndeclaredWitnessWithItsPlaceAndNothingIsWritten() throws Exception {
        edition("good.xml", "#OCR", "");
        edition("bad.xml", "#XYZ", "");
        assertThatThrownBy(() -> run("good.xml", "bad.xml", "--format", "text,latex", "-o", "out", "--strict"))
                .isInstanceOf(CommandException.class)
                .satisfies(e -> assertThat(((CommandException) e).exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageMatching("bad\\.xml:3:\\d+: @wit names witness XYZ, which no <witness> of a listWit "
                        + "declares: shown as its siglum \"XYZ\" \\(nothing was written\\)");
        assertThat(files(dir.resolve("out"))).isEmpty();
    }

    @Test
    void aCitationOfAMissingEntryAndAnEditionThatIsNotWellFormedAreReportedWithTheirPlaces() throws Exception {
        edition("cites.xml", "#OCR", "<anchor xml:id=\"a1\" type=\"note\"/><note xml:id=\"n1\" place=\"foot\" n=\"1\" "
                + "target=\"#a1\">see <bibl><ptr target=\"#nowhere\"/></bibl></note>");
        assertThat(run("cites.xml", "--format", "latex", "-o", "out")).isEqualTo(ExitCode.OK);
        assertThat(context.errText())
                .containsPattern("(?m)^cites\\.xml:3:\\d+: warning: citation of #nowhere points to no bibliography entry");
        assertThat(files(dir.resolve("out"))).containsExactly(Path.of("cites.tex"));
        assertThatThrownBy(() -> run("cites.xml", "--format", "latex", "-o", "strict", "--strict"))
                .hasMessageMatching("cites\\.xml:3:\\d+: citation of #nowhere points to no bibliography entry "
                        + "\\(nothing was written\\)");
        Files.writeString(dir.resolve("broken.xml"), "<TEI>\n  <p></TEI>");
        assertThatThrownBy(() -> run("broken.xml", "--format", "text", "-o", "strict"))
                .hasMessageStartingWith("broken.xml:2:");
        assertThat(files(dir.resolve("strict"))).isEmpty();
    }

    @Test
    void aFormatThatFailsIsReportedAndTheOthersStillRun() throws Exception {
        command.addFormat(new Exporter() {
            public String id() { return "faulty"; }
            public String name() { return "faulty"; }
            public List<ExportOption> options() { return List.of(); }
            public ExportResult export(ExportRequest request, ProgressMonitor monitor) {
                throw new IllegalStateException("boom");
            }
        });
        edition("ed.xml", "#OCR", "");
        assertThat(run("ed.xml", "--format", "faulty,text", "-o", "out")).isEqualTo(ExitCode.FINDINGS);
        assertThat(context.errText()).contains("ed.xml: format faulty failed: IllegalStateException: boom")
                .contains("export: 1 of 2 exports failed");
        assertThat(files(dir.resolve("out"))).containsExactly(Path.of("ed.ED.txt"));
    }

    /** A format that writes one line, named so that the test sees which of two formats of one id ran. */
    private static Exporter marker(String id, String mark) {
        return new Exporter() {
            public String id() { return id; }
            public String name() { return mark; }
            public List<ExportOption> options() { return List.of(); }
            public ExportResult export(ExportRequest request, ProgressMonitor monitor) throws org.siglum.export.ExportException {
                try {
                    Path file = Files.createDirectories(request.outputDirectory()).resolve(mark + ".txt");
                    Files.writeString(file, mark);
                    return new ExportResult(id, List.of(file), List.of());
                } catch (java.io.IOException e) {
                    throw new org.siglum.export.ExportException(e.getMessage(), e);
                }
            }
        };
    }

    @Test
    void theFormatOfTheHighestServiceRankingTakesThePlaceOfTheOthersOfItsId() throws Exception {
        edition("ed.xml", "#OCR", "");
        command.addExporter(marker("csv", "plain"), java.util.Map.of("service.ranking", 0, "service.id", 10L));
        command.addExporter(marker("csv", "better"), java.util.Map.of("service.ranking", 10, "service.id", 12L));
        command.addExporter(marker("csv", "worse"), java.util.Map.of("service.ranking", -5, "service.id", 11L));
        assertThat(run("--list-formats")).isZero();
        assertThat(context.outText()).contains("csv\tbetter\n").doesNotContain("plain").doesNotContain("worse");
        assertThat(run("ed.xml", "--format", "csv", "-o", "out")).isZero();
        assertThat(files(dir.resolve("out"))).containsExactly(Path.of("better.txt"));
    }

    @Test
    void amongFormatsOfOneIdAndOneRankingTheFirstRegisteredIsUsed() throws Exception {
        edition("ed.xml", "#OCR", "");
        command.addExporter(marker("csv", "later"), java.util.Map.of("service.ranking", 0, "service.id", 20L));
        command.addExporter(marker("csv", "built-in"), java.util.Map.of("service.ranking", 0, "service.id", 3L));
        assertThat(run("ed.xml", "--format", "csv", "-o", "out")).isZero();
        assertThat(files(dir.resolve("out"))).containsExactly(Path.of("built-in.txt"));
    }

    @Test
    void anOptionNoChosenFormatUnderstandsIsRefused() throws Exception {
        edition("ed.xml", "#OCR", "");
        assertThatThrownBy(() -> run("ed.xml", "--format", "latex", "--wit", "OCR"))
                .hasMessage("export: --wit means nothing to format(s) latex");
    }

    @Test
    void theSampleEditionExportsToTextAndLatex() throws Exception {
        Path sample = ProjectFiles.file("samples/chapter-3.xml");
        assertThat(run(sample.toString(), "--format", "text,latex", "-o", "out")).isEqualTo(ExitCode.OK);
        assertThat(files(dir.resolve("out"))).containsExactly(Path.of("chapter-3.ED.txt"), Path.of("chapter-3.tex"));
    }
}
