package org.siglum.core.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes a file so that it is always either the old version or the new one, never a cut (decision 0032). The
 * backup {@code NAME~} is likewise always a whole earlier version: it is replaced by a rename too, never rewritten in
 * place. A process killed at any moment leaves at most a temporary file {@code .NAME.DIGITS.tmp} beside the target;
 * it is never read, and the next save makes its own.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes bytes to target: into a temporary file in the same folder, forced to disk, then moved over the target
     * atomically, and the folder forced to disk. An existing target first becomes {@code NAME~} (a hard link to the
     * same file, moved into place by a rename; where links are not supported, a copy forced to disk and renamed).
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        String name = abs.getFileName().toString();
        Path tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bb = ByteBuffer.wrap(bytes);
                while (bb.hasRemaining()) {
                    ch.write(bb);
                }
                ch.force(true);
            }
            if (Files.exists(abs)) {
                copyPermissions(abs, tmp);
                backup(abs, dir.resolve(name + "~"));
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

    /**
     * Makes {@code backup} the current content of {@code file} without a moment in which either is missing or cut:
     * a new name for the same data (or a complete copy) is made first and then renamed over the old backup.
     */
    private static void backup(Path file, Path backup) throws IOException {
        Path dir = file.getParent();
        Path link = Files.createTempFile(dir, "." + backup.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            Files.delete(link);
            try {
                Files.createLink(link, file);
            } catch (UnsupportedOperationException | IOException e) {
                // no hard links here (some network and FAT file systems): a complete copy, on disk, then renamed
                Files.copy(file, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel ch = FileChannel.open(link, StandardOpenOption.WRITE)) {
                    ch.force(true);
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
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some systems cannot open a directory; the rename itself is still atomic
        }
    }
}
