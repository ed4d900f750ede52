package org.siglum.recovery.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.siglum.core.EditionDocument;
import org.siglum.recovery.Journal;
import org.siglum.recovery.internal.JournalFormat.Entry;
import org.siglum.recovery.internal.JournalFormat.Header;

/**
 * The journal of one edition. The UI thread hears each change of the edition's document and queues it; the writer
 * thread takes what is queued, a second after typing pauses (at most two while it goes on), appends it to the file and
 * forces it to disk. The first write after the edition was opened or saved (and a compaction, when the edits outgrow
 * the text) writes a new file, header and snapshot of the text first, atomically in place of the old one, so there is
 * never a moment without a usable journal.
 */
final class FileJournal implements Journal, IDocumentListener {

    private final FileRecoveryJournals owner;
    private final EditionDocument edition;
    private final IDocument document;
    private final String session = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());

    // --- queued by the UI thread, taken by the writer: guarded by lock
    private final Object lock = new Object();
    private Header header;
    /** The next write starts a new file with this snapshot. */
    private boolean fresh = true;
    private String snapshot;
    private int snapshotEdits;
    private List<Entry> pending = new ArrayList<>();
    private int edits;
    private long queuedBytes;
    private long firstPending;
    private ScheduledFuture<?> scheduled;
    private boolean closed;
    /** A write failed: the next change starts a new file from a snapshot of the text. */
    private boolean needSnapshot;

    // --- the writer thread's own
    private Path file;
    private FileChannel channel;
    private FileLock fileLock;
    private IOException failure;

    FileJournal(FileRecoveryJournals owner, EditionDocument edition, Path path) {
        this.owner = owner;
        this.edition = edition;
        this.document = edition.document();
        rebase(path);
        if (edition.isDirty()) {
            // started on unsaved text: the text itself is what must not be lost
            snapshotEdits = 1;
            schedule(0);
        }
        document.addDocumentListener(this);
    }

    /** Takes the file on disk as the base and the edition's text as the start of a new journal. */
    private void rebase(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            bytes = null; // no file: the digest will match nothing, so recovery writes a copy
        }
        Header h = new Header(path.toAbsolutePath().normalize().toString(), bytes == null ? -1 : bytes.length,
                FileRecoveryJournals.sha256(bytes == null ? new byte[0] : bytes),
                edition.encoding().charset().name(), edition.encoding().bom(), System.currentTimeMillis());
        String text = edition.text();
        synchronized (lock) {
            header = h;
            fresh = true;
            snapshot = text;
            snapshotEdits = 0;
            edits = 0;
            pending = new ArrayList<>();
            queuedBytes = 0;
        }
    }

    @Override
    public void documentAboutToBeChanged(DocumentEvent event) {
    }

    @Override
    public void documentChanged(DocumentEvent event) {
        Entry entry = Entry.edit(event.getOffset(), event.getLength(), event.getText() == null ? "" : event.getText(),
                System.currentTimeMillis());
        synchronized (lock) {
            if (closed) {
                return;
            }
            edits++;
            queuedBytes += entry.size();
            if (needSnapshot || queuedBytes > 4L * document.getLength() + (1 << 20)) {
                needSnapshot = false;
                // the edits outgrew the text: start again from a snapshot of it
                fresh = true;
                snapshot = document.get();
                snapshotEdits = edits;
                pending = new ArrayList<>();
                queuedBytes = 2L * snapshot.length();
            } else {
                pending.add(entry);
            }
            long now = System.nanoTime();
            if (firstPending == 0) {
                firstPending = now;
            }
            long waited = TimeUnit.NANOSECONDS.toMillis(now - firstPending);
            schedule(Math.max(0, Math.min(FileRecoveryJournals.IDLE_MILLIS, FileRecoveryJournals.MAX_MILLIS - waited)));
        }
    }

    private void schedule(long delayMillis) {
        synchronized (lock) {
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            try {
                scheduled = owner.writer().schedule(this::write, delayMillis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                scheduled = null; // the journals were stopped (their bundle went): typing goes on unjournaled
            }
        }
    }

    @Override
    public void saved() {
        Path path = edition.path().orElseThrow();
        synchronized (lock) {
            if (closed) {
                return;
            }
        }
        rebase(path);
        schedule(0); // removes the journal of the edits now saved
    }

    @Override
    public void flush() throws IOException {
        await(this::write);
        synchronized (lock) {
            if (failure != null) {
                throw failure;
            }
        }
    }

    @Override
    public void close() {
        document.removeDocumentListener(this);
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            pending = new ArrayList<>();
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
        try {
            await(this::delete);
        } catch (IOException e) {
            // the journal stays behind; it is offered (and can be discarded) next time
        }
    }

    private void await(Runnable work) throws IOException {
        Future<?> task;
        try {
            task = owner.writer().submit(work);
        } catch (RejectedExecutionException e) {
            throw new IOException("the recovery journals were stopped", e);
        }
        try {
            task.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the recovery journal", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the recovery journal was not written: " + e.getMessage(), e);
        }
    }

    // --- the writer thread -----------------------------------------------------------------------------------------

    private void write() {
        Header h;
        boolean startFile;
        String text;
        int textEdits;
        List<Entry> entries;
        synchronized (lock) {
            if (closed) {
                return;
            }
            h = header;
            startFile = fresh;
            text = snapshot;
            textEdits = snapshotEdits;
            entries = pending;
            pending = new ArrayList<>();
            firstPending = 0;
            if (startFile && (textEdits > 0 || !entries.isEmpty())) {
                fresh = false;
                snapshot = null; // kept in the file from now on
            }
        }
        try {
            if (startFile) {
                if (textEdits == 0 && entries.isEmpty()) {
                    delete();
                } else {
                    List<Entry> all = new ArrayList<>(entries.size() + 1);
                    all.add(Entry.snapshot(text, textEdits, System.currentTimeMillis()));
                    all.addAll(entries);
                    startFile(h, all);
                }
            } else if (!entries.isEmpty()) {
                ByteBuffer bytes = ByteBuffer.wrap(JournalFormat.records(entries));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(false);
            }
            synchronized (lock) {
                failure = null;
            }
        } catch (IOException | RuntimeException e) {
            synchronized (lock) {
                failure = e instanceof IOException io ? io : new IOException(e.toString(), e);
                // what was taken is not on disk: the next change writes everything again from a snapshot
                needSnapshot = true;
            }
            closeChannel();
        }
    }

    /** Writes a new journal (header and records) beside the old one, forced, then moved over it atomically. */
    private void startFile(Header h, List<Entry> entries) throws IOException {
        Path target = owner.journalFile(h.path(), session);
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        byte[] head = JournalFormat.header(h);
        byte[] body = JournalFormat.records(entries);
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer b = ByteBuffer.wrap(head);
            while (b.hasRemaining()) {
                out.write(b);
            }
            b = ByteBuffer.wrap(body);
            while (b.hasRemaining()) {
                out.write(b);
            }
            out.force(true);
        }
        closeChannel();
        owner.writing(target);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(target.getParent());
        if (file != null && !file.equals(target)) {
            Files.deleteIfExists(file); // saved under another name: the old name's journal is done with
            owner.notWriting(file);
        }
        file = target;
        channel = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        fileLock = channel.tryLock();
    }

    private void delete() {
        closeChannel();
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // left behind: offered next time, where it can be discarded
            }
            owner.notWriting(file);
            file = null;
        }
    }

    private void closeChannel() {
        try {
            if (fileLock != null) {
                fileLock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // closing: nothing more to write
        }
        fileLock = null;
        channel = null;
    }

    private static void forceFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some systems cannot open a folder; the rename itself is atomic
        }
    }

    /** What a process's death does to the journal (for tests): the lock and the channel go, the file stays. */
    void crash() {
        document.removeDocumentListener(this);
        synchronized (lock) {
            closed = true;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
        try {
            owner.writer().submit(this::closeChannel).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The journal file now, or null when nothing is journaled (for tests). */
    Path file() {
        try {
            return owner.writer().submit(() -> file).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
