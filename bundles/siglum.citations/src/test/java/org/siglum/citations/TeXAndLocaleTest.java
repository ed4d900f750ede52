package org.siglum.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.siglum.core.EditionDocument;

/** BibTeX's markup never reaches the page, and the th-TH terms are the ones a Thai reader expects. */
class TeXAndLocaleTest {
    private static final String STYLE = "chicago-notes-bibliography";

    /** A chapter of a book series as an entry may hold it when written by hand or imported long ago. */
    private static final BibEntry MARKED = new BibEntry("stalin1954", "chapter", List.of(BibName.of("J. V.", "Stalin")),
            List.of(), List.of(), "The {Bukharin} Group---and the Right Deviation, 1888--1938",
            "Works of {\\'E}mile {\\\"U}ber", null, "Foreign Languages Publishing House", "Moscow", "11", null,
            "332--340", BibDate.year(1954), "en", null, null, null, null);

    private static String note(BibEntry entry, String locale) {
        return Fixtures.FORMATTER.formatNotes(List.of(entry), List.of(List.of(new NoteCitation(entry.id(), "page",
                "335", 0))), STYLE, locale, OutputFormat.TEXT).get(0);
    }

    @Test
    void dashesBracesAndAccentsBecomeTheirCharacters() {
        for (String locale : List.of("en-US", "th-TH")) {
            String note = note(MARKED, locale);
            assertThat(note).contains("The Bukharin Group—and the Right Deviation, 1888–1938", "Works of Émile Über")
                    .doesNotContain("--", "{", "}", "\\");
            String html = Fixtures.FORMATTER.formatBibliography(List.of(MARKED), STYLE, locale, OutputFormat.HTML)
                    .get(0);
            assertThat(html).contains("1888&#8211;1938").doesNotContain("--", "{", "\\'");
        }
    }

    @Test
    void bibTeXMarkupIsReadOnImport() throws Exception {
        List<BibEntry> entries = Fixtures.BIB.parseBibTeX("""
                @book{k, author = {M\\"{u}ller, J{\\"o}rg}, title = {Russia 1888--1938 --- a {S}urvey},
                  publisher = {Caf\\'e~Press}, year = {1999}}
                """, "k.bib");
        BibEntry k = entries.get(0);
        assertThat(k.title()).isEqualTo("Russia 1888–1938 — a Survey");
        assertThat(k.authors().get(0).family()).isEqualTo("Müller");
        assertThat(k.authors().get(0).given()).isEqualTo("Jörg");
        assertThat(k.publisher()).isEqualTo("Café\u00A0Press");
    }

    private static String wholeNote(String locale) {
        return Fixtures.FORMATTER.formatNotes(List.of(MARKED), List.of(List.of(new NoteCitation(MARKED.id(), null,
                null, 0))), STYLE, locale, OutputFormat.TEXT).get(0);
    }

    private static String bibliography(String locale) {
        return Fixtures.FORMATTER.formatBibliography(List.of(MARKED), STYLE, locale, OutputFormat.TEXT).get(0);
    }

    @Test
    void thaiCitationsSayInAndVolumeInThai() {
        assertThat(wholeNote("th-TH")).isEqualTo("J. V. Stalin, “The Bukharin Group—and the Right Deviation, "
                + "1888–1938”, ใน Works of Émile Über, เล่ม 11 (Foreign Languages Publishing House, 1954).");
        assertThat(bibliography("th-TH")).contains("ใน Works of Émile Über, เล่ม 11.").doesNotContain("ปี", "vol.");
        assertThat(wholeNote("en-US")).isEqualTo("J. V. Stalin, “The Bukharin Group—and the Right Deviation, "
                + "1888–1938,” in Works of Émile Über, vol. 11 (Foreign Languages Publishing House, 1954).");
        assertThat(bibliography("en-US")).contains("In Works of Émile Über, vol. 11.").doesNotContain("ใน", "เล่ม");
    }

    @Test
    void oneRuleGivesTheLocaleOfAnEdition() {
        CitationFormatter f = Fixtures.FORMATTER;
        EditionDocument thai = EditionDocument.ofText("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"th\"/>",
                "t.xml");
        EditionDocument british = EditionDocument.ofText(
                "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en-GB\"/>", "b.xml");
        EditionDocument none = EditionDocument.ofText("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>", "n.xml");
        assertThat(f.locale(thai, CitationFormatter.AUTO_LOCALE)).isEqualTo("th-TH");
        assertThat(f.locale(thai, null)).isEqualTo("th-TH");
        assertThat(f.locale(british, "")).isEqualTo("en-GB");
        assertThat(f.locale(none, "auto")).isEqualTo("en-US");
        assertThat(f.locale(thai, "en-US")).isEqualTo("en-US");
        assertThat(f.format(thai, STYLE, "auto", OutputFormat.TEXT).locale()).isEqualTo("th-TH");
    }
}
