package org.siglum.tei.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siglum.tei.schemas.Validators.Schematron;

/** Every sample edition (samples/*.xml) is valid against siglum.rng and tei_all.rng, and passes siglum.sch. */
class SamplesValidTest {
    private static Schematron schematron;

    @BeforeAll
    static void compile() throws Exception {
        schematron = new Schematron(Validators.moduleDir().resolve("siglum.sch"));
    }

    static Stream<Path> samples() throws IOException {
        Path samples = Validators.moduleDir().getParent().resolve("samples");
        try (Stream<Path> files = Files.list(samples)) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aSampleIsValidAgainstOurSchema(Path sample) throws Exception {
        assertThat(Validators.relaxng(Validators.moduleDir().resolve("siglum.rng"), sample)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aSampleIsValidAgainstTeiAll(Path sample) throws Exception {
        Path tei = Validators.sharedTei();
        Assumptions.assumeTrue(tei != null, "no ../shared/tei/tei_all.rng beside the repository: skipped");
        assertThat(Validators.relaxng(tei.resolve("tei_all.rng"), sample)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aSamplePassesOurSchematronRules(Path sample) throws Exception {
        assertThat(schematron.validate(sample)).isEmpty();
    }
}
