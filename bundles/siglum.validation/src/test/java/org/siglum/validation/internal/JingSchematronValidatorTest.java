package org.siglum.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siglum.core.EditionDocument;
import org.siglum.core.testing.ProjectFiles;
import org.siglum.validation.Finding;
import org.siglum.validation.Finding.Severity;
import org.siglum.validation.SchemaChoice;
import org.siglum.validation.ValidationException;

/** The validation service on the tei-schemas fixtures and on broken samples: one clear finding per problem. */
class JingSchematronValidatorTest {

    private static JingSchematronValidator service;
    private static Path repo;

    @BeforeAll
    static void start() {
        service = new JingSchematronValidator();
        repo = ProjectFiles.root();
    }

    private static Path fixture(String folder, String name) {
        return repo.resolve("tei-schemas/src/test/resources").resolve(folder).resolve(name);
    }

    private static Path broken(String name) {
        return Path.of("src/test/resources/broken").resolve(name);
    }

    @Test
    void theValidEditionHasNoFindingAgainstOurCustomisation() throws Exception {
        assertThat(service.validate(fixture("valid", "edition.xml"), SchemaChoice.siglum())).isEmpty();
    }

    static Stream<Path> invalidFixtures() throws IOException {
        try (Stream<Path> files = Files.list(ProjectFiles.file("tei-schemas/src/test/resources/invalid"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("invalidFixtures")
    void eachInvalidFixtureIsReportedByExactlyTheRulesItsCommentNamesOnThatLine(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        Pattern expect = Pattern.compile("<!-- expect: ([^>]+?) -->");
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = expect.matcher(lines.get(i));
            if (m.find()) {
                for (String rule : m.group(1).split("\\s+")) {
                    expected.add(rule + "@" + (i + 1));
                }
            }
        }
        List<Finding> findings = service.validate(file, SchemaChoice.siglum());
        assertThat(findings).extracting(f -> f.rule() + "@" + f.line()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.column()).isPositive();
            assertThat(f.message()).isNotBlank();
        });
    }

    @Test
    void theRulesMadeIntoXsltAreKeptOnDiskAndTheNextRunUsesThem(@org.junit.jupiter.api.io.TempDir Path cache)
            throws Exception {
        Path file = broken("references.xml");
        JingSchematronValidator first = new JingSchematronValidator();
        first.keepRulesIn(cache, "build-1");
        List<Finding> findings = first.validate(file, SchemaChoice.siglum());
        List<Path> kept;
        try (var list = Files.list(cache)) {
            kept = list.filter(f -> f.toString().endsWith(".xsl")).toList();
        }
        assertThat(kept).as("the siglum.sch rules as XSLT").hasSize(1);

        // the next run compiles the kept XSLT instead of running SchXslt: a mark put into it shows
        String xslt = Files.readString(kept.get(0), StandardCharsets.UTF_8);
        assertThat(xslt).contains("is used twice");
        Files.writeString(kept.get(0), xslt.replace("is used twice", "is used twice (kept)"), StandardCharsets.UTF_8);
        JingSchematronValidator next = new JingSchematronValidator();
        next.keepRulesIn(cache, "build-1");
        List<Finding> again = next.validate(file, SchemaChoice.siglum());
        assertThat(again).extracting(Finding::rule).isEqualTo(findings.stream().map(Finding::rule).toList());
        assertThat(again.get(1).message()).contains("is used twice (kept)");

        // another build of the validator does not take it
        JingSchematronValidator rebuilt = new JingSchematronValidator();
        rebuilt.keepRulesIn(cache, "build-2");
        assertThat(rebuilt.validate(file, SchemaChoice.siglum()).get(1).message()).doesNotContain("(kept)");
    }

    @Test
    void aWitnessToNowhereAndARepeatedNoteNumberGetOneFindingEachAtTheAttribute() throws Exception {
        Path file = broken("references.xml");
        List<Finding> findings = service.validate(file, SchemaChoice.siglum());
        assertThat(findings).extracting(Finding::rule).containsExactly("wit-declared", "note-number-unique");

        String text = Files.readString(file, StandardCharsets.UTF_8);
        Finding wit = findings.get(0);
        assertThat(text.substring(wit.offset())).startsWith("wit=\"#OCR9\"");
        assertThat(wit.line()).isEqualTo(93);
        assertThat(wit.message()).contains("#OCR9", "not declared");
        Finding number = findings.get(1);
        assertThat(text.substring(number.offset())).startsWith("n=\"1\" xml:id=\"n2\"");
        assertThat(number.line()).isEqualTo(99);
        assertThat(number.message()).contains("Footnote number 1 is used twice");
        assertThat(findings).allMatch(Finding::isError);
    }

    @Test
    void anUnclosedTagIsOneWellFormednessFindingAndNothingReachesTheGrammarOrTheRules() throws Exception {
        List<Finding> findings = service.validate(broken("unclosed-tag.xml"), SchemaChoice.siglum());
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.rule()).isEqualTo("well-formedness");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("hi");
    }

