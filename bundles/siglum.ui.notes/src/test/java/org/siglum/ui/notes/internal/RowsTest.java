package org.siglum.ui.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.siglum.citations.BibDate;
import org.siglum.citations.BibEntry;
import org.siglum.citations.BibName;
import org.siglum.citations.NoteCitation;

/** What the rows and the entry dialog's fields say, without a window. */
class RowsTest {

    @Test
    void aLongNoteIsCutBetweenThaiCharactersNeverInsideOne() {
        String text = "ก".repeat(9) + "ที่";
        // a cut at 10 would leave ท without its vowel and tone mark
        assertThat(NoteRow.shortText(text, 10)).isEqualTo("ก".repeat(9) + " \u2026");
        assertThat(NoteRow.shortText("short", 10)).isEqualTo("short");
    }

    @Test
    void theSourcesColumnNamesTheEntriesAndTheirPages() {
        assertThat(NoteRow.sources(List.of(new NoteCitation("stalin1953", "page", "12", 0),
                new NoteCitation("blok1963", null, null, 0)))).isEqualTo("stalin1953, p. 12; blok1963");
    }

    @Test
    void theFieldsOfAnEntryComeBackAsTheSameEntry() {
        BibEntry thai = new BibEntry("kasetsiri2516", "book", List.of(BibName.literal("ชาญวิทย์ เกษตรศิริ")),
                List.of(), List.of(), "ประวัติศาสตร์รัสเซีย", null, null, "ไทยวัฒนาพานิช", "กรุงเทพฯ", null, null,
                null, new BibDate(1973, "พ.ศ. 2516"), "th", null, null, null, null);
        assertThat(EntryFields.of(thai).applyTo(thai)).isEqualTo(thai);
        BibEntry stalin = new BibEntry("s", "book", List.of(BibName.of("J. V.", "Stalin")), List.of(), List.of(),
                "Works", null, null, null, null, null, null, null, BibDate.year(1953), null, null, null, null, null);
        assertThat(EntryFields.of(stalin).authors()).isEqualTo("Stalin, J. V.");
        assertThat(EntryFields.of(stalin).applyTo(stalin)).isEqualTo(stalin);
    }

    @Test
    void aBuddhistEraYearKeepsItsTextAndGetsItsGregorianYear() {
        assertThat(EntryFields.date(null, "พ.ศ. 2516")).isEqualTo(new BibDate(1973, "พ.ศ. 2516"));
        assertThat(EntryFields.date(null, "1921")).isEqualTo(BibDate.year(1921));
        assertThat(EntryFields.date(null, "n.d.")).isEqualTo(new BibDate(null, "n.d."));
        assertThat(EntryFields.date(null, " ")).isNull();
    }

    @Test
    void aRowShowsTheAuthorsOrTheEditorsAndTheYearAsGiven() {
        BibEntry edited = new BibEntry("x", "book", List.of(), List.of(BibName.of("G. M.", "Boltianskii")), List.of(),
                "Lenin i kino", null, null, null, null, null, null, null, new BibDate(1973, "พ.ศ. 2516"), null, null,
                null, null, null);
        assertThat(SourceRows.cell(edited, 1)).isEqualTo("G. M. Boltianskii (ed.)");
        assertThat(SourceRows.cell(edited, 2)).isEqualTo("พ.ศ. 2516");
    }
}
