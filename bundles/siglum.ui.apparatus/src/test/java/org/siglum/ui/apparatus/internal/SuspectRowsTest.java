package org.siglum.ui.apparatus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.siglum.suspects.Reason;
import org.siglum.suspects.Signal;
import org.siglum.suspects.Suspect;

class SuspectRowsTest {

    @Test
    void aRowShowsTheTextTheStrongestSignalTheReasonsWithTheSuggestionAndTheLine() {
        Suspect suspect = new Suspect(10, 6, "การการ", 0.7,
                List.of(new Reason(Signal.DOUBLED, "\"การ\" twice in a row"),
                        new Reason(Signal.RARE_VARIANT, "rare form")), Optional.of("การ"));
        SuspectRows.Row row = new SuspectRows.Row(suspect, 275);
        assertThat(List.of(0, 1, 2, 3).stream().map(c -> SuspectRows.cell(row, c))).containsExactly("การการ",
                "doubled", "\"การ\" twice in a row; rare form (perhaps การ)", "275");
        assertThat(SuspectRows.kind(new Reason(Signal.MIXED_SCRIPT, ""))).isEqualTo("mixed script");
    }
}
