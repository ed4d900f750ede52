package org.siglum.recovery.internal;

import java.nio.file.Path;
import java.util.Random;

import org.siglum.core.EditionDocument;
import org.siglum.recovery.Journal;

/**
 * A process that does nothing but edit and journal, for {@link CrashWhileWritingTest} to kill at any moment:
 * {@code JournalWriterMain FILE FOLDER SEED} prints the number of edits each time the journal holds them on disk.
 */
public final class JournalWriterMain {

    private JournalWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        EditionDocument doc = EditionDocument.read(Path.of(args[0]));
        FileRecoveryJournals journals = new FileRecoveryJournals(Path.of(args[1]));
        Journal journal = journals.start(doc);
        Random random = new Random(Long.parseLong(args[2]));
        for (int i = 1;; i++) {
            edit(doc, random);
            if (i % 3 == 0) {
                journal.flush();
                System.out.println(i);
                System.out.flush();
            }
        }
    }

    /** One edit, the same for the same random: now and then a long one, so that a write takes a while. */
    static void edit(EditionDocument doc, Random random) {
        int at = random.nextInt(doc.length() + 1);
        int remove = Math.min(random.nextInt(40), doc.length() - at);
        int n = random.nextInt(10) == 0 ? 20_000 + random.nextInt(60_000) : random.nextInt(8);
        StringBuilder s = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            s.append((char) ('ก' + random.nextInt(46)));
        }
        if (random.nextInt(7) == 0) {
            s.append("𝔄\r\n");
        }
        doc.replace(at, remove, s.toString());
    }
}
