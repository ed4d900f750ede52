package org.siglum.cli.edition.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;
import org.siglum.core.testing.ProjectFiles;
import org.siglum.witness.internal.TeiWitnessText;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * samples/chapter-3.xml is what {@link SampleBuilder} makes from the seed and the labels; its OCR witness is the seed
 * and its edited text the corrected text. With {@code -Dsiglum.sample.write=true} the test writes the file instead.
 */
class SampleEditionTest {
    static Path root;
    static String seed;
    static List<SampleBuilder.Error> errors;
    static List<SampleBuilder.Person> persons;
    static String built;
    static SampleBuilder builder = new SampleBuilder();

    @BeforeAll
    static void build() throws IOException {
        root = ProjectFiles.root();
        seed = ProjectFiles.seed();
        errors = SampleBuilder.errors(root.resolve("samples/ocr-errors.tsv"));
        persons = SampleBuilder.persons(root.resolve("samples/persons.tsv"));
        built = builder.build(seed, errors, persons,
                Files.readString(root.resolve("samples/chapter-3-sources.bib"), StandardCharsets.UTF_8));
        if (Boolean.getBoolean("siglum.sample.write")) {
            Files.writeString(root.resolve("samples/chapter-3.xml"), built, StandardCharsets.UTF_8);
        }
    }

    @Test
    void theCommittedSampleIsWhatTheBuilderMakes() throws IOException {
        String committed = Files.readString(root.resolve("samples/chapter-3.xml"), StandardCharsets.UTF_8);
        Diff diff = DiffBuilder.compare(committed).withTest(built).checkForIdentical().build();
        assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
    }

    @Test
    void everyLabelledErrorIsAnEntryWithItsCorrectionAndItsOcrForm() {
        XmlTree tree = XmlTree.parse(built);
        assertThat(builder.skipped).isEmpty();
        for (SampleBuilder.Error e : errors) {
            XmlElement app = tree.elements().filter(el -> e.id().equals(el.xmlId().orElse(null))).findFirst().orElseThrow(
                    () -> new AssertionError("no app for " + e.id()));
            XmlElement lem = app.childElements().get(0);
            XmlElement rdg = app.childElements().get(1);
            assertThat(lem.textContent()).as(e.id()).isEqualTo(e.correction());
            assertThat(rdg.textContent().replaceAll("\\s+", " ")).as(e.id()).isEqualTo(e.ocr().replaceAll("\\s+", " "));
            assertThat(rdg.attribute("cause")).contains("ocr-error");
            assertThat(rdg.attribute("type")).contains(e.kind());
        }
        assertThat(tree.elementsNamed(SampleBuilder.TEI, "app").stream()
                .filter(a -> "ocr".equals(a.attribute("type").orElse(null)))).hasSize(errors.size());
    }

    @Test
    void theOcrWitnessOfTheSampleIsTheSeed() {
        String ocr = new TeiWitnessText().text(XmlTree.parse(built), "OCR");
        assertThat(collapse(ocr)).isEqualTo(collapse(seed));
    }

    @Test
    void theEditedTextIsTheCorrectedTextWithoutTheRunningHeadAndWithTheEditionsNoteNumbers() {
        String ed = new TeiWitnessText().text(XmlTree.parse(built), "ED");
        String corrected = SampleBuilder.corrected(seed, errors);
        // the edition drops the running head (its second title) and numbers the first note 25
        String expected = corrected.replaceFirst("\n\nบทที่ 3 นโยบายเศรษฐกิจใหม่\n", "\n").replaceFirst("²⁶", "²⁵");
        String actual = ed.replaceAll("\\s+", "");
        String wanted = expected.replaceAll("\\s+", "");
        int at = 0;
        while (at < Math.min(actual.length(), wanted.length()) && actual.charAt(at) == wanted.charAt(at)) {
            at++;
        }
        assertThat(actual).as("first difference at %d: %s | %s", at,
                actual.substring(Math.max(0, at - 20), Math.min(actual.length(), at + 20)),
                wanted.substring(Math.max(0, at - 20), Math.min(wanted.length(), at + 20))).isEqualTo(wanted);
        assertThat(ed).contains("เก็บเครื่องมือหนีไปหมด", "การเลือกตั้งผู้แทน");
    }

    @Test
    void everyPersonIsNamedInTheText() {
        XmlTree tree = XmlTree.parse(built);
        for (SampleBuilder.Person p : persons) {
            assertThat(tree.elementsNamed(SampleBuilder.TEI, "persName"))
                    .as(p.id()).anyMatch(n -> n.attribute("ref").orElse("").equals("#" + p.id()));
        }
    }

    static String collapse(String s) {
        return s.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }
}
