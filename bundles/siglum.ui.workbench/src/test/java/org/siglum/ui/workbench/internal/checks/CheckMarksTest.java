package org.siglum.ui.workbench.internal.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.siglum.suspects.Suspect;
import org.siglum.ui.editor.Mark;
import org.siglum.validation.Finding;

class CheckMarksTest {

    private static final String TEXT = "<p>ประทัดประหาร <hi>x</hi> word</p>";

    private static Finding finding(Finding.Severity severity, int offset) {
        return new Finding("chapter.xml", 1, offset + 1, offset, severity, "rule", "says so", null);
    }

    @Test
    void findingsAreSquiggledOverTheirTagOrWordAndSuspectsBoxedOverTheirSpan() {
        int word = TEXT.indexOf("word");
        int thai = TEXT.indexOf("ประทัด");
        Suspect suspect = new Suspect(thai, 6, "ประทัด", 0.9, List.of(), Optional.empty());
        CheckResult result = new CheckResult(1, TEXT,
                List.of(finding(Finding.Severity.ERROR, 0), finding(Finding.Severity.WARNING, word)),
                List.of(suspect), null, 3);

        assertThat(CheckMarks.of(result, TEXT)).containsExactly(
                new Mark(Mark.Kind.ERROR, 0, 3, "[rule] says so"),
                new Mark(Mark.Kind.WARNING, word, 4, "[rule] says so"),
                new Mark(Mark.Kind.SUSPECT, thai, 6, "OCR suspect: ประทัด"));
    }

    @Test
    void aFindingPastTheEndIsMarkedOnTheLastCharacter() {
        CheckResult result = new CheckResult(1, TEXT, List.of(finding(Finding.Severity.ERROR, TEXT.length() + 5)),
                List.of(), null, 3);
        assertThat(CheckMarks.of(result, TEXT)).containsExactly(
                new Mark(Mark.Kind.ERROR, TEXT.length() - 1, 1, "[rule] says so"));
    }

    @Test
    void theExtentIsATagAWordOfAtMost80CharactersOrNothingPastTheEnd() {
        assertThat(CheckMarks.extent("<hi rend=\"i\">x", 0)).isEqualTo("<hi rend=\"i\">".length());
        assertThat(CheckMarks.extent("a <unclosed", 2)).isEqualTo("<unclosed".length());
        assertThat(CheckMarks.extent("ก".repeat(100), 0)).isEqualTo(80);
        assertThat(CheckMarks.extent("ab\ncd", 2)).isEqualTo(1);
        assertThat(CheckMarks.extent("ab", 2)).isZero();
        assertThat(CheckMarks.extent("", 0)).isZero();
    }
}
