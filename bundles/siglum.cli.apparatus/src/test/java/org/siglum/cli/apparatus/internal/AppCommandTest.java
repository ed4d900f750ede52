package org.siglum.cli.apparatus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.apparatus.ApparatusException;
import org.siglum.apparatus.internal.DocumentApparatus;
import org.siglum.cli.CommandException;
import org.siglum.cli.testing.TestCommandContext;
import org.siglum.core.EditionDocument;

class AppCommandTest {

    private static final String EDITION = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><sourceDesc><listWit>
            <witness xml:id="OCR">OCR</witness><witness xml:id="ED">Editor</witness></listWit></sourceDesc></fileDesc></teiHeader>
            <text><body><p>คณะราษฎร<app><lem wit="#ED">ยึดอำนาจ</lem><rdg wit="#OCR">ยืดอำนาจ</rdg></app> 𝔄 มิถุนายน</p></body></text></TEI>
            """;

    @TempDir
    Path dir;

    private AppCommand command() {
        AppCommand command = new AppCommand();
        command.apparatus = new DocumentApparatus();
        return command;
    }

    private TestCommandContext context;

    @BeforeEach
    void aFreshContext() {
        context = new TestCommandContext(dir);
    }

    @Test
    void aRangeIsOffsetsOrLinesAndColumnsInCodePoints() throws Exception {
        EditionDocument doc = EditionDocument.ofText("ab\r\nc𝔄d\nef", "r.xml");
        assertThat(AppCommand.range(doc, "r.xml", "1:3")).containsExactly(1, 3);
        assertThat(AppCommand.range(doc, "r.xml", "2:2-2:3")).containsExactly(5, 7);
        assertThat(AppCommand.range(doc, "r.xml", "3:1-3:3")).containsExactly(9, 11);
        assertThatThrownBy(() -> AppCommand.range(doc, "r.xml", "4:1-4:2")).isInstanceOf(ApparatusException.class)
                .hasMessageContaining("only 3 lines");
        assertThatThrownBy(() -> AppCommand.range(doc, "r.xml", "1:9-1:10")).hasMessageContaining("fewer than");
        assertThatThrownBy(() -> AppCommand.range(doc, "r.xml", "a-b")).hasMessageContaining("START:END");
    }

    @Test
    void addWritesTheFileAndSaysWhatChangedInOneLine() throws Exception {
        Path file = dir.resolve("e.xml");
        Files.writeString(file, EDITION, StandardCharsets.UTF_8);
        int start = EDITION.indexOf("มิถุนายน");
        int exit = command().run(context, List.of("add", "e.xml", "--range", start + ":" + (start + 8), "--wit", "OCR",
                "--text", "มิถุนายม", "--cause", "ocr-error"));
        assertThat(exit).isZero();
        assertThat(context.outText()).isEqualTo("e.xml:3:97: added entry app-1 over \"มิถุนายน\" "
                + "with OCR \"มิถุนายม\"\n");
        assertThat(Files.readString(file)).contains("<app xml:id=\"app-1\"><lem>มิถุนายน</lem><rdg wit=\"#OCR\" "
                + "cause=\"ocr-error\">มิถุนายม</rdg></app>");
        assertThat(dir.resolve("e.xml~")).hasContent(EDITION);
    }

    @Test
    void aRefusalIsAOneLineInputErrorAndLeavesTheFileAlone() throws Exception {
        Path file = dir.resolve("e.xml");
        Files.writeString(file, EDITION, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> command().run(context, List.of("add", "e.xml", "--app", "1", "--wit", "ED", "--text",
                "x"))).isInstanceOf(CommandException.class)
                .hasMessage("e.xml:3:24: the witness 'ED' would be named twice in one entry")
                .satisfies(e -> assertThat(((CommandException) e).exitCode()).isEqualTo(2));
        assertThat(file).hasContent(EDITION);
        assertThat(dir.resolve("e.xml~")).doesNotExist();
    }

    @Test
    void listPrintsOneLinePerEntry() throws Exception {
        Files.writeString(dir.resolve("e.xml"), EDITION, StandardCharsets.UTF_8);
        assertThat(command().run(context, List.of("list", "e.xml"))).isZero();
        assertThat(context.outText()).isEqualTo("e.xml:3:24: 1: ยึดอำนาจ ED ] ยืดอำนาจ OCR\n");
        context.clearOut();
        command().run(context, List.of("list", "e.xml", "--json"));
        assertThat(context.outText()).contains("\"id\": \"1\"", "\"xmlId\": false",
                "\"text\": \"ยืดอำนาจ\"");
    }

    @Test
    void listShowsMarkersForWhatTheyMarkAndWitDetailsWithTheirReading() throws Exception {
        Files.writeString(dir.resolve("m.xml"), """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><sourceDesc><listWit>
                <witness xml:id="A">a</witness><witness xml:id="B">b</witness></listWit></sourceDesc></fileDesc></teiHeader>
                <text><body><p><app><lem wit="#A">six</lem><rdg wit="#B"><lacunaStart/></rdg><rdg wit="#C"/></app>
                <app><lem>two <app><lem>three</lem><rdg wit="#B">3</rdg></app></lem><rdg wit="#B #57">2<lacunaEnd/><witDetail wit="#B" type="margin">in the margin</witDetail></rdg></app>
                <app><lem/><rdg wit="#B"><witStart/></rdg></app><app><lem/><rdg wit="#B"><witEnd/></rdg></app></p></body></text></TEI>
                """, StandardCharsets.UTF_8);
        assertThat(command().run(context, List.of("list", "m.xml"))).isZero();
        assertThat(context.outText()).isEqualTo("""
                m.xml:3:16: 1: six A ] lacuna begins B; om. C
                m.xml:4:1: 2: two three ] 2 [lacuna ends] B 57 {B margin: in the margin}
                m.xml:4:15: 3: three ] 3 B
                m.xml:5:1: 4:  ] witness begins B
                m.xml:5:49: 5:  ] witness ends B
                """);
        context.clearOut();
        command().run(context, List.of("list", "m.xml", "--json"));
        assertThat(context.outText().replaceAll("\\s+", "")).contains("\"markers\":[\"lacunaStart\"]",
                "\"type\":\"margin\",\"text\":\"inthemargin\"");
    }

    @Test
    void editKeepsWhatIsNotGivenAndAddWitnessDeclaresOne() throws Exception {
        Path file = dir.resolve("e.xml");
        Files.writeString(file, EDITION, StandardCharsets.UTF_8);
        assertThat(command().run(context, List.of("add-witness", "e.xml", "--id", "MS", "--name", "Manuscript"))).isZero();
        assertThat(command().run(context, List.of("edit", "e.xml", "--app", "1", "--wit", "OCR", "--cause", "ocr-error")))
                .isZero();
        assertThat(command().run(context, List.of("edit", "e.xml", "--app", "1", "--wit", "OCR", "--new-wit", "OCR,MS",
                "--text", "ยืด"))).isZero();
        assertThat(Files.readString(file)).contains("<witness xml:id=\"ED\">Editor</witness><witness xml:id=\"MS\">"
                + "Manuscript</witness></listWit>", "<rdg wit=\"#OCR #MS\" cause=\"ocr-error\">ยืด</rdg>");
        context.clearOut();
        command().run(context, List.of("witnesses", "e.xml"));
        assertThat(context.outText()).isEqualTo("OCR\tOCR\tOCR\nED\tED\tEditor\nMS\tMS\tManuscript\n");
    }

    @Test
    void usageErrorsNameTheProblem() {
        assertThatThrownBy(() -> command().run(context, List.of())).hasMessageContaining("no subcommand");
        assertThatThrownBy(() -> command().run(context, List.of("frob", "x"))).hasMessageContaining("unknown subcommand 'frob'");
        assertThatThrownBy(() -> command().run(context, List.of("promote", "x.xml", "--app", "1")))
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> command().run(context, List.of("list"))).hasMessageContaining("exactly one FILE");
    }
}
