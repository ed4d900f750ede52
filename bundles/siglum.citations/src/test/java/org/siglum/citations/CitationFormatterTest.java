package org.siglum.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Expected strings written by hand from the style manuals (Chicago 18th ed., APA 7th, MLA 9th). */
class CitationFormatterTest {
    static List<BibEntry> entries;

    @BeforeAll
    static void read() throws Exception {
        entries = Fixtures.BIB.parseBibTeX(Fixtures.text("sources.bib"), "sources.bib");
    }

    private static NoteCitation page(String id, String page) {
        return new NoteCitation(id, "page", page, 0);
    }

    private static List<String> notes(String style, OutputFormat format, List<List<NoteCitation>> cites) {
        return Fixtures.FORMATTER.formatNotes(entries, cites, style, "en-US", format);
    }

    private static final List<List<NoteCitation>> SEQUENCE = List.of(
            List.of(page("stalin1953", "12")),
            List.of(page("stalin1953", "14")),
            List.of(page("cohen1970", "440")),
            List.of(page("lewin1974", "100")),
            List.of(page("bukharin1966", "5")),
            List.of(page("kasetsiri2516", "3")),
            List.of(page("kasetsiri2516", "3")),
            List.of(page("stalin1953", "20"), page("cohen1970", "441")));

    @Test
    void chicagoGivesAFullNoteFirstAndShortNotesAfter() {
        assertThat(notes("chicago-notes-bibliography", OutputFormat.TEXT, SEQUENCE)).containsExactly(
                "J. V. Stalin, Foundations of Leninism (Foreign Languages Publishing House, 1953), 12.",
                "Stalin, Foundations of Leninism, 14.",
                "Stephen F. Cohen, “Bukharin, Lenin and the Theoretical Foundations of Bolshevism,” Soviet Studies 21,"
                        + " no. 4 (1970): 440, https://doi.org/10.1080/09668137008410758.",
                "Moshe Lewin, “The Disappearance of Planning in the Plan,” in Political Undercurrents in Soviet Economic"
                        + " Debates, ed. John Smith and Mary Jones (Princeton University Press, 1974), 100.",
                "Nikolai Bukharin, Imperialism and World Economy, trans. Martin Lawrence (Howard Fertig, 1966), 5.",
                "ชาญวิทย์ เกษตรศิริ, การปฏิวัติรัสเซีย (มูลนิธิโครงการตำราฯ, พ.ศ. 2516), 3.",
                "ชาญวิทย์ เกษตรศิริ, การปฏิวัติรัสเซีย, 3.",
                "Stalin, Foundations of Leninism, 20; Cohen, “Bukharin, Lenin and the Theoretical Foundations of"
                        + " Bolshevism,” 441.");
    }

    @Test
    void chicagoWithIbidSaysIbidForTheWorkCitedJustBefore() {
        List<String> out = notes("chicago-notes-bibliography-subsequent-ibid", OutputFormat.TEXT, SEQUENCE);
        assertThat(out.get(1)).isEqualTo("Ibid., 14.");
        assertThat(out.get(6)).isEqualTo("Ibid.");
        // not just before: a short note
        assertThat(out.get(7)).startsWith("Stalin, Foundations of Leninism, 20; ");
    }

    @Test
    void chicagoBibliographyInvertsWesternNamesButNeverThaiOnes() {
        assertThat(Fixtures.FORMATTER.formatBibliography(entries, "chicago-notes-bibliography", "en-US",
                OutputFormat.TEXT)).containsExactly(
                "Bukharin, Nikolai. Imperialism and World Economy. Translated by Martin Lawrence. Howard Fertig, 1966.",
                "Cohen, Stephen F. “Bukharin, Lenin and the Theoretical Foundations of Bolshevism.” Soviet Studies 21,"
                        + " no. 4 (1970): 436–57. https://doi.org/10.1080/09668137008410758.",
                "Lewin, Moshe. “The Disappearance of Planning in the Plan.” In Political Undercurrents in Soviet"
                        + " Economic Debates, edited by John Smith and Mary Jones. Princeton University Press, 1974.",
                "Stalin, J. V. Foundations of Leninism. Foreign Languages Publishing House, 1953.",
                "ชาญวิทย์ เกษตรศิริ. การปฏิวัติรัสเซีย. มูลนิธิโครงการตำราฯ, พ.ศ. 2516.");
    }

