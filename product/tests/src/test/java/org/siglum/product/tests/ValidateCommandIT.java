package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.ValidationDriver;

/** {@code bin/siglum validate} as a process: our customisation, the full TEI, broken samples, bad input. */
class ValidateCommandIT {


    @TempDir
    Path dir;

    static Stream<Path> corpus() throws IOException {
        Path corpus = Siglum.shared("corpus");
        return Files.list(corpus).filter(p -> p.toString().endsWith(".xml")).sorted();
    }

    private static Path teiAll() {
        Path rng = Siglum.shared("tei").resolve("tei_all.rng");
        assumeTrue(Files.isRegularFile(rng), rng + " is absent: this test needs it");
        return rng;
    }

    /**
     * Jing run alone, as a scholar would from the command line: the errors it reports. Jing's command line checks IDs
     * (a duplicate xml:id) unless told {@code -i}; so does this.
     */
    private static List<String> jingAlone(Path schema, Path file) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler count = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getMessage());
            }
        };
        PropertyMapBuilder props = new PropertyMapBuilder();
        ValidateProperty.ERROR_HANDLER.put(props, count);
        RngProperty.CHECK_ID_IDREF.add(props);
        ValidationDriver driver = new ValidationDriver(props.toPropertyMap());
        assertThat(driver.loadSchema(ValidationDriver.fileInputSource(schema.toFile()))).isTrue();
        boolean valid = driver.validate(ValidationDriver.fileInputSource(file.toFile()));
        assertThat(valid).isEqualTo(errors.isEmpty());
        return errors;
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void tei_allGivesEachCorpusFileTheVerdictJingAloneGives(Path file) throws Exception {
        Path rng = teiAll();
        List<String> jing = jingAlone(rng, file);
        int jingErrors = jing.size();
        // run from the repository root: --schema tei_all finds ../shared/tei/tei_all.rng beside it
        Siglum.Run run = Siglum.run(Map.of("SIGLUM_TEI_ALL", ""), Siglum.root(), "validate", "--schema", "tei_all",
                file.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(jingErrors == 0 ? 0 : 1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).as("one line per error, as many as Jing's").hasSize(jingErrors);
        assertThat(lines).allSatisfy(l -> assertThat(l).matches(java.util.regex.Pattern.quote(file.toString())
                + ":\\d+:\\d+: error: \\[rng\\] .+"));
        assertThat(run.err()).contains("checked against tei_all").doesNotContain("Exception");
        assertThat(lines.stream().filter(l -> l.contains(" is used twice: ")).count()).as("duplicate ids")
                .isEqualTo(jing.stream().filter(m -> m.matches("ID \".*\" has already been defined")).count());
    }

    @Test
    void aWitnessToNowhereAndARepeatedNoteNumberGetOneLineEach() throws Exception {
        Files.copy(Siglum.root().resolve("bundles/siglum.validation/src/test/resources/broken/references.xml"),
                dir.resolve("broken.xml"));
        Siglum.Run run = Siglum.run(dir, "validate", "broken.xml");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                "broken.xml:93:58: error: [wit-declared] The reading names a witness that is not declared: #OCR9. Every "
                        + "witness in @wit must be written \"#ID\" and be declared as a witness with that xml:id in the "
                        + "listWit of the header.",
                "broken.xml:99:97: error: [note-number-unique] Footnote number 1 is used twice: an earlier note already "
                        + "has this number. Each footnote number must be unique.");
        assertThat(run.err()).contains("2 errors in 1 file");
    }

    @Test
    void anUnclosedTagIsOneWellFormednessLine() throws Exception {
        Files.copy(Siglum.root().resolve("bundles/siglum.validation/src/test/resources/broken/unclosed-tag.xml"),
                dir.resolve("unclosed.xml"));
        Siglum.Run run = Siglum.run(dir, "validate", "unclosed.xml", "--format", "json");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("\"rule\": \"well-formedness\"", "\"file\": \"unclosed.xml\"", "\"line\": ",
                "\"column\": ").doesNotContain("\"rng\"", "wit-declared");
        assertThat(run.out().split("\"rule\"", -1)).hasSize(2);
    }

    @Test
    void theValidEditionIsValidAndSaysSo() throws Exception {
        Files.copy(Siglum.root().resolve("tei-schemas/src/test/resources/valid/edition.xml"), dir.resolve("edition.xml"));
        Siglum.Run run = Siglum.run(dir, "validate", "edition.xml", "--schema", "siglum");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("1 file checked against siglum: valid");
    }

    @Test
    void anUnknownSchemaIsAUsageErrorOnOneLine() throws Exception {
        Files.writeString(dir.resolve("x.xml"), "<p/>");
        Siglum.Run run = Siglum.run(dir, "validate", "x.xml", "--schema", "tei_lite");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("siglum: validate: unknown schema 'tei_lite'").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void tei_allThatCannotBeFoundSaysWhereItLooked() throws Exception {
        // a working folder inside our temporary one, so that ../shared is ours (absent), whatever lies beside /tmp
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(work.resolve("x.xml"), "<p/>");
        Siglum.Run run = Siglum.run(Map.of("SIGLUM_TEI_ALL", ""), work, "validate", "x.xml", "--schema", "tei_all");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).contains("tei_all.rng not found; looked in", "SIGLUM_TEI_ALL",
                dir.resolve("shared/tei/tei_all.rng").toString()).doesNotContain("\n");
    }

    @Test
    void theVariableNamesTei_all() throws Exception {
        Path rng = teiAll();
        Files.copy(Siglum.root().resolve("tei-schemas/src/test/resources/invalid/element-not-in-siglum.xml"),
                dir.resolve("list.xml"));
        Siglum.Run run = Siglum.run(Map.of("SIGLUM_TEI_ALL", rng.toString()), dir, "validate", "list.xml", "--schema",
                "tei_all");
        assertThat(run.exitCode()).as("<list> is TEI, though not ours: " + run).isZero();
        Siglum.Run ours = Siglum.run(dir, "validate", "list.xml");
        assertThat(ours.exitCode()).isEqualTo(1);
        assertThat(ours.out()).startsWith("list.xml:26:19: error: [rng] The element <list> inside <p> is not part of this schema");
    }

}
