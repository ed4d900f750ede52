package org.siglum.launcher.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Felix's bundle cache kept between runs (issue 16): a folder under {@code $XDG_CACHE_HOME/siglum} (XDG's default
 * {@code ~/.cache/siglum}) per feature and per version of the product, so that a run does not install every bundle
 * into a fresh cache again. The version is a digest of what the cache depends on: the feature's bundle jars (path,
 * size, time), the plugins folder's jars and its state file. When the product or the plugins change, the digest
 * changes, a new folder is made and the old ones are removed.
 * <p>
 * Safe when two runs start at once: a run takes the folder's lock file; a second run that finds it taken uses a
 * temporary cache of its own, as every run did before. A folder is used again only once a run has completed it (its
 * {@code complete} marker), so a run killed while it filled the cache leaves nothing half-made behind.
 */
final class BundleCache {

    private static final String PREFIX = "felix-";
    private static final String COMPLETE = "complete";

    /** A cache folder taken by this run: where Felix keeps its cache, whether it was filled before, its lock. */
    record Lease(Path folder, boolean filled, FileChannel channel, FileLock lock) implements AutoCloseable {

        /** Marks the folder complete (the framework started with it) so that the next runs use it as it is. */
        void completed() {
            try {
                if (!filled) {
                    Files.writeString(folder.resolve(COMPLETE), "", StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                // the next run fills it again
            }
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // the lock goes with the process
            }
        }
    }

    private final Path root;

    BundleCache(Path root) {
        this.root = root;
    }

    /** The standard place: {@code $XDG_CACHE_HOME/siglum}, or {@code ~/.cache/siglum} where it is unset or relative. */
    static BundleCache standard(Map<String, String> environment, String userHome) {
        String cache = environment.get("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() && Paths.get(cache).isAbsolute() ? Paths.get(cache)
                : Paths.get(userHome, ".cache");
        return new BundleCache(base.resolve("siglum"));
    }

    Path root() {
        return root;
    }

    /**
     * Takes the cache folder for a feature and what it is made of, or returns null when it is in use by another run or
     * cannot be made (the caller then uses a temporary cache).
     */
    Lease take(String feature, List<Path> inputs) {
        String key = feature + "-" + digest(inputs);
        Path folder = root.resolve(PREFIX + key);
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(root.resolve(PREFIX + key + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            boolean filled = Files.isRegularFile(folder.resolve(COMPLETE));
            if (!filled) {
                delete(folder);
            }
            Files.createDirectories(folder);
            prune(feature, key);
            return new Lease(folder, filled, channel, lock);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Removes the folders of this feature made for other versions of the product, where no run holds them. */
    private void prune(String feature, String keep) {
        try (Stream<Path> list = Files.list(root)) {
            for (Path old : list.filter(p -> p.getFileName().toString().startsWith(PREFIX + feature + "-"))
                    .filter(p -> !p.getFileName().toString().startsWith(PREFIX + keep)).toList()) {
                String name = old.getFileName().toString();
                if (name.endsWith(".lock")) {
                    continue;
                }
                Path lockFile = old.resolveSibling(name + ".lock");
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE)) {
                    FileLock lock = channel.tryLock();
                    if (lock != null) {
                        delete(old);
                        lock.release();
                        Files.deleteIfExists(lockFile);
                    }
                } catch (IOException | OverlappingFileLockException e) {
                    // in use or not ours to remove: left for a later run
                }
            }
        } catch (IOException e) {
            // nothing to prune
        }
    }

    /** What the cache depends on, as a short digest: each input's path, size and time of last change. */
    static String digest(List<Path> inputs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path input : inputs) {
                sha.update(input.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
                if (Files.exists(input)) {
                    sha.update(("\0" + Files.size(input) + "\0" + Files.getLastModifiedTime(input).toMillis())
                            .getBytes(StandardCharsets.UTF_8));
                } else {
                    sha.update("\0absent".getBytes(StandardCharsets.UTF_8));
                }
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot name the bundle cache: " + e.getMessage(), e);
        }
    }

    /** Deletes a cache folder, quietly: a leftover folder is harmless (the temporary caches use this too). */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover folder is harmless: the next run with this version fills it again
        }
    }
}