    @Test
    void apaCitesAuthorAndYearAndListsEditorsAsEds() {
        assertThat(notes("apa", OutputFormat.TEXT, SEQUENCE)).containsExactly("(Stalin, 1953, p. 12)",
                "(Stalin, 1953, p. 14)", "(Cohen, 1970, p. 440)", "(Lewin, 1974, p. 100)", "(Bukharin, 1966, p. 5)",
                "(ชาญวิทย์ เกษตรศิริ, พ.ศ. 2516, p. 3)", "(ชาญวิทย์ เกษตรศิริ, พ.ศ. 2516, p. 3)",
                "(Stalin, 1953, p. 20; Cohen, 1970, p. 441)");
        assertThat(Fixtures.FORMATTER.formatBibliography(entries, "apa", "en-US", OutputFormat.TEXT)).containsExactly(
                "Bukharin, N. (1966). Imperialism and World Economy (M. Lawrence, Trans.). Howard Fertig.",
                "Cohen, S. F. (1970). Bukharin, Lenin and the Theoretical Foundations of Bolshevism. Soviet Studies,"
                        + " 21(4), 436–457. https://doi.org/10.1080/09668137008410758",
                "Lewin, M. (1974). The Disappearance of Planning in the Plan. In J. Smith & M. Jones (Eds.), Political"
                        + " Undercurrents in Soviet Economic Debates (pp. 97–123). Princeton University Press.",
                "Stalin, J. V. (1953). Foundations of Leninism. Foreign Languages Publishing House.",
                "ชาญวิทย์ เกษตรศิริ. (พ.ศ. 2516). การปฏิวัติรัสเซีย. มูลนิธิโครงการตำราฯ.");
    }

    @Test
    void mlaCitesAuthorAndPage() {
        assertThat(notes("modern-language-association", OutputFormat.TEXT, SEQUENCE)).containsExactly("(Stalin 12)",
                "(Stalin 14)", "(Cohen 440)", "(Lewin 100)", "(Bukharin 5)", "(ชาญวิทย์ เกษตรศิริ 3)",
                "(ชาญวิทย์ เกษตรศิริ 3)", "(Stalin 20; Cohen 441)");
        assertThat(Fixtures.FORMATTER.formatBibliography(entries, "modern-language-association", "en-US",
                OutputFormat.TEXT)).containsExactly(
                "Bukharin, Nikolai. Imperialism and World Economy. Translated by Martin Lawrence, Howard Fertig, 1966.",
                "Cohen, Stephen F. “Bukharin, Lenin and the Theoretical Foundations of Bolshevism.” Soviet Studies,"
                        + " vol. 21, no. 4, 1970, pp. 436–57, https://doi.org/10.1080/09668137008410758.",
                "Lewin, Moshe. “The Disappearance of Planning in the Plan.” Political Undercurrents in Soviet Economic"
                        + " Debates, edited by John Smith and Mary Jones, Princeton University Press, 1974, pp. 97–123.",
                "Stalin, J. V. Foundations of Leninism. Foreign Languages Publishing House, 1953.",
                "ชาญวิทย์ เกษตรศิริ. การปฏิวัติรัสเซีย. มูลนิธิโครงการตำราฯ, พ.ศ. 2516.");
    }

