package org.siglum.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileGetsThePermissionsAnyProgramWouldGiveIt() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "made by Files.writeString");
        Path ours = dir.resolve("edition.pdf");

        SafeFiles.write(ours, "made by SafeFiles".getBytes(StandardCharsets.UTF_8));

        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertThat(Files.getPosixFilePermissions(ours)).isEqualTo(expected);
        assertThat(Files.readString(ours)).isEqualTo("made by SafeFiles");
    }

    @Test
    void anExistingFileKeepsItsPermissions() throws IOException {
        Path target = Files.writeString(dir.resolve("shared.html"), "old");
        Set<PosixFilePermission> groupReadable = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(target, groupReadable);

        SafeFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(groupReadable);
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporary() throws IOException {
        Path target = Files.writeString(dir.resolve("notes.txt"), "old");

        assertThatThrownBy(() -> SafeFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("the writer failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(target)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
        }
    }

    @Test
    void theBackupIsTheVersionReplaced() throws IOException {
        Path target = Files.writeString(dir.resolve("ed.xml"), "<v1/>");

        SafeFiles.writeKeepingBackup(target, "<v2/>".getBytes(StandardCharsets.UTF_8));
        SafeFiles.writeKeepingBackup(target, "<v3/>".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("<v3/>");
        assertThat(Files.readString(dir.resolve("ed.xml~"))).isEqualTo("<v2/>");
    }

    @Test
    void theFolderIsMadeWhenMissing() throws IOException {
        Path target = dir.resolve("out/web/index.html");

        SafeFiles.write(target, "<html/>".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("<html/>");
    }
}
