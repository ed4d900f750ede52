package org.siglum.ui.workbench.internal.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.core.EditionDocument;

/** What the recovery question says, and the test script's language. */
class RecoveryOfferTest {

    @TempDir
    Path dir;

    @Test
    void theQuestionSaysWhichFileFromWhenAndHowManyEdits() {
        RecoveryOffer offer = new RecoveryOffer("chapter-3.xml", Instant.parse("2026-11-25T03:54:00Z"), 12, true);
        String question = offer.question(ZoneOffset.UTC, Locale.UK);
        assertThat(question).startsWith("Recover unsaved changes to chapter-3.xml from 25 Nov 2026").contains("03:54")
                .contains("(12 edits)?")
                .doesNotContain("changed since");
        assertThat(new RecoveryOffer("a.xml", Instant.EPOCH, 1, false).question(ZoneOffset.UTC, Locale.UK))
                .contains("(1 edit)?").contains("a.xml has changed since").contains("separate file");
    }

    @Test
    void theTestScriptEditsThroughTheDocumentAnswersAndDumps() throws Exception {
        EditionDocument doc = EditionDocument.ofText("<p>ก</p>", "a.xml");
        RecoveryOffer any = new RecoveryOffer("a.xml", Instant.EPOCH, 1, true);
        Path dump = dir.resolve("dump.txt");
        Path done = dir.resolve("done");
        TestScript script = TestScript.of(List.of("# a comment", "answer discard", "answer recover",
                "replace 4 0 ข\\s𝔄\\r\\n\\u0E04", "replace 0 0 \\\\", "dump " + dump, "done " + done));
        assertThat(script.askToRecover(any)).isEqualTo(RecoveryDialogs.Choice.DISCARD);
        assertThat(script.askToRecover(any)).isEqualTo(RecoveryDialogs.Choice.RECOVER);
        assertThat(script.askToRecover(any)).as("no more answers: keep")
                .isEqualTo(RecoveryDialogs.Choice.KEEP_FOR_LATER);
        script.run(doc, WindowRecovery.none());
        assertThat(doc.text()).isEqualTo("\\<p>กข 𝔄\r\nค</p>");
        assertThat(Files.readString(dump, StandardCharsets.UTF_8)).isEqualTo(doc.text());
        assertThat(Files.readString(dir.resolve("dump.txt.state"))).isEqualTo("dirty=true\n");
        assertThat(Files.readString(done)).isEqualTo("done\n");
    }

    @Test
    void aFailedCommandIsReportedInTheDoneFile() throws Exception {
        Path done = dir.resolve("done");
        TestScript.of(List.of("replace 99 0 x", "done " + done)).run(EditionDocument.ofText("", "a.xml"),
                WindowRecovery.none());
        assertThat(Files.readString(done)).startsWith("error: replace 99 0 x");
    }
}