    @Test
    void mlaAddsTheTitleWhenAnAuthorHasTwoWorks() {
        BibEntry other = new BibEntry("stalin1940", "book", List.of(BibName.of("J. V.", "Stalin")), List.of(),
                List.of(), "Problems of Leninism", null, null, "Foreign Languages Publishing House", "Moscow", null,
                null, null, BibDate.year(1940), null, null, null, null, null);
        List<BibEntry> two = new java.util.ArrayList<>(entries);
        two.add(other);
        assertThat(Fixtures.FORMATTER.formatNotes(two, List.of(List.of(page("stalin1953", "12"))),
                "modern-language-association", "en-US", OutputFormat.TEXT))
                .containsExactly("(Stalin, Foundations of Leninism 12)");
    }

    @Test
    void aThaiAuthorKeepsHisOrderInEveryStyleAndLocale() {
        for (String style : Fixtures.FORMATTER.styles()) {
            for (String locale : List.of("en-US", "th-TH")) {
                List<String> bib = Fixtures.FORMATTER.formatBibliography(entries, style, locale, OutputFormat.TEXT);
                List<String> note = Fixtures.FORMATTER.formatNotes(entries, List.of(List.of(page("kasetsiri2516", "3"))),
                        style, locale, OutputFormat.TEXT);
                assertThat(bib).anySatisfy(b -> assertThat(b).startsWith("ชาญวิทย์ เกษตรศิริ"));
                assertThat(String.join("\n", bib) + note).doesNotContain("เกษตรศิริ, ชาญวิทย์")
                        .contains("พ.ศ. 2516");
                assertThat(note.get(0)).contains("ชาญวิทย์ เกษตรศิริ");
            }
        }
    }

    @Test
    void theThaiLocaleGivesThaiTerms() {
        List<String> out = Fixtures.FORMATTER.formatNotes(entries, List.of(List.of(page("lewin1974", "100"))),
                "chicago-notes-bibliography", "th-TH", OutputFormat.TEXT);
        assertThat(out.get(0)).contains("ใน Political Undercurrents").contains("John Smith และ Mary Jones");
    }

    @Test
    void htmlIsWellFormedXmlWithoutNamedEntities() throws Exception {
        for (String style : Fixtures.FORMATTER.styles()) {
            List<String> html = new java.util.ArrayList<>(notes(style, OutputFormat.HTML, SEQUENCE));
            html.addAll(Fixtures.FORMATTER.formatBibliography(entries, style, "en-US", OutputFormat.HTML));
            for (String h : html) {
                assertThat(h).doesNotContainPattern("&(?!amp;|lt;|gt;|quot;|#)");
                DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new InputSource(new StringReader("<div>" + h + "</div>")));
            }
        }
        assertThat(notes("chicago-notes-bibliography", OutputFormat.HTML, SEQUENCE).get(0)).isEqualTo(
                "J. V. Stalin, <span style=\"font-style: italic\">Foundations of Leninism</span> (Foreign Languages"
                        + " Publishing House, 1953), 12.");
    }

    @Test
    void foFragmentsAreXslFo() throws Exception {
        List<String> fo = Fixtures.FORMATTER.formatBibliography(entries, "chicago-notes-bibliography", "en-US",
                OutputFormat.FO);
        assertThat(fo.get(3)).isEqualTo("<fo:block xmlns:fo=\"http://www.w3.org/1999/XSL/Format\">Stalin, J. V."
                + " <fo:inline font-style=\"italic\">Foundations of Leninism</fo:inline>. Foreign Languages Publishing"
                + " House, 1953.</fo:block>");
        List<String> note = notes("chicago-notes-bibliography", OutputFormat.FO, SEQUENCE);
        assertThat(note.get(1)).isEqualTo("<fo:inline xmlns:fo=\"http://www.w3.org/1999/XSL/Format\">Stalin,"
                + " <fo:inline font-style=\"italic\">Foundations of Leninism</fo:inline>, 14.</fo:inline>");
    }

    @Test
    void anUnknownStyleIsRefused() {
        assertThatThrownBy(() -> notes("no-such-style", OutputFormat.TEXT, SEQUENCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not installed");
    }
}
