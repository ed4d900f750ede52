package org.siglum.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.siglum.apparatus.internal.DocumentApparatus;
import org.siglum.core.EditionDocument;

/** The structures real editions use: rdgGrp, nested entries, witDetail, lacuna markers, undeclared witnesses. */
class RealApparatusTest {

    private static final String EDITION = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><sourceDesc><listWit>
            <witness xml:id="A">a</witness><witness xml:id="B">b</witness><witness xml:id="C">c</witness>
            </listWit></sourceDesc></fileDesc></teiHeader><text><body><p>one
            <app xml:id="x1"><lem wit="#A">two <app xml:id="x2"><lem>three</lem><rdg wit="#C">3</rdg></app> four</lem><rdg wit="#B">2 <app><lem>x</lem><rdg wit="#B">y</rdg></app> 4</rdg></app>
            <app xml:id="x3"><lem wit="#A">five</lem><rdgGrp type="orthographic" cause="spelling" wit="#B"><rdg>fife</rdg><rdg wit="#C" type="phonetic">fyve</rdg></rdgGrp></app>
            <app xml:id="x4"><lem wit="#A">six</lem><rdg wit="#B"> <lacunaStart/> </rdg><rdg wit="#C"/><witDetail wit="#C" type="erasure">erased</witDetail><witDetail wit="#Q">no reading</witDetail></app>
            <app xml:id="x5"><lem wit="#A">seven<note>a note</note></lem><rdg xml:id="r5" wit="#C #Z">sevn<witDetail wit="#C">corrected</witDetail></rdg><rdg wit="#B">πρὸς<lacunaEnd/></rdg></app>
            <app xml:id="x6"><lem wit="#A">eight</lem><rdg wit="#B"><witStart/></rdg><rdg wit="#C"><witEnd/></rdg></app>
            </p><witDetail target="#r5" wit="#C" type="margin">in the margin</witDetail></body></text></TEI>
            """;

    private final ApparatusService apparatus = new DocumentApparatus();

    private ApparatusEntry entry(String id) throws ApparatusException {
        return apparatus.entry(EditionDocument.ofText(EDITION, "r.xml"), id);
    }

    @Test
    void aNestedEntryIsReadAsTheLemmaOrAsTheReadingOfTheOuterReadingsWitnesses() throws Exception {
        ApparatusEntry outer = entry("x1");
        assertThat(outer.lemmaText()).isEqualTo("two three four");
        assertThat(outer.readingOf("B").orElseThrow().text()).isEqualTo("2 y 4");
        assertThat(outer.readings()).hasSize(1);
        assertThat(entry("x2").readings()).extracting(Reading::text).containsExactly("3");
        assertThat(apparatus.entries(EditionDocument.ofText(EDITION, "r.xml"))).hasSize(7);
    }

    @Test
    void aReadingInAReadingGroupTakesTheGroupsAttributesWhereItHasNone() throws Exception {
        ApparatusEntry e = entry("x3");
        Reading fife = e.readings().get(0);
        assertThat(fife.witnesses()).containsExactly("B");
        assertThat(fife.cause()).isEqualTo("spelling");
        assertThat(fife.type()).isEqualTo("orthographic");
        Reading fyve = e.readingOf("C").orElseThrow();
        assertThat(fyve.type()).isEqualTo("phonetic");
        assertThat(e.readingOf("B")).contains(fife);
    }

    @Test
    void aReadingOfOnlyAMarkerSaysWhatItMarksAndAnEmptyOneIsOmitted() throws Exception {
        ApparatusEntry six = entry("x4");
        assertThat(six.readingOf("B").orElseThrow().markers()).containsExactly(ReadingMarker.LACUNA_START);
        assertThat(six.readingOf("B").orElseThrow().shown()).isEqualTo("lacuna begins");
        assertThat(six.readingOf("C").orElseThrow().shown()).isEqualTo("om.");
        ApparatusEntry seven = entry("x5");
        assertThat(seven.readingOf("B").orElseThrow().shown()).isEqualTo("πρὸς");
        assertThat(seven.readingOf("B").orElseThrow().markers()).containsExactly(ReadingMarker.LACUNA_END);
        ApparatusEntry eight = entry("x6");
        assertThat(eight.readings()).extracting(Reading::shown).containsExactly("witness begins", "witness ends");
    }

    @Test
    void aWitDetailGoesWithTheReadingItIsAbout() throws Exception {
        ApparatusEntry six = entry("x4");
        assertThat(six.readingOf("C").orElseThrow().details()).extracting(WitnessDetail::text, WitnessDetail::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("erased", "erasure"));
        assertThat(six.readingOf("B").orElseThrow().details()).isEmpty();
        assertThat(six.details()).extracting(WitnessDetail::text).containsExactly("no reading");
        Reading sevn = entry("x5").readingOf("C").orElseThrow();
        // one inside the reading, one pointing to it from the end of the body
        assertThat(sevn.details()).extracting(WitnessDetail::text).containsExactly("corrected", "in the margin");
        assertThat(sevn.text()).isEqualTo("sevn");
        assertThat(entry("x5").lemmaText()).isEqualTo("seven");
    }

    @Test
    void aTokenNamingNoDeclaredWitnessIsListedAsWrittenAndEditingItsReadingIsNotRefused() throws Exception {
        EditionDocument doc = EditionDocument.ofText(EDITION, "r.xml");
        assertThat(apparatus.entry(doc, "x5").readingOf("Z").orElseThrow().witnesses()).containsExactly("C", "Z");
        apparatus.editReading(doc, "x5", "Z", new ReadingSpec("seven", List.of("C", "Z"), "x", null));
        assertThat(apparatus.entry(doc, "x5").readingOf("Z").orElseThrow().cause()).isEqualTo("x");
        doc.undo();
        assertThat(doc.text()).isEqualTo(EDITION);
    }
}
