package org.siglum.recovery.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.siglum.core.EditionDocument;
import org.siglum.recovery.Journal;
import org.siglum.recovery.Recovery;
import org.siglum.recovery.RecoveryJournals;

/**
 * The journals as files in one folder, named by a hash of the edition's absolute path and a per-run session; one
 * daemon thread writes them all, so typing never waits for the disk. A journal being written holds a lock on its
 * file, which the system releases when the process dies (however it dies): a locked journal belongs to a running
 * Siglum and is never offered.
 */
@Component(service = RecoveryJournals.class)
public final class FileRecoveryJournals implements RecoveryJournals, AutoCloseable {

    /** How long typing must pause before the edits are written. */
    static final long IDLE_MILLIS = 1000;
    /** The longest edits wait to be written while typing goes on. */
    static final long MAX_MILLIS = 2000;

    static final String SUFFIX = ".journal";

    private final Path folder;
    private final ScheduledExecutorService writer;
    /** Journal files this process is writing, never offered for recovery. */
    private final Set<Path> live = ConcurrentHashMap.newKeySet();

    @Activate
    public FileRecoveryJournals() {
        this(defaultFolder());
    }

    /** Journals in the folder given (created when the first journal is written). */
    public FileRecoveryJournals(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.writer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "siglum-recovery-journal");
            t.setDaemon(true);
            return t;
        });
    }

    /** The folder by the system property, else the XDG state folder, else {@code ~/.local/state/siglum/recovery}. */
    static Path defaultFolder() {
        String configured = System.getProperty(FOLDER_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("siglum").resolve("recovery");
    }

    /** Waits (a little) for the journals still being written, then stops the writer. */
    @Deactivate
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public Journal start(EditionDocument edition) {
        Path file = edition.path().orElseThrow(
                () -> new IllegalArgumentException(edition.name() + " has no file yet: nothing to journal against"));
        return new FileJournal(this, edition, file);
    }

    @Override
    public List<Recovery> pending(Path edition) {
        Path file = edition.toAbsolutePath().normalize();
        String prefix = key(file) + "-";
        List<FileRecovery> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> journals;
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> mine = files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
            journals = mine.stream().filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList();
            // a journal being started is written to NAME.tmp and renamed at once: an old one is a crash's leftover
            long old = System.currentTimeMillis() - TimeUnit.MINUTES.toMillis(10);
            for (Path p : mine) {
                if (p.getFileName().toString().endsWith(SUFFIX + ".tmp")
                        && Files.getLastModifiedTime(p).toMillis() < old) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        for (Path journal : journals) {
            if (live.contains(journal)) {
                continue;
            }
            JournalFormat.Contents contents = readUnlocked(journal);
            if (contents == null || !contents.header().path().equals(file.toString()) || contents.edits() == 0) {
                continue;
            }
            boolean unchanged = matches(file, contents.header());
            if (unchanged && contents.text().equals(decodedOrNull(file, contents))) {
                deleteQuietly(journal); // the edits were undone: nothing to recover, ever
                continue;
            }
            found.add(new FileRecovery(this, journal, file, contents, unchanged));
        }
        found.sort(Comparator.comparingLong(FileRecovery::lastEditMillis).reversed());
        return List.copyOf(found);
    }

    /** The journal's contents, or null if another process holds it (it is live) or it cannot be read at all. */
    private static JournalFormat.Contents readUnlocked(Path journal) {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return null;
            }
            if (lock == null) {
                return null;
            }
            try {
                ByteBuffer bytes = ByteBuffer.allocate((int) channel.size());
                while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                    // reading
                }
                return JournalFormat.read(bytes.array());
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for next time
        }
    }

    /** The text of the unchanged file, decoded as the snapshot would compare; null if the file cannot be read. */
    private static String decodedOrNull(Path file, JournalFormat.Contents contents) {
        try {
            return EditionDocument.read(file).text();
        } catch (RuntimeException | org.siglum.core.EditionException e) {
            return null;
        }
    }

    /** True if the file's length and SHA-256 are the header's. */
    static boolean matches(Path file, JournalFormat.Header header) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) != header.baseLength()) {
                return false;
            }
            return Arrays.equals(sha256(Files.readAllBytes(file)), header.baseDigest());
        } catch (IOException e) {
            return false;
        }
    }

    // --- for the journals ------------------------------------------------------------------------------------------

    ScheduledExecutorService writer() {
        return writer;
    }

    Path journalFile(String path, String session) {
        return folder.resolve(key(Path.of(path)) + "-" + session + SUFFIX);
    }

    void writing(Path journal) {
        live.add(journal);
    }

    void notWriting(Path journal) {
        live.remove(journal);
    }

    static String key(Path file) {
        byte[] hash = sha256(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 12);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
