package org.siglum.witness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.siglum.core.XmlTree;
import org.siglum.witness.WitnessText;

/** Lacunae and fragmentary witnesses (TEI Guidelines 12.1.5): where a witness has no text. */
class LacunaTest {
    private final WitnessText witnesses = new TeiWitnessText();

    private static XmlTree edition(String body) {
        return XmlTree.parse("""
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><sourceDesc><listWit>
                <witness xml:id="A">a</witness><witness xml:id="B">b</witness>
                </listWit></sourceDesc></fileDesc></teiHeader><text><body>""" + body + "</body></text></TEI>");
    }

    private String text(String body, String wit) {
        return witnesses.text(edition(body), wit).strip();
    }

    private static String gap(String wit, String marker) {
        return "<app><lem/><rdg wit=\"#" + wit + "\"><" + marker + "/></rdg></app>";
    }

    @Test
    void betweenLacunaStartAndLacunaEndOfItsReadingsAWitnessHasNoText() {
        String body = "<p>one " + gap("B", "lacunaStart") + "two <app><lem>three</lem><rdg wit=\"#B\">3</rdg></app> four "
                + gap("B", "lacunaEnd") + "five</p>";
        assertThat(text(body, "B")).isEqualTo("one five");
        assertThat(text(body, "A")).isEqualTo("one two three four five");
    }

    @Test
    void aLacunaRunsOnAcrossParagraphsInDocumentOrder() {
        String body = "<p>one " + gap("B", "lacunaStart") + "two</p><p>three</p><p>four" + gap("B", "lacunaEnd")
                + " five</p>";
        assertThat(text(body, "B").replaceAll("\\s+", " ")).isEqualTo("one five");
        assertThat(text(body, "A").replaceAll("\\s+", " ")).isEqualTo("one two three four five");
    }

    @Test
    void aMarkersOwnWitNamesItsWitnessWhereverItStands() {
        String body = "<p>one <lacunaStart wit=\"#B\"/>two <lacunaEnd wit=\"#B\"/>three "
                + "<app><lem wit=\"#A\">x<lacunaStart wit=\"#B\"/></lem><rdg wit=\"#C\">y</rdg></app> four</p>";
        assertThat(text(body, "B")).isEqualTo("one three x");
        assertThat(text(body, "A")).isEqualTo("one two three x four");
    }

    @Test
    void aMarkerInAnotherWitnesssReadingOrWithNoWitnessIsNotThisWitnesss() {
        // B reads the lemma here, but the lemma is A's: its lacuna is A's only; a bare marker names no one
        String body = "<p>one <app><lem wit=\"#A\"><lacunaStart/>two</lem><rdg wit=\"#C\">2</rdg></app> three"
                + "<lacunaStart/> four</p>";
        assertThat(text(body, "B")).isEqualTo("one two three four");
        assertThat(text(body, "A")).isEqualTo("one");
    }

    @Test
    void theTextInAReadingBeforeItsLacunaStartOrAfterItsLacunaEndIsTheWitnesss() {
        String body = "<p>one <app><lem>two</lem><rdg wit=\"#B\">2<lacunaStart/>x</rdg></app> three "
                + "<app><lem>four</lem><rdg wit=\"#B\">y<lacunaEnd/>4</rdg></app> five</p>";
        assertThat(text(body, "B")).isEqualTo("one 2 4 five");
    }

    @Test
    void aFragmentaryWitnessHasTextOnlyBetweenWitStartAndWitEnd() {
        String body = "<p>one " + gap("B", "witStart") + "two " + gap("B", "witEnd") + "three " + gap("B", "witStart")
                + "four</p>";
        assertThat(text(body, "B")).isEqualTo("two four");
        assertThat(text(body, "A")).isEqualTo("one two three four");
    }

    @Test
    void aWitnessWhoseFirstMarkerIsWitEndHasTheTextBeforeIt() {
        String body = "<p>one " + gap("B", "witEnd") + "two " + gap("B", "witStart") + "three</p>";
        assertThat(text(body, "B")).isEqualTo("one three");
    }

    @Test
    void theRangesStillPointIntoTheSource() {
        XmlTree tree = edition("<p>one " + gap("B", "lacunaStart") + "two " + gap("B", "lacunaEnd") + "three</p>");
        WitnessText.Extract extract = witnesses.extract(tree, "B");
        assertThat(extract.start()).hasSize(extract.text().length());
        int t = extract.text().indexOf("three");
        assertThat(tree.text(extract.start()[t], extract.end()[t + 4])).isEqualTo("three");
    }
}
