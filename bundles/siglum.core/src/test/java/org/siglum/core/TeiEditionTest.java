package org.siglum.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.siglum.core.tei.TeiAnchor;
import org.siglum.core.tei.TeiApparatusEntry;
import org.siglum.core.tei.TeiCounts;
import org.siglum.core.tei.TeiEdition;

/** TEI views over a small edition with witnesses, an apparatus, notes, a bibliography and names. */
class TeiEditionTest {

    private static TeiEdition tei() throws Exception {
        try (InputStream in = TeiEditionTest.class.getResourceAsStream("/tei-small.xml")) {
            return EditionDocument.parse(in.readAllBytes(), "tei-small.xml").tei();
        }
    }

    @Test
    void countsAreThoseOfTheElements() throws Exception {
        TeiEdition tei = tei();
        TeiCounts c = tei.counts();
        assertThat(c).isEqualTo(new TeiCounts(3, 4, 1, 1, 2, 2, 3, 3, c.characters()));
        String text = tei.tree().text(0, tei.tree().length());
        assertThat(c.characters()).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(tei.textCharacters()).isLessThan(c.characters()).isPositive();
    }

    @Test
    void divisionsHaveLevelTypeIdAndHead() throws Exception {
        assertThat(tei().divisions()).extracting(d -> d.level() + " " + d.type() + " " + d.xmlId() + " " + d.head())
                .containsExactly("1 chapter ch3 บทที่ 3 นโยบาย", "2 section null ส่วน", "1 appendix null null");
    }

    @Test
    void witnessesHaveIdAndSiglum() throws Exception {
        assertThat(tei().witnesses()).extracting(w -> w.xmlId() + "=" + w.siglum())
                .containsExactly("OCR=O", "ED=E");
    }

    @Test
    void theApparatusHasLemmaAndReadingsWithWitnessIds() throws Exception {
        List<TeiApparatusEntry> apps = tei().apparatus();
        assertThat(apps).hasSize(1);
        TeiApparatusEntry app = apps.get(0);
        assertThat(app.xmlId()).isEqualTo("app1");
        assertThat(app.lemma().orElseThrow().text()).isEqualTo("ประทัดประหาร");
        assertThat(app.lemma().orElseThrow().witnesses()).containsExactly("ED");
        assertThat(app.readings()).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("ประทัคประหาร");
            assertThat(r.witnesses()).containsExactly("OCR");
            assertThat(r.cause()).isEqualTo("ocr");
            assertThat(r.type()).isEqualTo("subst");
        });
        assertThat(app.offset()).isEqualTo(app.element().start());
    }

    @Test
    void notesAndTheirAnchors() throws Exception {
        TeiEdition tei = tei();
        assertThat(tei.notes()).extracting(n -> n.n() + " " + n.place() + " " + n.xmlId() + " " + n.text())
                .containsExactly("1 foot n1 ดู Carr 1952", "2 null n2 target note");
        List<TeiAnchor> anchors = tei.anchors();
        assertThat(anchors).extracting(a -> a.kind() + " " + a.note().xmlId() + " " + a.element().localName())
                .containsExactly("INLINE n1 note", "ANCHOR n2 anchor", "REFERENCE n1 ref");
    }

    @Test
    void bibliographyAndNames() throws Exception {
        TeiEdition tei = tei();
        assertThat(tei.bibliography()).extracting(b -> b.xmlId() + ": " + b.text()).containsExactly(
                "carr1952: Carr, The Bolshevik Revolution, 1952",
                "nove: Alec NoveAn Economic History of the USSR", "null: Carr 1952");
        assertThat(tei.names()).extracting(n -> n.kind() + " " + n.ref() + " " + n.key() + " " + n.text())
                .containsExactly("persName #lenin null เลนิน", "placeName null moscow มอสโก", "orgName null null พรรค");
    }

    @Test
    void aTeiDocumentWithoutNamespaceIsReadToo() {
        TeiEdition tei = TeiEdition.of(XmlTree.parse("<TEI><text><body><div><p>a</p><note>n</note></div></body></text></TEI>"));
        assertThat(tei.namespace()).isNull();
        assertThat(tei.counts().divisions()).isEqualTo(1);
        assertThat(tei.counts().notes()).isEqualTo(1);
        assertThat(tei.textCharacters()).isEqualTo(2);
    }

    @Test
    void elementsInOtherNamespacesDoNotCount() {
        TeiEdition tei = TeiEdition.of(XmlTree.parse("<TEI xmlns='http://www.tei-c.org/ns/1.0'><p/>"
                + "<egXML xmlns='http://www.tei-c.org/ns/Examples'><p/><div/></egXML><p xmlns=''/></TEI>"));
        assertThat(tei.counts().paragraphs()).isEqualTo(1);
        assertThat(tei.counts().divisions()).isZero();
    }
}
