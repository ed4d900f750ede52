package org.siglum.tei.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.siglum.tei.schemas.Validators.Failure;
import org.siglum.tei.schemas.Validators.Problem;
import org.siglum.tei.schemas.Validators.Schematron;

/**
 * The Siglum TEI customisation: valid editions pass siglum.rng, tei_all.rng and siglum.sch;
 * each invalid fixture fails exactly the rule it targets, on the line its comment names.
 */
class SiglumSchemasTest {

    private static final String SKIP_SHARED =
            "../shared/tei/tei_all.rng is absent (it sits next to the repository root): skipping the check against the full TEI";

    private static Path module;
    private static Path rng;
    private static Schematron schematron;

    @BeforeAll
    static void compile() throws Exception {
        module = Validators.moduleDir();
        rng = module.resolve("siglum.rng");
        schematron = new Schematron(module.resolve("siglum.sch"));
    }

    static Stream<Path> validFixtures() throws IOException {
        return fixtures("valid");
    }

    static Stream<Path> invalidFixtures() throws IOException {
        return fixtures("invalid");
    }

    private static Stream<Path> fixtures(String folder) throws IOException {
        Path dir = Validators.moduleDir().resolve("src/test/resources").resolve(folder);
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            assertThat(list).as("fixtures in " + dir).isNotEmpty();
            return list.stream();
        }
    }

    // ------------------------------------------------------------------ valid editions

    @ParameterizedTest
    @MethodSource("validFixtures")
    void validEditionIsValidAgainstSiglumRng(Path doc) throws Exception {
        assertThat(Validators.relaxng(rng, doc)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void validEditionIsValidAgainstTeiAll(Path doc) throws Exception {
        Path tei = Validators.sharedTei();
        assumeTrue(tei != null, SKIP_SHARED);
        assertThat(Validators.relaxng(tei.resolve("tei_all.rng"), doc)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void validEditionPassesSiglumSchematron(Path doc) throws Exception {
        assertThat(schematron.validate(doc)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void validEditionPassesTeiAllSchematron(Path doc) throws Exception {
        Path tei = Validators.sharedTei();
        assumeTrue(tei != null && Files.isRegularFile(tei.resolve("tei_all.isosch")),
                "../shared/tei/tei_all.isosch is absent: skipping TEI's own Schematron constraints");
        if (teiAllSchematron == null) {
            teiAllSchematron = new Schematron(tei.resolve("tei_all.isosch"));
        }
        assertThat(teiAllSchematron.validate(doc)).isEmpty();
    }

    private static Schematron teiAllSchematron;

    // ------------------------------------------------------------------ invalid fixtures

    /** What a fixture expects: {@code <!-- expect: rule-id [rng] -->} at the end of the offending line. */
    record Expected(String rule, int line) {
    }

    private static final Pattern EXPECT = Pattern.compile("<!-- expect: ([\\w -]+?) -->");

    static List<Expected> expectations(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<Expected> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXPECT.matcher(lines.get(i));
            if (m.find()) {
                for (String rule : m.group(1).trim().split("\\s+")) {
                    expected.add(new Expected(rule, i + 1));
                }
            }
        }
        assertThat(expected).as("expect: comments in " + doc.getFileName()).isNotEmpty();
        return expected;
    }

    @ParameterizedTest
    @MethodSource("invalidFixtures")
    void invalidFixtureFailsExactlyItsSchematronRule(Path doc) throws Exception {
        List<Expected> expected = expectations(doc).stream().filter(e -> !e.rule().equals("rng")).toList();
        List<Expected> actual = schematron.validate(doc).stream().map(f -> new Expected(f.id(), f.line())).toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("invalidFixtures")
    void invalidFixtureIsGrammarInvalidExactlyWhenItSaysSo(Path doc) throws Exception {
        List<Integer> rngLines = expectations(doc).stream().filter(e -> e.rule().equals("rng")).map(Expected::line).toList();
        List<Problem> problems = Validators.relaxng(rng, doc);
        assertThat(problems).extracting(Problem::line).containsExactlyInAnyOrderElementsOf(rngLines);
    }

    @Test
    void elementTeiAllowsButSiglumDoesNotIsValidTei() throws Exception {
        Path tei = Validators.sharedTei();
        assumeTrue(tei != null, SKIP_SHARED);
        Path doc = module.resolve("src/test/resources/invalid/element-not-in-siglum.xml");
        assertThat(Validators.relaxng(tei.resolve("tei_all.rng"), doc)).isEmpty();
        assertThat(Validators.relaxng(rng, doc)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("list"));
    }

    @Test
    void schematronFailuresCarryRoleAndAMessage() throws Exception {
        List<Failure> errors = schematron.validate(module.resolve("src/test/resources/invalid/note-number-duplicate.xml"));
        assertThat(errors).singleElement().satisfies(f -> {
            assertThat(f.role()).isEqualTo("error");
            assertThat(f.text()).contains("26").contains("twice");
        });
        List<Failure> warnings = schematron.validate(module.resolve("src/test/resources/invalid/rdg-without-cause.xml"));
        assertThat(warnings).singleElement().satisfies(f -> assertThat(f.role()).isEqualTo("warning"));
    }
}
