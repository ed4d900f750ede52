package org.siglum.validation.internal.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siglum.core.EditionDocument;
import org.siglum.core.testing.ProjectFiles;
import org.siglum.validation.Finding;
import org.siglum.validation.SchemaChoice;
import org.siglum.validation.assist.AttributeSpec;
import org.siglum.validation.assist.Proposal;
import org.siglum.validation.internal.JingSchematronValidator;

/** Content assistance from siglum.rng, checked against what Jing accepts in the sample chapter. */
class RngSchemaGuideTest {

    private static RngSchemaGuide guide;
    private static JingSchematronValidator jing;
    private static String sample;

    @BeforeAll
    static void start() throws Exception {
        guide = new RngSchemaGuide();
        jing = new JingSchematronValidator();
        sample = ProjectFiles.read("samples/chapter-3.xml");
    }

    @Test
    void anAppTakesALemmaThenReadingsAndNotes() {
        assertThat(guide.childElements("app", List.of(), List.of()))
                .containsExactly("lem", "note", "rdg", "rdgGrp", "witDetail");
        assertThat(guide.childElements("app", List.of("lem"), List.of()))
                .containsExactly("note", "rdg", "rdgGrp", "witDetail");
    }

    @Test
    void whatFollowsThePlaceLimitsWhatMayComeBeforeIt() {
        // nothing may come before the lemma; between the lemma and a reading, no second lemma
        assertThat(guide.childElements("app", List.of(), List.of("lem", "rdg"))).isEmpty();
        assertThat(guide.childElements("app", List.of("lem"), List.of("rdg"))).doesNotContain("lem").contains("rdg");
    }

    @Test
    void aReadingMustNameItsWitnessesAndMayGiveACause() {
        List<AttributeSpec> attributes = guide.attributes("rdg");
        assertThat(attributes).extracting(AttributeSpec::name).contains("wit", "cause", "type", "xml:id");
        assertThat(attributes).filteredOn(a -> a.name().equals("wit")).singleElement()
                .satisfies(a -> assertThat(a.required()).isTrue());
        assertThat(attributes).filteredOn(a -> a.name().equals("cause")).singleElement()
                .satisfies(a -> assertThat(a.required()).isFalse());
    }

    @Test
    void closedValueListsAreOffered() {
        assertThat(guide.attributes("pb")).filteredOn(a -> a.name().equals("break")).singleElement()
                .satisfies(a -> assertThat(a.values()).containsExactly("yes", "no", "maybe"));
        assertThat(guide.attributes("variantEncoding")).filteredOn(a -> a.name().equals("method")).singleElement()
                .satisfies(a -> assertThat(a.values()).containsExactly("parallel-segmentation"));
    }

    @Test
    void inAnAppOfTheSampleTheProposalsInsertElementsWithTheCaretInside() {
        int offset = sample.indexOf("<lem wit=\"#ED\">ประหัตประหาร");
        List<Proposal> proposals = guide.propose(sample, offset);
        // the lemma is already there, so only what may come before it: nothing
        assertThat(proposals).isEmpty();
        int afterLemma = sample.indexOf("</lem>", offset) + "</lem>".length();
        List<Proposal> between = guide.propose(sample, afterLemma);
        assertThat(between).extracting(Proposal::name).containsExactly("note", "rdg", "rdgGrp", "witDetail");
        Proposal rdg = between.stream().filter(p -> p.name().equals("rdg")).findFirst().orElseThrow();
        assertThat(rdg.text()).isEqualTo("<rdg></rdg>");
        assertThat(rdg.offset()).isEqualTo(afterLemma);
        assertThat(rdg.length()).isZero();
        assertThat(rdg.caret()).isEqualTo("<rdg>".length());
    }

    @Test
    void afterALessThanSignTheNameTypedSoFarFilters() {
        int afterLemma = sample.indexOf("</lem>", sample.indexOf("ประหัตประหาร")) + "</lem>".length();
        String typed = sample.substring(0, afterLemma) + "<rd" + sample.substring(afterLemma);
        List<Proposal> proposals = guide.propose(typed, afterLemma + 3);
        assertThat(proposals).extracting(Proposal::name).containsExactly("rdg", "rdgGrp");
        assertThat(proposals.get(0).offset()).isEqualTo(afterLemma);
        assertThat(proposals.get(0).length()).isEqualTo(3);
    }

