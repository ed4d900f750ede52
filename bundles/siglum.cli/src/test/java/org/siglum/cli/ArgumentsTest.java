package org.siglum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void optionsAndPositionalsAreSeparated() throws CommandException {
        Arguments a = Arguments.parse("export", List.of("a.xml", "--format", "html,pdf", "-o=out", "--json", "b.xml"),
                Set.of("--json"), Set.of("--format", "-o"));
        assertThat(a.positionals()).containsExactly("a.xml", "b.xml");
        assertThat(a.values("--format")).containsExactly("html", "pdf");
        assertThat(a.value("-o")).contains("out");
        assertThat(a.flag("--json")).isTrue();
    }

    @Test
    void doubleDashEndsTheOptions() throws CommandException {
        Arguments a = Arguments.parse("info", List.of("--", "--weird.xml"), Set.of("--json"), Set.of());
        assertThat(a.positionals()).containsExactly("--weird.xml");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThatThrownBy(() -> Arguments.parse("info", List.of("--jsno"), Set.of("--json"), Set.of()))
                .isInstanceOf(CommandException.class).hasMessage("info: unknown option --jsno (siglum help info)")
                .extracting(e -> ((CommandException) e).exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aMissingValueIsAUsageError() {
        assertThatThrownBy(() -> Arguments.parse("validate", List.of("--format"), Set.of(), Set.of("--format")))
                .hasMessage("validate: option --format needs a value");
    }

    @Test
    void aChoiceOutsideTheAllowedIsRefused() throws CommandException {
        Arguments a = Arguments.parse("validate", List.of("--format", "xml"), Set.of(), Set.of("--format"));
        assertThatThrownBy(() -> a.choice("validate", "--format", Set.of("text", "json"), "text"))
                .hasMessage("validate: --format must be one of json, text, not 'xml'");
    }

    @Test
    void jsonEscapesAndIndents() {
        String json = Json.write(Map.of("k", List.of("ก\"\n", 1, true)));
        assertThat(json).isEqualTo("{\n  \"k\": [\n    \"ก\\\"\\n\",\n    1,\n    true\n  ]\n}");
    }
}
