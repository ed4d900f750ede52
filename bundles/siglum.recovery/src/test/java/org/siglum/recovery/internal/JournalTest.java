package org.siglum.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.core.EditionDocument;
import org.siglum.recovery.Journal;
import org.siglum.recovery.Recovery;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * The journal as a crash leaves it: the edits replay to the text that was in memory. A "crash" here is a journal
 * left unclosed and read by a second set of journals, as the next run would (its writer never closed it).
 */
class JournalTest {

    private static final String TEI = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
            <p>ประวัติศาสตร์ไทย ตอนที่ ๓</p>
            <p>The end.</p>
            </body></text></TEI>
            """;

    @TempDir
    Path dir;

    private FileRecoveryJournals running;
    private FileRecoveryJournals nextRun;

    @BeforeEach
    void journals() {
        running = new FileRecoveryJournals(dir.resolve("recovery"));
        nextRun = new FileRecoveryJournals(dir.resolve("recovery"));
    }

    @AfterEach
    void stop() {
        running.close();
        nextRun.close();
    }

    private Path edition(String text) throws Exception {
        return Files.writeString(dir.resolve("chapter.xml"), text, StandardCharsets.UTF_8);
    }

    /** A crash: the running journals' writer thread stops (its files stay as they are), then the next run looks. */
    private List<Recovery> crashAndLook(Journal journal, Path file) {
        ((FileJournal) journal).crash();
        running.close();
        running = new FileRecoveryJournals(dir.resolve("recovery")); // what the dead process held is gone
        return nextRun.pending(file);
    }

    @Test
    void flushedEditsReplayToTheTextThatWasInMemoryAsOneUndoableChange() throws Exception {
        Path file = edition(TEI);
        EditionDocument doc = EditionDocument.read(file);
        Journal journal = running.start(doc);
        int at = doc.text().indexOf("ตอนที่");
        doc.document().replace(at, 0, "บท");
        doc.document().replace(doc.text().indexOf("The end."), 8, "จบ.");
        doc.replace(at, 2, "ภาค");
        journal.flush();
        String inMemory = doc.text();

        List<Recovery> found = crashAndLook(journal, file);
        assertThat(found).hasSize(1);
        Recovery recovery = found.get(0);
        assertThat(recovery.edits()).isEqualTo(3);
        assertThat(recovery.fileUnchanged()).isTrue();
        assertThat(recovery.tornRecordDropped()).isFalse();
        assertThat(recovery.text()).isEqualTo(inMemory);

        EditionDocument reopened = EditionDocument.read(file);
        recovery.applyTo(reopened);
        assertThat(reopened.text()).isEqualTo(inMemory);
        assertThat(reopened.isDirty()).isTrue();
        Diff diff = DiffBuilder.compare(inMemory).withTest(reopened.text()).checkForIdentical().build();
        assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
        reopened.undo();
        assertThat(reopened.text()).as("one undo takes the whole recovery back").isEqualTo(TEI);
        assertThat(reopened.isDirty()).isFalse();
        assertThat(Files.readString(file)).as("the file is never touched").isEqualTo(TEI);
    }

    @Test
    void editsAreWrittenWithoutAFlushOnceTypingPauses() throws Exception {
        Path file = edition(TEI);
        EditionDocument doc = EditionDocument.read(file);
        FileJournal journal = (FileJournal) running.start(doc);
        doc.replace(0, 0, "<!-- x -->");
        // no flush: the writer's timer writes it; wait for the file, without a time assertion
        Path written = null;
        for (int i = 0; i < 600 && written == null; i++) {
            Thread.sleep(50);
            written = journal.file();
        }
        assertThat(written).isNotNull();
        assertThat(JournalFormat.read(Files.readAllBytes(written)).text()).isEqualTo(doc.text());
    }

    @Test
    void aTornLastRecordIsDroppedAndTheRecordsBeforeItReplay() throws Exception {
        Path file = edition(TEI);
        EditionDocument doc = EditionDocument.read(file);
        FileJournal journal = (FileJournal) running.start(doc);
        doc.replace(0, 0, "a");
        journal.flush();
        String beforeLast = doc.text();
        long wholeLength = Files.size(journal.file());
        doc.replace(1, 0, "ข𝔄c");
        journal.flush();
        Path written = journal.file();
        byte[] bytes = Files.readAllBytes(written);
        journal.crash();

        // cut the last record at every byte: as a crash in the middle of its write would
        for (int cut = (int) wholeLength; cut < bytes.length; cut++) {
            byte[] torn = java.util.Arrays.copyOf(bytes, cut);
            JournalFormat.Contents contents = JournalFormat.read(torn);
            assertThat(contents.text()).as("cut at " + cut).isEqualTo(beforeLast);
            assertThat(contents.torn()).isEqualTo(cut > wholeLength);
            assertThat(contents.edits()).isEqualTo(1);
        }
        // a damaged byte in the last record: the CRC finds it
        byte[] damaged = bytes.clone();
        damaged[bytes.length - 6] ^= 0x40;
        assertThat(JournalFormat.read(damaged).text()).isEqualTo(beforeLast);
        // and the whole file replays everything
        assertThat(JournalFormat.read(bytes).text()).isEqualTo(doc.text());

        Files.write(written, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        Recovery recovery = nextRun.pending(file).get(0);
        assertThat(recovery.tornRecordDropped()).isTrue();
        assertThat(recovery.text()).isEqualTo(beforeLast);
    }

    @Test
    void aJournalWhoseHeaderIsCutIsNotOffered() throws Exception {
        Path file = edition(TEI);
        EditionDocument doc = EditionDocument.read(file);
        FileJournal journal = (FileJournal) running.start(doc);
        doc.replace(0, 0, "a");
        journal.flush();
        Path written = journal.file();
        byte[] bytes = Files.readAllBytes(written);
        journal.crash();
        Files.write(written, java.util.Arrays.copyOf(bytes, 20));
        assertThatThrownBy(() -> JournalFormat.read(Files.readAllBytes(written))).hasMessageContaining("header");
        assertThat(nextRun.pending(file)).isEmpty();
    }

    @Test
    void whenTheFileChangedTheRecoveredTextGoesToASeparateFile() throws Exception {
        Path file = edition(TEI);
        EditionDocument doc = EditionDocument.read(file);
        Journal journal = running.start(doc);
        doc.replace(doc.text().indexOf("The end."), 0, "Recovered: ");
        journal.flush();
        String inMemory = doc.text();
        String changed = TEI.replace("The end.", "Changed by someone else.");
        Files.writeString(file, changed);

        Recovery recovery = crashAndLook(journal, file).get(0);
        assertThat(recovery.fileUnchanged()).isFalse();
        EditionDocument reopened = EditionDocument.read(file);
        assertThatThrownBy(() -> recovery.applyTo(reopened)).isInstanceOf(IllegalStateException.class);
        assertThat(reopened.text()).isEqualTo(changed);

        Path copy = recovery.writeCopy();
        Path second = recovery.writeCopy();
        assertThat(copy.getParent()).isEqualTo(file.getParent());
        assertThat(copy.getFileName().toString()).startsWith("chapter.recovered-").endsWith(".xml");
        assertThat(second).as("never over an existing file").isNotEqualTo(copy);
        assertThat(Files.readString(copy)).isEqualTo(inMemory);
        assertThat(Files.readString(file)).isEqualTo(changed);
        recovery.discard();
        assertThat(nextRun.pending(file)).isEmpty();
    }

    @Test
    void saveClearsTheJournalAndACleanCloseDeletesIt() throws Exception {
        Path file = edition(TEI);
        EditionDocument doc = EditionDocument.read(file);
        FileJournal journal = (FileJournal) running.start(doc);
        doc.replace(0, 0, "<!-- saved -->");
        journal.flush();
        assertThat(journal.file()).exists();
        doc.save();
        journal.saved();
        journal.flush();
        assertThat(journal.file()).isNull();
        assertThat(running.folder()).isEmptyDirectory();

        doc.replace(0, 0, "<!-- after the save -->");
        journal.flush();
        String inMemory = doc.text();
        JournalFormat.Contents contents = JournalFormat.read(Files.readAllBytes(journal.file()));
        assertThat(contents.edits()).isEqualTo(1);
        assertThat(contents.text()).isEqualTo(inMemory);
        assertThat(FileRecoveryJournals.matches(file, contents.header())).as("based on the saved file").isTrue();

        journal.close();
        assertThat(running.folder()).isEmptyDirectory();
        assertThat(nextRun.pending(file)).isEmpty();
    }

    @Test
    void aJournalBeingWrittenIsNotOfferedAndEditsUndoneAreNotOffered() throws Exception {
        Path file = edition(TEI);
        EditionDocument doc = EditionDocument.read(file);
        Journal journal = running.start(doc);
        doc.replace(0, 0, "x");
        journal.flush();
        assertThat(running.pending(file)).as("this run's own journal").isEmpty();
        assertThat(nextRun.pending(file)).as("held by a running journal (its lock)").isEmpty();
        doc.undo();
        journal.flush();
        assertThat(crashAndLook(journal, file)).as("the edits leave the text as the file has it").isEmpty();
        assertThat(running.folder()).as("and such a journal is deleted").isEmptyDirectory();
    }

    @Test
    void thaiAstralCharactersSplitSurrogatesAndCrLfReplayExactly() throws Exception {
        String crlf = TEI.replace("\n", "\r\n");
        Path file = edition(crlf);
        EditionDocument doc = EditionDocument.read(file);
        Journal journal = running.start(doc);
        int p = doc.text().indexOf("ตอนที่");
        doc.replace(p, 0, "\r\n<lb/>ก่อน ");
        String astral = "𝔄𠀀";
        // typed one UTF-16 unit at a time: the journal holds half a pair between two records
        for (int i = 0; i < astral.length(); i++) {
            doc.replace(p + i, 0, astral.substring(i, i + 1));
        }
        doc.replace(doc.text().indexOf("\r\n<p>The"), 2, "\r\n\r\n");
        Random random = new Random(7);
        String alphabet = "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮะัาำิีึืุูเแโใไ่้๊๋ab<>\r\n&";
        for (int i = 0; i < 300; i++) {
            int at = random.nextInt(doc.length() + 1);
            int remove = Math.min(random.nextInt(3), doc.length() - at);
            int n = random.nextInt(4);
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < n; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            doc.replace(at, remove, s.toString());
            if (i % 50 == 0) {
                journal.flush();
            }
        }
        journal.flush();
        String inMemory = doc.text();

        Recovery recovery = crashAndLook(journal, file).get(0);
        assertThat(recovery.text()).isEqualTo(inMemory);
        assertThat(recovery.edits()).isEqualTo(1 + astral.length() + 1 + 300);
        EditionDocument reopened = EditionDocument.read(file);
        recovery.applyTo(reopened);
        assertThat(reopened.text()).isEqualTo(inMemory);
        assertThat(reopened.toBytes()).isEqualTo(inMemory.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEditionSavedUnderAnotherNameIsJournaledUnderThatName() throws Exception {
        Path file = edition(TEI);
        EditionDocument doc = EditionDocument.read(file);
        Journal journal = running.start(doc);
        doc.replace(0, 0, "<!-- 1 -->");
        journal.flush();
        Path other = dir.resolve("other.xml");
        doc.saveAs(other);
        journal.saved();
        doc.replace(0, 0, "<!-- 2 -->");
        journal.flush();
        String inMemory = doc.text();
        List<Recovery> forOld = crashAndLook(journal, file);
        assertThat(forOld).isEmpty();
        Recovery forNew = nextRun.pending(other).get(0);
        assertThat(forNew.fileUnchanged()).isTrue();
        assertThat(forNew.edits()).isEqualTo(1);
        assertThat(forNew.text()).isEqualTo(inMemory);
    }

    @Test
    void manyEditsAreCompactedIntoASnapshotAndStillReplay() throws Exception {
        Path file = edition(TEI);
        EditionDocument doc = EditionDocument.read(file);
        FileJournal journal = (FileJournal) running.start(doc);
        String big = "ก".repeat(100_000);
        for (int i = 0; i < 12; i++) {
            doc.replace(0, i == 0 ? 0 : big.length(), big); // 200 KB a record: over 4 x text + 1 MiB soon
        }
        journal.flush();
        long size = Files.size(journal.file());
        assertThat(size).as("compacted, not 12 big records").isLessThan(12L * 2 * big.length());
        Recovery recovery = crashAndLook(journal, file).get(0);
        assertThat(recovery.text()).isEqualTo(doc.text());
        assertThat(recovery.edits()).isEqualTo(12);
    }

    @Test
    void theFolderFollowsTheSystemPropertyThenXdgStateHome() {
        String old = System.getProperty(FileRecoveryJournals.FOLDER_PROPERTY);
        try {
            System.setProperty(FileRecoveryJournals.FOLDER_PROPERTY, dir.resolve("r").toString());
            assertThat(FileRecoveryJournals.defaultFolder()).isEqualTo(dir.resolve("r"));
            System.clearProperty(FileRecoveryJournals.FOLDER_PROPERTY);
            assertThat(FileRecoveryJournals.defaultFolder().toString()).endsWith("siglum/recovery");
        } finally {
            if (old != null) {
                System.setProperty(FileRecoveryJournals.FOLDER_PROPERTY, old);
            }
        }
    }
}
