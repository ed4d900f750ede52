package org.siglum.ui.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.siglum.ui.workbench.internal.edition.SourceLocation;
import org.siglum.ui.workbench.internal.edition.SourceProblem;

class WindowStateTest {

    @Test
    void theTitleNamesTheFileAndMarksUnsavedChanges() {
        assertThat(WindowState.title(Path.of("/e/chapter.xml"), false)).isEqualTo("chapter.xml \u2014 Siglum");
        assertThat(WindowState.title(Path.of("/e/chapter.xml"), true)).isEqualTo("*chapter.xml \u2014 Siglum");
        assertThat(WindowState.title(null, false)).isEqualTo("Siglum");
    }

    @Test
    void theStatusLineCountsProblemsAndShowsTheFirst() {
        List<SourceProblem> problems = List.of(new SourceProblem(3, 7, "unclosed p"), new SourceProblem(9, 1, "x"));
        assertThat(WindowState.problemCount(List.of())).isEqualTo("Well-formed");
        assertThat(WindowState.problemCount(problems.subList(0, 1))).isEqualTo("1 problem");
        assertThat(WindowState.problemCount(problems)).isEqualTo("2 problems");
        assertThat(WindowState.firstProblem(problems)).isEqualTo("3:7 unclosed p");
        assertThat(WindowState.position(new SourceLocation(12, 5))).isEqualTo("Line 12, column 5");
    }
}
