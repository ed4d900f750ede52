package org.siglum.ui.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutStoreTest {

    @TempDir
    Path dir;

    @Test
    void weightsSavedInOneRunAreTheWeightsOfTheNext() {
        LayoutStore first = new LayoutStore(dir.resolve("siglum"));
        assertThat(first.weights("sash.editor", 3, 2)).containsExactly(3, 2);
        first.setWeights("sash.editor", new int[] {640, 260});
        first.save();
        assertThat(new LayoutStore(dir.resolve("siglum")).weights("sash.editor", 3, 2)).containsExactly(640, 260);
    }

    @Test
    void aDamagedFileGivesTheDefaults() throws Exception {
        Files.createDirectories(dir.resolve("siglum"));
        Files.writeString(dir.resolve("siglum/layout.properties"), "sash.editor=a,b\nsash.outline=5\n");
        LayoutStore store = new LayoutStore(dir.resolve("siglum"));
        assertThat(store.weights("sash.editor", 3, 2)).containsExactly(3, 2);
        assertThat(store.weights("sash.outline", 1, 4)).containsExactly(1, 4);
    }
}
