package org.siglum.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving is atomic, keeps a backup and leaves nothing behind. */
class SaveTest {

    @Test
    void saveWritesTheSameBytesKeepsABackupAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        byte[] original = RoundTripTest.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "<?xml version='1.0'?>\r\n<r>ไทย</r>".getBytes(StandardCharsets.UTF_8));
        Path f = dir.resolve("ed.xml");
        Files.write(f, original);
        EditionDocument doc = EditionDocument.read(f);
        doc.save();
        assertThat(Files.readAllBytes(f)).isEqualTo(original);
        doc.replace(doc.text().indexOf("ไทย"), 0, "ภาษา");
        assertThat(doc.isDirty()).isTrue();
        doc.save();
        assertThat(doc.isDirty()).isFalse();
        assertThat(Files.readAllBytes(dir.resolve("ed.xml~"))).isEqualTo(original);
        assertThat(EditionDocument.read(f).text()).isEqualTo(doc.text());
        assertThat(Files.readAllBytes(f)).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ed.xml", "ed.xml~");
        }
    }

    @Test
    void saveAsMovesTheEditionToItsNewPath(@TempDir Path dir) throws Exception {
        EditionDocument doc = EditionDocument.ofText("<r/>", "new");
        assertThat(doc.path()).isEmpty();
        Path f = dir.resolve("sub.xml");
        doc.saveAs(f);
        assertThat(doc.path()).contains(f);
        assertThat(doc.name()).isEqualTo("sub.xml");
        assertThat(Files.readString(f)).isEqualTo("<r/>");
        assertThat(Files.exists(dir.resolve("sub.xml~"))).isFalse();
    }

    @Test
    void aFailedSaveLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("l.xml");
        Files.writeString(f, "<?xml version='1.0' encoding='ISO-8859-1'?><r>x</r>", StandardCharsets.ISO_8859_1);
        byte[] before = Files.readAllBytes(f);
        EditionDocument doc = EditionDocument.read(f);
        doc.replace(doc.text().indexOf("x</r>"), 1, "ก");
        org.assertj.core.api.Assertions.assertThatThrownBy(doc::save).isInstanceOf(java.io.IOException.class);
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("l.xml");
        }
    }
}
