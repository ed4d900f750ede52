package org.siglum.ui.apparatus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.siglum.apparatus.Correction;
import org.siglum.apparatus.CorrectionDefaults;
import org.siglum.apparatus.Occurrence;

class SeriesModelTest {

    private static final CorrectionDefaults DEFAULTS = new CorrectionDefaults(Optional.of("OCR"), List.of("ED"),
            "ocr-error", Optional.of("ocr"), List.of("real-word"));
    private static final Occurrence A = new Occurrence(10, 16, 3, 5, "ตั้ง", "กรรมกร", " ๕๐", null);
    private static final Occurrence B = new Occurrence(40, 51, 4, 2, "และ", "กรรมกร", " อีก", null);
    private static final Occurrence C = new Occurrence(90, 102, 6, 7, "", "กรรมกร", "", "it crosses the end of <hi>");

    private SeriesModel model() {
        return new SeriesModel(List.of(A, B, C), Correction.of("กรรมกร", "กรรมการ", DEFAULTS));
    }

    @Test
    void theRecordableOccurrencesAreTickedAtFirstAndTheOthersCannotBe() {
        SeriesModel m = model();
        assertThat(m.chosen()).containsExactly(A, B);
        assertThat(m.tick(C, true)).isFalse();
        assertThat(m.okLabel()).isEqualTo("Record 2");
        assertThat(m.heading()).isEqualTo("\"กรรมกร\" stands in 3 places of the base text; 2 ticked, to be recorded as "
                + "one change (one undo).");
        assertThat(m.summary()).isEqualTo("In each of 2 places: The text will read \"กรรมการ\" (ED); \"กรรมกร\" is "
                + "kept as the reading of OCR (ocr-error).");
        assertThat(SeriesModel.cell(B, 1)).isEqualTo("4:2");
        assertThat(SeriesModel.cell(B, 2)).isEqualTo("…และ[กรรมกร] อีก…");
        assertThat(SeriesModel.cell(C, 3)).isEqualTo("it crosses the end of <hi>");
    }

    @Test
    void untickingEveryPlaceOrAnEmptyCorrectionLeavesNothingToRecord() {
        SeriesModel m = model();
        m.tick(A, false);
        assertThat(m.chosen()).containsExactly(B);
        assertThat(m.summary()).startsWith("In 1 place: ");
        m.tickAll(false);
        assertThat(m.problem()).isEqualTo("tick the places to correct");
        assertThat(m.okLabel()).isEqualTo("Record");
        m.tickAll(true);
        assertThat(m.chosen()).containsExactly(A, B);
        m.correction(m.correction().withLemma(""));
        assertThat(m.summary()).startsWith("Nothing will change: type the correction");
    }

    @Test
    void theSeriesButtonSaysHowManyPlaces() {
        assertThat(SuspectRows.seriesLabel(1)).isEqualTo("This correction everywhere (1 place)");
        assertThat(SuspectRows.seriesLabel(7)).isEqualTo("This correction everywhere (7 places)");
        assertThat(SuspectRows.seriesLabel(-1)).isEqualTo("This correction everywhere");
    }
}
