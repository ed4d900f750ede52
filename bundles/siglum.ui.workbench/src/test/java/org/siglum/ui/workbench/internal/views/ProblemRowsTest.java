package org.siglum.ui.workbench.internal.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.siglum.validation.Finding;
import org.siglum.validation.Finding.Severity;

class ProblemRowsTest {

    @Test
    void theProblemCountSaysErrorsAndWarnings() {
        Finding error = new Finding("f", 3, 7, 40, Severity.ERROR, "well-formedness", "unclosed", "");
        Finding warning = new Finding("f", 9, 1, 90, Severity.WARNING, "rdg-cause", "no cause", "");
        assertThat(ProblemRows.count(List.of())).isEqualTo("Valid");
        assertThat(ProblemRows.count(List.of(error))).isEqualTo("1 error");
        assertThat(ProblemRows.count(List.of(error, error, warning))).isEqualTo("2 errors, 1 warning");
        assertThat(ProblemRows.count(List.of(warning, warning))).isEqualTo("2 warnings");
        assertThat(ProblemRows.cell(error, 1)).isEqualTo("3:7");
        assertThat(ProblemRows.cell(warning, 0)).isEqualTo("warning");
    }
}
