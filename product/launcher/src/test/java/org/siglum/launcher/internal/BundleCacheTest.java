package org.siglum.launcher.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle cache kept between runs: one run at a time per folder, used once complete, renewed when inputs change. */
class BundleCacheTest {

    @TempDir
    Path dir;

    @Test
    void aFolderIsUsedAgainOnlyOnceARunCompletedItAndNeverByTwoRunsAtOnce() throws Exception {
        Path jar = Files.writeString(dir.resolve("a.jar"), "bundle");
        BundleCache cache = new BundleCache(dir.resolve("cache"));

        BundleCache.Lease first = cache.take("headless", List.of(jar));
        assertThat(first).isNotNull();
        assertThat(first.filled()).isFalse();
        Files.writeString(first.folder().resolve("felix-state"), "bundles");
        // a second run while the first holds the folder gets none: it takes a temporary cache of its own
        assertThat(cache.take("headless", List.of(jar))).isNull();
        first.close();

        // not completed (a run killed while it filled the cache): made again, empty
        BundleCache.Lease again = cache.take("headless", List.of(jar));
        assertThat(again.filled()).isFalse();
        assertThat(again.folder().resolve("felix-state")).doesNotExist();
        Files.writeString(again.folder().resolve("felix-state"), "bundles");
        again.completed();
        again.close();

        BundleCache.Lease reused = cache.take("headless", List.of(jar));
        assertThat(reused.filled()).isTrue();
        assertThat(reused.folder()).isEqualTo(again.folder());
        assertThat(reused.folder().resolve("felix-state")).hasContent("bundles");
        reused.close();
    }

    @Test
    void aChangedBundleMakesANewFolderAndTheOldOneIsRemoved() throws Exception {
        Path jar = Files.writeString(dir.resolve("a.jar"), "bundle");
        BundleCache cache = new BundleCache(dir.resolve("cache"));
        BundleCache.Lease old = cache.take("ui", List.of(jar));
        old.completed();
        old.close();

        Files.writeString(jar, "bundle, rebuilt");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
        BundleCache.Lease fresh = cache.take("ui", List.of(jar));
        assertThat(fresh.folder()).isNotEqualTo(old.folder());
        assertThat(fresh.filled()).isFalse();
        assertThat(old.folder()).as("the folder of the old product").doesNotExist();
        // another feature's folder is not this one's to prune
        BundleCache.Lease headless = cache.take("headless", List.of(jar));
        assertThat(fresh.folder()).exists();
        headless.close();
        fresh.close();
    }

    @Test
    void theStandardPlaceFollowsXdg() {
        assertThat(BundleCache.standard(Map.of("XDG_CACHE_HOME", "/var/cache/me"), "/home/me").root())
                .isEqualTo(Path.of("/var/cache/me/siglum"));
        assertThat(BundleCache.standard(Map.of("XDG_CACHE_HOME", "relative"), "/home/me").root())
                .isEqualTo(Path.of("/home/me/.cache/siglum"));
        assertThat(BundleCache.standard(Map.of(), "/home/me").root()).isEqualTo(Path.of("/home/me/.cache/siglum"));
    }
}
