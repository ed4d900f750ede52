package org.siglum.cli.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.cli.CommandException;
import org.siglum.cli.testing.TestCommandContext;
import org.siglum.validation.internal.JingSchematronValidator;

/** The validate command over the real validation service, with a context whose streams we read. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private ValidateCommand command;
    private TestCommandContext context;

    @BeforeEach
    void wire() {
        command = new ValidateCommand();
        command.validator = new JingSchematronValidator();
        context = new TestCommandContext(dir);
    }

    @Test
    void aGrammarFindingIsPrintedAsFileLineColumnSeverityRuleMessage() throws Exception {
        Path rnc = Files.writeString(dir.resolve("p.rnc"), "element p { element w { text }* }\n");
        Files.writeString(dir.resolve("a.xml"), "<p>\n  <w>ก</w><x/>\n</p>\n");
        int exit = command.run(context, List.of("a.xml", "--schema", rnc.getFileName().toString()));
        assertThat(exit).isEqualTo(1);
        String printed = context.outText();
        assertThat(printed.lines().count()).as(printed).isEqualTo(1);
        assertThat(printed).startsWith("a.xml:2:11: error: [rng] The element <x> inside <p> is not part of this schema");
        assertThat(context.errText()).contains("1 file checked against", "1 error in 1 file");
    }

    @Test
    void jsonCarriesEveryField() throws Exception {
        Files.writeString(dir.resolve("bad.xml"), "<p a='1' a='2'/>");
        int exit = command.run(context, List.of("bad.xml", "--format", "json"));
        assertThat(exit).isEqualTo(1);
        assertThat(context.outText()).contains("\"file\": \"bad.xml\"", "\"line\": 1", "\"column\": ",
                "\"offset\": ", "\"severity\": \"error\"", "\"rule\": \"well-formedness\"", "\"message\": ", "\"detail\": ");
    }

    @Test
    void anUnknownSchemaNameIsAUsageError() {
        assertThatThrownBy(() -> command.run(context, List.of("x.xml", "--schema", "tei_lite")))
                .isInstanceOf(CommandException.class).hasMessageStartingWith("validate: unknown schema 'tei_lite'");
    }

    @Test
    void aMissingFileIsExitTwoAndTheOthersAreStillChecked() throws Exception {
        Files.writeString(dir.resolve("bad.xml"), "<p>");
        int exit = command.run(context, List.of("nowhere.xml", "bad.xml"));
        assertThat(exit).isEqualTo(2);
        assertThat(context.errText()).contains("siglum: nowhere.xml: no such file");
        assertThat(context.outText()).contains("bad.xml:1:");
    }
}
