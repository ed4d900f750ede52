package org.siglum.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.core.EditionDocument;
import org.siglum.recovery.Recovery;

/**
 * A process killed (SIGKILL) while it writes its journal leaves a usable one: whatever record was cut is dropped and
 * the rest replays to the text the process had after that many edits, at least as many as it had reported on disk.
 */
class CrashWhileWritingTest {

    @TempDir
    Path dir;

    @Test
    void aProcessKilledWhileWritingItsJournalLeavesAUsableJournal() throws Exception {
        String original = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">"
                + "<text><body><p>ประวัติศาสตร์</p></body></text></TEI>\r\n";
        Path file = Files.writeString(dir.resolve("chapter.xml"), original);
        Path folder = dir.resolve("recovery");
        long seed = 20261125;
        for (int round = 0; round < 3; round++) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), JournalWriterMain.class.getName(), file.toString(),
                    folder.toString(), Long.toString(seed + round))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int onDisk = 0;
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                // kill at a different point each round, in the middle of a stream of writes
                while ((line = out.readLine()) != null && onDisk < 30 + 40 * round) {
                    onDisk = Integer.parseInt(line.strip());
                }
                process.destroyForcibly();
                process.waitFor(60, TimeUnit.SECONDS);
            }
            assertThat(onDisk).as("the writer ran").isGreaterThanOrEqualTo(30);

            List<Recovery> pending = new FileRecoveryJournals(folder).pending(file);
            assertThat(pending).hasSize(1);
            Recovery recovery = pending.get(0);
            assertThat(recovery.edits()).isGreaterThanOrEqualTo(onDisk);
            EditionDocument replayed = EditionDocument.read(file);
            Random random = new Random(seed + round);
            for (int i = 0; i < recovery.edits(); i++) {
                JournalWriterMain.edit(replayed, random);
            }
            assertThat(recovery.text()).as("round " + round + ", " + recovery.edits() + " edits, torn record dropped: "
                    + recovery.tornRecordDropped()).isEqualTo(replayed.text());
            recovery.discard();
        }
    }
}
