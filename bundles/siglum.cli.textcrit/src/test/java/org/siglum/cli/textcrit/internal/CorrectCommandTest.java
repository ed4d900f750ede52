package org.siglum.cli.textcrit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.apparatus.internal.SeriesCorrections;
import org.siglum.cli.CommandException;
import org.siglum.cli.ExitCode;
import org.siglum.cli.testing.TestCommandContext;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

class CorrectCommandTest {

    private static final String EDITION = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader><fileDesc><sourceDesc><listWit>
                <witness xml:id="OCR">OCR</witness><witness xml:id="ED">Editor</witness>
              </listWit></sourceDesc></fileDesc></teiHeader>
              <text><body>
                <p>การประทัดประหารกัน<note>ประทัดประหาร ในหมายเหตุ</note> และประทัด<lb/>ประหาร อีก</p>
                <p>ยังมี<hi>ประทัด</hi>ประหาร ครั้งที่สาม</p>
              </body></text>
            </TEI>
            """;

    @TempDir
    Path dir;

    private TestCommandContext context;
    private Path file;

    @BeforeEach
    void anEdition() throws Exception {
        context = new TestCommandContext(dir);
        file = Files.writeString(dir.resolve("e.xml"), EDITION);
    }

    private int correct(String... arguments) throws CommandException {
        CorrectCommand c = new CorrectCommand();
        c.corrections = new SeriesCorrections();
        return c.run(context, List.of(arguments));
    }

    @Test
    void aDryRunListsEveryOccurrenceWithItsPlaceAndContextAndChangesNothing() throws Exception {
        int exit = correct("e.xml", "--from", "ประทัดประหาร", "--to", "ประหัตประหาร", "--dry-run");
        assertThat(exit).isEqualTo(ExitCode.OK);
        List<String> lines = context.outText().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("e.xml:6:11: 1: …การ[ประทัดประหาร]กัน และประทัดประหาร อีก…");
        assertThat(lines.get(1)).startsWith("e.xml:6:").contains(": 2: …").endsWith("และ[ประทัดประหาร] อีก…");
        assertThat(lines.get(2)).startsWith("e.xml:7:").contains(": 3: …ยังมี[ประทัดประหาร] ครั้งที่สาม…")
                .endsWith("(cannot be recorded: it crosses the end of <hi>: an entry must lie inside one element)");
        assertThat(lines.get(3)).isEqualTo("3 occurrences of \"ประทัดประหาร\", 2 recordable; The text will read "
                + "\"ประหัตประหาร\" (ED); \"ประทัดประหาร\" is kept as the reading of OCR (ocr-error). "
                + "(--dry-run: nothing changed)");
        assertThat(Files.readString(file)).isEqualTo(EDITION);
        assertThat(Files.exists(dir.resolve("e.xml~"))).isFalse();
    }

    @Test
    void withoutDryRunEachRecordableOccurrenceBecomesAnEntryAndTheFileIsSavedOnce() throws Exception {
        int exit = correct("e.xml", "--from", "ประทัดประหาร", "--to", "ประหัตประหาร", "--type", "misrecognised-letter");
        assertThat(exit).isEqualTo(ExitCode.OK);
        String rdg = "<rdg wit=\"#OCR\" cause=\"ocr-error\" type=\"misrecognised-letter\">ประทัดประหาร</rdg>";
        String expected = EDITION
                .replace("การประทัดประหารกัน", "การ<app xml:id=\"app-1\"><lem wit=\"#ED\">ประหัตประหาร</lem>" + rdg
                        + "</app>กัน")
                .replace("และประทัด<lb/>ประหาร", "และ<app xml:id=\"app-2\"><lem wit=\"#ED\">ประหัต<lb/>ประหาร</lem>" + rdg
                        + "</app>");
        Diff diff = DiffBuilder.compare(expected).withTest(Files.readString(file)).checkForIdentical().build();
        assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
        assertThat(Files.readString(file)).isEqualTo(expected);
        assertThat(Files.readString(dir.resolve("e.xml~"))).isEqualTo(EDITION);
        assertThat(context.outText().lines().toList()).last().asString().isEqualTo("e.xml:6:11: recorded 2 "
                + "corrections of \"ประทัดประหาร\" as \"ประหัตประหาร\" (entries app-1 to app-2); 1 of the 3 not "
                + "recorded; saved (the previous version is e.xml~)");
    }

    @Test
    void onlyTheChosenOccurrencesAreRecordedAndTheScopeNarrowsTheSearch() throws Exception {
        assertThat(correct("e.xml", "--from", "ประทัดประหาร", "--to", "ประหัตประหาร", "--only", "2")).isZero();
        String after = Files.readString(file);
        assertThat(after).contains("การประทัดประหารกัน").contains("<lem wit=\"#ED\">ประหัต<lb/>ประหาร</lem>");
        assertThat(context.outText()).contains(": 1: …การ[ประทัดประหาร]กัน").contains("(not chosen)");

        context.clearOut();
        assertThat(correct("e.xml", "--from", "ประทัดประหาร", "--to", "ประหัตประหาร", "--where", "lines:7-7",
                "--dry-run")).isZero();
        assertThat(context.outText().lines()).hasSize(2).first().asString().startsWith("e.xml:7:");
    }

    @Test
    void refusalsAreClearAndLeaveTheFileAlone() throws Exception {
        assertThatThrownBy(() -> correct("e.xml", "--from", "ประทัดประหาร", "--to", "ประหัตประหาร", "--only", "3"))
                .isInstanceOf(CommandException.class)
                .hasMessageStartingWith("e.xml:7:").hasMessageContaining("occurrence 3 cannot be recorded");
        assertThatThrownBy(() -> correct("e.xml", "--from", "ประทัดประหาร", "--to", "ประหัตประหาร", "--only", "9"))
                .hasMessageContaining("there are only 3 occurrences");
        assertThatThrownBy(() -> correct("e.xml", "--from", "ประทัดประหาร", "--to", "ประหัตประหาร", "--wit", "B"))
                .hasMessageContaining("'B' is not declared");
        assertThatThrownBy(() -> correct("e.xml", "--from", "ประทัดประหาร", "--to", "ประทัดประหาร"))
                .hasMessageContaining("the same as the text");
        assertThatThrownBy(() -> correct("e.xml", "--from", "x", "--to", "y", "--where", "page:3"))
                .hasMessageContaining("not a kind of scope");
        assertThatThrownBy(() -> correct("e.xml", "--to", "y")).hasMessageContaining("--from is required");
        Files.writeString(dir.resolve("bad.xml"), "<TEI>\n<p>ก</TEI>");
        assertThatThrownBy(() -> correct("bad.xml", "--from", "ก", "--to", "ข")).hasMessageStartingWith("bad.xml:2:");
        assertThat(Files.readString(file)).isEqualTo(EDITION);

        assertThat(correct("e.xml", "--from", "ไม่มีในข้อความ", "--to", "x")).isEqualTo(ExitCode.FINDINGS);
        assertThat(context.outText()).contains("no occurrence of \"ไม่มีในข้อความ\"");
    }
}
