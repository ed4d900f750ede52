package org.siglum.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not XML text give clear messages with file, line and column. */
class BadInputTest {

    @Test
    void latin1BytesInAFileThatClaimsUtf8NameTheByteAndItsPlace(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.xml");
        Files.write(f, "<?xml version='1.0' encoding='UTF-8'?>\n<r>\n  <p>caf\u00e9</p>\n</r>"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> EditionDocument.read(f)).isInstanceOfSatisfying(EditionException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(
                    "bad.xml:3:9: not valid UTF-8 (byte 0xE9); is the file in another encoding?");
            assertThat(e.file()).isEqualTo("bad.xml");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(9);
        });
    }

    @Test
    void aBinaryFileIsReportedAsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> EditionDocument.parse(png, "image.png"))
                .isInstanceOf(EditionException.class).hasMessageStartingWith("image.png:2:1: this is a binary file");
        byte[] nul = "<r>a\0b</r>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EditionDocument.parse(nul, "n.xml"))
                .hasMessage("n.xml:1:5: this is a binary file, not XML text (byte 0x00 is a control character XML forbids)");
    }

    @Test
    void aControlCharacterInUtf16IsReportedAsBinary() {
        byte[] b = RoundTripTest.concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "<r>\u0007</r>".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> EditionDocument.parse(b, "c.xml")).hasMessageStartingWith("c.xml:1:4: this is a binary");
    }

    @Test
    void anEmptyFileOpensAsAnEmptyDocumentWithOneProblem(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("empty.xml");
        Files.write(f, new byte[0]);
        EditionDocument doc = EditionDocument.read(f);
        assertThat(doc.text()).isEmpty();
        assertThat(doc.toBytes()).isEmpty();
        assertThat(doc.problems()).extracting(Problem::toString)
                .containsExactly("1:1: error: the document is empty: there is no root element");
        assertThat(doc.tree().root()).isEmpty();
    }

    @Test
    void utf16WithoutBomOrDeclarationIsRecognisedAndExplained() {
        byte[] b = "<r>text</r>".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> EditionDocument.parse(b, "u16.xml"))
                .hasMessageStartingWith("u16.xml:1:2: this looks like UTF-16 without a byte-order mark");
    }

    @Test
    void utf16DeclaredWithoutBomInAnAsciiFileIsRefused() {
        byte[] b = "<?xml version='1.0' encoding='UTF-16'?><r/>".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> EditionDocument.parse(b, "d.xml"))
                .hasMessageStartingWith("d.xml:1:1: declares encoding 'UTF-16' but has no byte-order mark");
    }

    @Test
    void anUnknownDeclaredEncodingIsNamed() {
        byte[] b = "<?xml version='1.0' encoding='klingon-8'?><r/>".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> EditionDocument.parse(b, "k.xml")).hasMessageContaining("'klingon-8'");
    }

    @Test
    void aFileCutInTheMiddleOfACharacterSaysItMayBeTruncated() {
        byte[] whole = "<r>น้ำ</r>".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, 5);
        assertThatThrownBy(() -> EditionDocument.parse(cut, "cut.xml"))
                .hasMessage("cut.xml:1:4: the file ends in the middle of a UTF-8 character (byte 0xE0); is it truncated?");
    }

    @Test
    void aFileCutInTheMiddleOfTheMarkupOpensWithProblems() throws Exception {
        String xml = "<TEI xmlns='http://www.tei-c.org/ns/1.0'><text><body><p>บทที่ 3</p><p>เมื่อสงคราม";
        EditionDocument doc = EditionDocument.parse(xml.getBytes(StandardCharsets.UTF_8), "cut.xml");
        assertThat(doc.problems()).extracting(Problem::toString).containsExactly(
                "1:68: error: element 'p' is not closed: the document ends before its end tag </p>",
                "1:82: error: 3 enclosing elements are not closed either (body, text, TEI)");
        assertThat(doc.tei().paragraphs()).isEqualTo(2);
        assertThat(doc.toBytes()).isEqualTo(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWindows1252UndefinedByteIsReported() {
        byte[] b = "<?xml version='1.0' encoding='windows-1252'?><r>\u0081</r>".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> EditionDocument.parse(b, "w.xml")).hasMessageStartingWith("w.xml:1:49: ")
                .hasMessageContaining("0x81");
    }

    @Test
    void markupCutOffAfterItsFirstCharactersIsAProblemNotACrash() {
        // found by the fuzz test (product/fuzz): "<?" at the very end read past the text
        for (String text : new String[] {"<?", "<lb/><?", "<r><?", "<r><!", "<r></", "<", "<r>&", "<r>&#", "<!DOCTYPE"}) {
            XmlTree tree = XmlTree.parse(text);
            assertThat(tree.problems()).as(text).isNotEmpty();
        }
    }
}
