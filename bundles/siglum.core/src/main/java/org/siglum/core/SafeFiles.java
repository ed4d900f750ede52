package org.siglum.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The one way Siglum writes a file (decisions 0032, 0042): so that it is always either the old version or the new
 * one, never a cut. The content goes into a temporary file {@code .NAME.DIGITS.tmp} beside the target, is forced to
 * disk and moved over the target in one rename; then the folder is forced to disk. A process killed at any moment
 * leaves at most that temporary file, which is never read.
 *
 * <p>Permissions are those the person expects of a file they made: a file that exists keeps its permissions; a new
 * one gets what any program would give it (the user's umask), not the owner-only permissions of a temporary file.
 */
public final class SafeFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SafeFiles() {
    }

    /** What writes a file's content. */
    @FunctionalInterface
    public interface Content<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }

    /** Writes bytes to target atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), false);
    }

    /** Writes target atomically from what content writes; on failure the old file is untouched and no temporary left. */
    public static <E extends Exception> void write(Path target, Content<E> content) throws IOException, E {
        write(target, content, false);
    }

    /**
     * Writes bytes to target atomically, and keeps the version it replaces as {@code NAME~}. The backup, too, is
     * always a whole version: a hard link to the old file (or, where links are not supported, a copy forced to disk)
     * renamed into place, never rewritten in place.
     */
    public static void writeKeepingBackup(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), true);
    }

    private static <E extends Exception> void write(Path target, Content<E> content, boolean backup)
            throws IOException, E {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        String name = abs.getFileName().toString();
        Path tmp = temporary(dir, name);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (Files.exists(abs)) {
                copyPermissions(abs, tmp);
                if (backup) {
                    backup(abs, dir.resolve(name + "~"));
                }
            }
            move(tmp, abs);
            moved = true;
            forceDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** A new empty file beside the target, made as an ordinary file is (the umask decides its permissions). */
    private static Path temporary(Path dir, String name) throws IOException {
        while (true) {
            Path candidate = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    private static void backup(Path file, Path backup) throws IOException {
        Path link = temporary(file.getParent(), backup.getFileName().toString());
        boolean moved = false;
        try {
            Files.delete(link);
            try {
                Files.createLink(link, file);
            } catch (UnsupportedOperationException | IOException e) {
                // no hard links here (some network and FAT file systems): a complete copy, on disk, then renamed
                Files.copy(file, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel channel = FileChannel.open(link, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            move(link, backup);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(link);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot replace " + to + " atomically on this file system", e);
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(from);
            Files.setPosixFilePermissions(to, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the temporary file keeps the default permissions
        }
    }

    /** Makes the rename itself durable: without it a power cut can bring back the old directory entry. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some systems cannot open a directory; the rename itself is still atomic
        }
    }
}