    @Test
    void aGrammarErrorPointsAtTheElementsStartAndNamesWhereItIs() throws Exception {
        Path file = fixture("invalid", "element-not-in-siglum.xml");
        List<Finding> findings = service.validate(file, SchemaChoice.siglumGrammar());
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text.substring(f.offset())).startsWith("<list>");
        assertThat(f.message()).startsWith("The element <list> inside <p> is not part of this schema").contains("\"hi\"");
        assertThat(f.detail()).startsWith("element \"list\" not allowed");
        EditionDocument document = EditionDocument.read(file);
        assertThat(document.locate(f.offset()).column()).isEqualTo(f.column());
    }

    @Test
    void grammarOnlyAndRulesOnlySplitTheFindings() throws Exception {
        Path file = fixture("invalid", "app-two-lem.xml");
        assertThat(service.validate(file, SchemaChoice.siglumGrammar())).extracting(Finding::rule).containsExactly("rng");
        assertThat(service.validate(file, SchemaChoice.siglumRules())).extracting(Finding::rule)
                .containsExactly("app-one-lem");
    }

    @Test
    void aWarningRuleIsAWarning() throws Exception {
        List<Finding> findings = service.validate(fixture("invalid", "rdg-without-cause.xml"), SchemaChoice.siglum());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("rdg-cause");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void theDocumentIsValidatedAsItIsNowNotAsSaved() throws Exception {
        EditionDocument document = EditionDocument.read(broken("references.xml"));
        int at = document.text().indexOf("#OCR9");
        document.replace(at, "#OCR9".length(), "#OCR");
        assertThat(service.validate(document, SchemaChoice.siglum())).extracting(Finding::rule)
                .containsExactly("note-number-unique");
    }

    @Test
    void aSchemaFileOfAnotherKindIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        Path xsd = Files.writeString(dir.resolve("schema.xsd"), "<schema/>");
        assertThatThrownBy(() -> SchemaChoice.file(xsd)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("schema.xsd").hasMessageContaining(".rng, .rnc or .sch");
        assertThatThrownBy(() -> SchemaChoice.file(dir.resolve("nowhere.rng"))).hasMessageContaining("no such schema file");
    }

    @Test
    void aGrammarThatIsNotRelaxNgIsAValidationExceptionNotACrash(@TempDir Path dir) throws Exception {
        Path rng = Files.writeString(dir.resolve("bad.rng"), "<grammar xmlns='http://relaxng.org/ns/structure/1.0'><start/></grammar>");
        assertThatThrownBy(() -> service.validate(fixture("valid", "edition.xml"), SchemaChoice.file(rng)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("bad.rng");
    }

    @Test
    void aCompactSyntaxGrammarAndOwnSchematronRulesWork(@TempDir Path dir) throws Exception {
        Path rnc = Files.writeString(dir.resolve("p.rnc"), "element p { text }\n");
        Path sch = Files.writeString(dir.resolve("rules.sch"), """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
                  <pattern><rule context="p"><assert id="p-not-empty" test="normalize-space(.)">An empty paragraph.</assert></rule></pattern>
                </schema>
                """);
        Path good = Files.writeString(dir.resolve("good.xml"), "<p>ดี</p>");
        Path empty = Files.writeString(dir.resolve("empty.xml"), "<p> </p>");
        Path wrong = Files.writeString(dir.resolve("wrong.xml"), "<q>x</q>");
        assertThat(service.validate(good, SchemaChoice.file(rnc))).isEmpty();
        assertThat(service.validate(wrong, SchemaChoice.file(rnc))).extracting(Finding::rule).containsExactly("rng");
        assertThat(service.validate(empty, SchemaChoice.file(sch))).extracting(Finding::rule, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("p-not-empty", "An empty paragraph."));
    }

    @Test
    void noExternalEntityOrDtdIsRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        Path rnc = Files.writeString(dir.resolve("p.rnc"), "element p { empty }\n");
        Path doc = Files.writeString(dir.resolve("xxe.xml"), "<!DOCTYPE p SYSTEM \"missing.dtd\" [<!ENTITY s SYSTEM \""
                + secret.toUri() + "\">]>\n<p>&s;</p>");
        List<Finding> findings = service.validate(doc, SchemaChoice.file(rnc));
        // the entity is never expanded, so <p> stays empty and valid; the core says it did not load it
        assertThat(findings).noneMatch(f -> f.message().contains("SECRET"));
        assertThat(findings).noneMatch(Finding::isError);
    }

    @Test
    void tei_allIsFoundInTheVariableOrBesideTheWorkingDirectoryOrSaysWhereItLooked(@TempDir Path dir) throws Exception {
        // the working and installation folders lie inside the temporary folder, so that their ../shared is this test's
        // own, whatever lies beside the temporary folder
        Path work = Files.createDirectories(dir.resolve("work"));
        Path install = Files.createDirectories(dir.resolve("install"));
        assertThatThrownBy(() -> SchemaChoice.teiAll(null, work, install))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("SIGLUM_TEI_ALL")
                .hasMessageContaining(dir.resolve("shared/tei/tei_all.rng").toString());
        Path rng = Files.writeString(dir.resolve("tei_all.rng"), "<x/>");
        assertThat(SchemaChoice.teiAll(rng.toString(), work, null).path()).contains(rng.toAbsolutePath());
        Path beside = Files.writeString(Files.createDirectories(dir.resolve("shared/tei")).resolve("tei_all.rng"), "<x/>");
        assertThat(SchemaChoice.teiAll(null, work, null).path()).contains(beside.toAbsolutePath());
    }

    @Test
    void theValidEditionIsValidAgainstTheFullTei() throws Exception {
        Path teiAll = ProjectFiles.shared("tei").resolve("tei_all.rng");
        assumeTrue(Files.isRegularFile(teiAll), teiAll + " is absent: skipping the check against the full TEI");
        SchemaChoice choice = SchemaChoice.teiAll(teiAll.toString(), repo, null);
        assertThat(service.validate(fixture("valid", "edition.xml"), choice)).isEmpty();
        List<Finding> findings = service.validate(fixture("invalid", "element-not-in-siglum.xml"), choice);
        assertThat(findings).as("<list> is TEI, only not ours").isEmpty();
    }

    @Test
    void anIdGivenTwiceIsOneFindingAtEachOfItsTwoPlacesAsJingsCommandLineReportsIt(@TempDir Path dir) throws Exception {
        String text = Files.readString(fixture("valid", "edition.xml"), StandardCharsets.UTF_8);
        String twice = text.replace("xml:id=\"trotsky\"", "xml:id=\"kasetsiri\"");
        assertThat(twice).as("the fixture has the person trotsky").isNotEqualTo(text);
        Path file = Files.writeString(dir.resolve("twice.xml"), twice, StandardCharsets.UTF_8);
        int first = twice.indexOf("xml:id=\"kasetsiri\"");
        int second = twice.indexOf("xml:id=\"kasetsiri\"", first + 1);

        List<Finding> findings = service.validate(file, SchemaChoice.siglumGrammar());

        assertThat(findings).extracting(Finding::rule).containsOnly("rng");
        assertThat(findings).extracting(Finding::offset).containsExactlyInAnyOrder(first, second);
        Finding again = findings.stream().filter(f -> f.offset() == second).findFirst().orElseThrow();
        assertThat(again.severity()).isEqualTo(Severity.ERROR);
        assertThat(again.message()).isEqualTo("The id \"kasetsiri\" on <person> is used twice: an earlier element already "
                + "has it. Each xml:id must be unique in the file.");
        assertThat(again.detail()).isEqualTo("ID \"kasetsiri\" has already been defined");
        assertThat(service.validate(Files.writeString(dir.resolve("once.xml"), text, StandardCharsets.UTF_8),
                SchemaChoice.siglumGrammar())).as("the same file with distinct ids").isEmpty();
    }
}