    @Test
    void inAStartTagTheAttributesNotYetWrittenAndInQuotesTheValues() {
        int rdg = sample.indexOf("<rdg wit=\"#OCR\" cause=\"ocr-error\"");
        int space = rdg + "<rdg".length(); // "<rdg | wit"
        String withSpace = sample.substring(0, space) + " " + sample.substring(space);
        List<Proposal> attributes = guide.propose(withSpace, space + 1);
        assertThat(attributes).extracting(Proposal::name).contains("varSeq", "xml:id").doesNotContain("wit", "cause");
        Proposal varSeq = attributes.stream().filter(p -> p.name().equals("varSeq")).findFirst().orElseThrow();
        assertThat(varSeq.text()).isEqualTo("varSeq=\"\"");
        assertThat(varSeq.caret()).isEqualTo("varSeq=\"".length());

        String pb = "<pb break=\"m\"/>";
        int p = sample.indexOf("<pb edRef=\"#OCR\"/>ที่ฐานทัพ");
        String withPb = sample.substring(0, p) + pb + sample.substring(p);
        List<Proposal> values = guide.propose(withPb, p + pb.indexOf("m\"") + 1);
        assertThat(values).extracting(Proposal::name).containsExactly("maybe");
        assertThat(values.get(0).length()).isEqualTo(1);
    }

    @Test
    void insideAnElementsOrAnAttributesNameTheNameIsReplacedNotInserted() {
        int lem = sample.indexOf("<lem wit=\"#ED\">ประหัตประหาร");
        List<Proposal> names = guide.propose(sample, lem + "<le".length());
        // renaming the lemma, which is followed by a reading: only what may come before a reading and starts with "le"
        assertThat(names).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("lem");
            assertThat(p.offset()).isEqualTo(lem + 1);
            assertThat(p.length()).isEqualTo(3);
            assertThat(p.text()).isEqualTo("lem");
        });
        int wit = sample.indexOf("wit=\"#OCR\"", lem);
        List<Proposal> attributes = guide.propose(sample, wit + 2);
        assertThat(attributes).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("wit");
            assertThat(p.offset()).isEqualTo(wit);
            assertThat(p.length()).isEqualTo(3);
        });
    }

    @Test
    void inCommentsAndOutsideTheRootNothingIsProposed() {
        String text = "<?xml version=\"1.0\"?>\n<!-- a <comment> -->\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>";
        assertThat(guide.propose(text, text.indexOf("comment>"))).isEmpty();
        assertThat(guide.propose(text, 0)).isEmpty();
    }

    /** Each element proposed at these places of the sample, inserted there, draws no "not allowed" from Jing. */
    @Test
    void everyProposedElementIsAcceptedByJingWhereItIsProposed() throws Exception {
        List<Integer> places = new ArrayList<>();
        int e2 = sample.indexOf("xml:id=\"e2\"");
        places.add(sample.indexOf("</lem>", e2) + "</lem>".length()); // between lem and rdg
        places.add(sample.indexOf("</app>", e2)); // after the note, at the end of the app
        places.add(sample.indexOf("ถึง 50 ชุด")); // in a paragraph's text
        places.add(sample.indexOf("</persName>", e2)); // at the end of a name
        places.add(sample.indexOf("</titleStmt>")); // in the header
        for (int place : places) {
            List<Proposal> proposals = guide.propose(sample, place);
            assertThat(proposals).as("proposals at %d", place).isNotEmpty();
            for (Proposal proposal : proposals) {
                String edited = sample.substring(0, proposal.offset()) + proposal.text()
                        + sample.substring(proposal.offset() + proposal.length());
                assertThat(notAllowed(edited, proposal.name())).as("%s at %d", proposal.name(), place).isEmpty();
            }
        }
    }

    /** And the other way round at one place: every element not proposed there is refused by Jing. */
    @Test
    void everyElementNotProposedInAnAppIsRefusedByJing() throws Exception {
        int place = sample.indexOf("</lem>", sample.indexOf("xml:id=\"e5\"")) + "</lem>".length();
        Set<String> proposed = new TreeSet<>();
        guide.propose(sample, place).forEach(p -> proposed.add(p.name()));
        for (String name : guide.elements()) {
            if (!proposed.contains(name)) {
                String edited = sample.substring(0, place) + "<" + name + "/>" + sample.substring(place);
                assertThat(notAllowed(edited, name)).as(name).isNotEmpty();
            }
        }
    }

    private static List<Finding> notAllowed(String text, String element) throws Exception {
        List<Finding> findings = jing.validate(EditionDocument.ofText(text, "edited.xml"), SchemaChoice.siglumGrammar());
        return findings.stream()
                .filter(f -> (f.detail() + " " + f.message()).contains("element \"" + element + "\" not allowed"))
                .toList();
    }
}
