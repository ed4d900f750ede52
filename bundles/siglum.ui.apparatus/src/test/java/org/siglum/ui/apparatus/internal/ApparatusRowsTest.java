package org.siglum.ui.apparatus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.siglum.apparatus.ApparatusEntry;
import org.siglum.apparatus.Reading;

class ApparatusRowsTest {

    private static final ApparatusEntry OCR = new ApparatusEntry("e1", 1, true, 10, 90, 3, 4,
            Optional.of(new Reading("ประหัตประหาร", List.of("ED"), null, null, 30, 50)),
            List.of(new Reading("ประทัดประหาร", List.of("OCR"), "ocr-error", "misrecognised-letter", 50, 84)), "ocr",
            null);
    private static final ApparatusEntry OMISSION = new ApparatusEntry("2", 2, false, 100, 150, 5, 1,
            Optional.of(new Reading("", List.of(), null, null, 110, 116)),
            List.of(new Reading("หัว", List.of("OCR", "B"), "layout", null, 116, 140)), "running-head", null);

    @Test
    void anEntryShowsItsLemmaAndReadingsWithTheirSiglaAndItsCauseAndType() {
        assertThat(List.of(0, 1, 2, 3, 4).stream().map(c -> ApparatusRows.cell(OCR, c)))
                .containsExactly("e1", "3", "ประหัตประหาร ED", "ประทัดประหาร OCR", "ocr-error / ocr");
        assertThat(ApparatusRows.cell(OMISSION, 2)).isEqualTo("om.");
        assertThat(ApparatusRows.cell(OMISSION, 3)).isEqualTo("หัว OCR B");
    }

    @Test
    void selectingAnEntrySelectsItsLemmasTextBetweenItsTags() {
        String text = "<p><app><lem wit=\"#ED\" n=\"a>b\">ประหัต<hi>ประหาร</hi></lem><rdg wit=\"#OCR\">x</rdg></app>"
                + " <app><lem/><rdg>หัว</rdg></app> <app><rdg>ก</rdg></app></p>";
        int lem = text.indexOf("<lem wit");
        int lemEnd = text.indexOf("</lem>") + "</lem>".length();
        ApparatusEntry withMarkup = entry(text.indexOf("<app>"), lem, lemEnd);
        int[] range = ApparatusRows.lemmaRange(text, withMarkup);
        assertThat(text.substring(range[0], range[1])).as("inside the tags, a '>' in an attribute value skipped")
                .isEqualTo("ประหัต<hi>ประหาร</hi>");

        int empty = text.indexOf("<lem/>");
        range = ApparatusRows.lemmaRange(text, entry(text.indexOf("<app><lem/>"), empty, empty + 6));
        assertThat(text.substring(range[0], range[1])).as("an empty lemma: the element").isEqualTo("<lem/>");

        int third = text.indexOf("<app><rdg>ก");
        ApparatusEntry noLemma = new ApparatusEntry("e3", 3, true, third, text.indexOf("</p>"), 1, third, Optional.empty(),
                List.of(), null, null);
        range = ApparatusRows.lemmaRange(text, noLemma);
        assertThat(text.substring(range[0], range[1])).as("no lemma: the entry").isEqualTo("<app><rdg>ก</rdg></app>");
    }

    private static ApparatusEntry entry(int start, int lemStart, int lemEnd) {
        return new ApparatusEntry("e", 1, true, start, lemEnd + 30, 1, start,
                Optional.of(new Reading("x", List.of("ED"), null, null, lemStart, lemEnd)), List.of(), null, null);
    }

    @Test
    void theFilterKeepsEntriesWithAReadingOfTheWitnessAndTheCause() {
        assertThat(ApparatusRows.matches(OCR, ApparatusRows.ANY, ApparatusRows.ANY)).isTrue();
        assertThat(ApparatusRows.matches(OCR, "ED", ApparatusRows.ANY)).as("the lemma's witness").isTrue();
        assertThat(ApparatusRows.matches(OCR, "B", ApparatusRows.ANY)).isFalse();
        assertThat(ApparatusRows.matches(OMISSION, "B", "layout")).isTrue();
        assertThat(ApparatusRows.matches(OMISSION, "OCR", "ocr-error")).isFalse();
        assertThat(ApparatusRows.causeChoices(List.of(OCR, OMISSION))).containsExactly(ApparatusRows.ANY, "layout",
                "ocr-error");
    }

    @Test
    void theEntryAtAnOffsetIsTheOneWhoseSpanHoldsIt() {
        assertThat(ApparatusRows.at(List.of(OCR, OMISSION), 10)).isEqualTo(OCR);
        assertThat(ApparatusRows.at(List.of(OCR, OMISSION), 90)).isNull();
        assertThat(ApparatusRows.at(List.of(OCR, OMISSION), 149)).isEqualTo(OMISSION);
    }
}
