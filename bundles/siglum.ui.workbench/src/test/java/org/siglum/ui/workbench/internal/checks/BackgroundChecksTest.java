package org.siglum.ui.workbench.internal.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.siglum.suspects.internal.ThaiSuspectFinder;
import org.siglum.validation.internal.JingSchematronValidator;

class BackgroundChecksTest {

    private static final CheckServices SERVICES = new CheckServices(new JingSchematronValidator(),
            new ThaiSuspectFinder());

    @Test
    void requestsInQuickSuccessionAreCheckedOnceForTheLastText() throws Exception {
        List<CheckResult> answers = new CopyOnWriteArrayList<>();
        try (BackgroundChecks checks = new BackgroundChecks(SERVICES, 200)) {
            checks.request("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><p>", "a.xml", answers::add);
            checks.request("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><p>ก", "a.xml", answers::add);
            checks.request("<p>ก</p>", "a.xml", answers::add);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (answers.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(400);
        }
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0).text()).isEqualTo("<p>ก</p>");
        assertThat(answers.get(0).findings()).noneMatch(f -> f.rule().equals("well-formedness"));
    }

    @Test
    void aBrokenTagIsFoundWithItsPlaceAndAnOcrSuspectIsFound() {
        try (BackgroundChecks checks = new BackgroundChecks(SERVICES, 0)) {
            CheckResult result = checks.check(1, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>"
                    + "<p>ทรอตสกี ทروتสกี <p></body></text></TEI>", "b.xml");
            assertThat(result.findings()).anySatisfy(f -> {
                assertThat(f.rule()).isEqualTo("well-formedness");
                assertThat(f.isError()).isTrue();
            });
            assertThat(result.errors()).isPositive();
            assertThat(result.suspects()).anySatisfy(s -> assertThat(s.form()).contains("و"));
        }
    }

    @Test
    void aCancelledRequestIsNotAnswered() throws Exception {
        List<CheckResult> answers = new CopyOnWriteArrayList<>();
        try (BackgroundChecks checks = new BackgroundChecks(SERVICES, 100)) {
            checks.request("<p/>", "c.xml", answers::add);
            checks.cancel();
            Thread.sleep(500);
        }
        assertThat(answers).isEmpty();
    }
}
