package org.siglum.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.siglum.apparatus.internal.DocumentApparatus;
import org.siglum.core.EditionDocument;

/** Editing a reading's text keeps the markup inside it: only the characters that differ change. */
class EditReadingTextTest {

    private static final String EDITION = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><sourceDesc><listWit>
            <witness xml:id="A">a</witness><witness xml:id="B">b</witness><witness xml:id="C">c</witness>
            </listWit></sourceDesc></fileDesc></teiHeader><text><body><p>x <app xml:id="e1"><lem wit="#A">in <num>1888</num> years</lem><rdg wit="#B">in <num value="1888">1888</num> yeers &amp; more</rdg><rdg wit="#C"><lacunaStart/></rdg></app>
            <app xml:id="e2"><lem wit="#A">seven</lem><rdg wit="#B">sevn<witDetail wit="#B" type="margin">corrected</witDetail> <hi>days</hi></rdg></app></p></body></text></TEI>
            """;

    private final ApparatusService apparatus = new DocumentApparatus();

    private static EditionDocument doc() {
        return EditionDocument.ofText(EDITION, "e.xml");
    }

    private static String replaced(String text, String old, String now) {
        int at = text.indexOf(old);
        assertThat(at).as(old).isNotNegative();
        return text.substring(0, at) + now + text.substring(at + old.length());
    }

    private ApparatusChange edit(EditionDocument doc, String entry, String wit, String text) throws Exception {
        Reading r = apparatus.entry(doc, entry).readingOf(wit).orElseThrow();
        return apparatus.editReading(doc, entry, wit, new ReadingSpec(text, r.witnesses(), r.cause(), r.type()));
    }

    @Test
    void anEditWithinOneTextNodeChangesOnlyThoseCharacters() throws Exception {
        EditionDocument doc = doc();
        ApparatusChange change = edit(doc, "e1", "B", "in 1888 years & more");
        assertThat(doc.text()).isEqualTo(replaced(EDITION, "yeers &amp;", "years &amp;"));
        assertThat(change.replacements()).hasSize(1);
        assertThat(change.replacements().get(0).length()).isEqualTo(1);
        assertThat(apparatus.entry(doc, "e1").readingOf("B").orElseThrow().text()).isEqualTo("in 1888 years & more");
        doc.undo();
        assertThat(doc.text()).isEqualTo(EDITION);
    }

    @Test
    void anEditInsideAnElementChangesThatElementsTextAndKeepsItsTags() throws Exception {
        EditionDocument doc = doc();
        edit(doc, "e1", "B", "in 1889 yeers & more");
        assertThat(doc.text()).isEqualTo(replaced(EDITION, "\">1888</num> yeers", "\">1889</num> yeers"));
    }

    @Test
    void aDeletionAcrossNodesLeavesTheElementsBetween() throws Exception {
        EditionDocument doc = doc();
        edit(doc, "e1", "B", "in yeers & more");
        assertThat(doc.text()).isEqualTo(replaced(EDITION, "in <num value=\"1888\">1888</num> yeers",
                "in <num value=\"1888\"></num>yeers"));
        doc.undo();
        assertThat(doc.text()).isEqualTo(EDITION);
    }

    @Test
    void aWitDetailAndMarkupInTheReadingStay() throws Exception {
        EditionDocument doc = doc();
        edit(doc, "e2", "B", "seven days");
        assertThat(doc.text()).isEqualTo(replaced(EDITION, "sevn<witDetail", "seven<witDetail"));
        edit(doc, "e2", "B", "seven nights");
        assertThat(doc.text()).contains("<hi>nights</hi></rdg>", "<witDetail wit=\"#B\" type=\"margin\">corrected");
    }

    @Test
    void textForAReadingOfOnlyAMarkerGoesAfterTheMarker() throws Exception {
        EditionDocument doc = doc();
        edit(doc, "e1", "C", "lost");
        assertThat(doc.text()).isEqualTo(replaced(EDITION, "<lacunaStart/></rdg>", "<lacunaStart/>lost</rdg>"));
    }

    @Test
    void theSameTextChangesNothing() throws Exception {
        EditionDocument doc = doc();
        ApparatusChange change = apparatus.editReading(doc, "e1", "B",
                new ReadingSpec("in 1888 yeers & more", List.of("B"), null, null));
        assertThat(change.replacements()).isEmpty();
        assertThat(doc.text()).isEqualTo(EDITION);
    }
}
