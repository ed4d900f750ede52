package org.siglum.ui.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.ui.workbench.internal.edition.EditionOpenException;
import org.siglum.ui.workbench.internal.edition.TextEdition;

class TextEditionTest {

    @TempDir
    Path dir;

    @Test
    void anEditingSessionIsDirtyUntilSavedAndUndoRestoresTheText() throws Exception {
        Path file = Files.writeString(dir.resolve("a.xml"), Samples.CHAPTER);
        TextEdition edition = TextEdition.read(file);
        assertThat(edition.isDirty()).isFalse();
        edition.document().replace(0, 0, "\n");
        assertThat(edition.isDirty()).isTrue();
        edition.undo();
        assertThat(edition.document().get()).isEqualTo(Samples.CHAPTER);
        assertThat(edition.isDirty()).isFalse();
        edition.redo();
        edition.save();
        assertThat(edition.isDirty()).isFalse();
        assertThat(Files.readString(file)).isEqualTo("\n" + Samples.CHAPTER);
        assertThat(Files.list(dir)).hasSize(1);
    }

    @Test
    void aTextThatIsNotWellFormedOpensWithItsProblem() throws Exception {
        Path file = Files.writeString(dir.resolve("b.xml"), "<TEI>\n<p>ก</TEI>");
        TextEdition edition = TextEdition.read(file);
        assertThat(edition.problems()).hasSize(1);
        assertThat(edition.problems().get(0).line()).isEqualTo(2);
        assertThat(edition.problems().get(0).message()).contains("p");
        edition.document().set("<TEI><p>ก</p></TEI>");
        assertThat(edition.problems()).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithAMessage() throws Exception {
        Path file = Files.write(dir.resolve("c.xml"), "<p>\u0e01</p>".getBytes("x-IBM874"));
        assertThatThrownBy(() -> TextEdition.read(file))
                .isInstanceOf(EditionOpenException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void locateCountsLinesAndColumnsFromOne() throws Exception {
        TextEdition edition = TextEdition.read(Files.write(dir.resolve("d.xml"),
                "<a>\nกข</a>".getBytes(StandardCharsets.UTF_8)));
        assertThat(edition.locate(6).toString()).isEqualTo("2:3");
    }
}
