package org.siglum.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading a file and writing it back gives the same bytes, whatever its encoding and line ends. */
class RoundTripTest {
    private static final String THAI = "ที่นี่ น้ำ กำ";
    private static final String BODY = "<!-- a comment -->\n<?pi some data?>\n"
            + "<!DOCTYPE TEI [\n  <!ENTITY ed \"the editor\">\n  <!ATTLIST p rend CDATA 'plain'>\n]>\n"
            + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:x='urn:x'>\n"
            + "  <p x:a='single' b=\"double\">" + THAI + " &ed; &#x0E01; \uD835\uDD04 \uD83D\uDE00</p>   \n"
            + "  <p><![CDATA[<not markup> & ]]></p>\t\n</TEI>";

    static Stream<Arguments> files() {
        String utf8Decl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        return Stream.of(
                Arguments.of("utf-8, LF, no final newline", bytes(utf8Decl + BODY, StandardCharsets.UTF_8)),
                Arguments.of("utf-8 with BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        bytes(utf8Decl + BODY + "\n", StandardCharsets.UTF_8))),
                Arguments.of("CRLF", bytes((utf8Decl + BODY).replace("\n", "\r\n"), StandardCharsets.UTF_8)),
                Arguments.of("CR", bytes((utf8Decl + BODY).replace("\n", "\r"), StandardCharsets.UTF_8)),
                Arguments.of("mixed line ends", bytes(utf8Decl + BODY.replaceFirst("\n", "\r\n").replaceFirst("\n", "\r"),
                        StandardCharsets.UTF_8)),
                Arguments.of("no declaration", bytes(BODY + "\n\n", StandardCharsets.UTF_8)),
                Arguments.of("UTF-16LE with BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        bytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n" + BODY, StandardCharsets.UTF_16LE))),
                Arguments.of("UTF-16BE with BOM", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                        bytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + BODY, StandardCharsets.UTF_16BE))),
                Arguments.of("UTF-16LE without BOM, declared", bytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
                        + BODY, StandardCharsets.UTF_16LE)),
                Arguments.of("ISO-8859-1 declared", bytes("<?xml version='1.0' encoding='ISO-8859-1'?>\n<r a='caf\u00e9'>"
                        + "\u00fcber \u00a0 \u00ff</r>\n", StandardCharsets.ISO_8859_1)),
                Arguments.of("windows-1252 declared", bytes("<?xml version='1.0' encoding='windows-1252'?><r>\u201cq\u201d "
                        + "\u20ac</r>", Charset.forName("windows-1252"))),
                Arguments.of("TIS-620 declared", bytes("<?xml version='1.0' encoding='TIS-620'?>\n<r>" + THAI + "</r>\n",
                        Charset.forName("TIS-620"))),
                Arguments.of("US-ASCII declared", bytes("<?xml version='1.0' encoding='US-ASCII'?><r>&#x0E01;</r>",
                        StandardCharsets.US_ASCII)),
                Arguments.of("trailing whitespace only lines", bytes("<r>  \n\t\n  </r>  \n  \n", StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readThenToBytesGivesTheSameBytes(String what, byte[] bytes) throws Exception {
        EditionDocument doc = EditionDocument.parse(bytes, what + ".xml");
        assertThat(doc.toBytes()).isEqualTo(bytes);
        assertThat(doc.problems()).filteredOn(Problem::isError).isEmpty();
    }

    @Test
    void theTextIsStoredUnnormalised() throws Exception {
        String text = "<r>\r\n a\rb\u0E19\u0E49\u0E33 e\u0301</r>";
        EditionDocument doc = EditionDocument.parse(bytes(text, StandardCharsets.UTF_8), "t.xml");
        assertThat(doc.text()).isEqualTo(text);
        XmlText t = (XmlText) doc.tree().root().orElseThrow().children().get(0);
        assertThat(t.text()).isEqualTo("\n a\nb\u0E19\u0E49\u0E33 e\u0301");
    }

    @Test
    void encodingIsReportedAsDetected() throws Exception {
        byte[] b = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes("<?xml version='1.0' encoding='UTF-16'?><r/>",
                StandardCharsets.UTF_16LE));
        SourceEncoding e = EditionDocument.parse(b, "x.xml").encoding();
        assertThat(e).isEqualTo(new SourceEncoding(StandardCharsets.UTF_16LE, true, "UTF-16"));
        assertThat(EditionDocument.parse(bytes("<r/>", StandardCharsets.UTF_8), "y").encoding())
                .isEqualTo(new SourceEncoding(StandardCharsets.UTF_8, false, null));
    }

    @Test
    void aFileReadFromDiskWritesBackIdentically(@TempDir Path dir) throws Exception {
        for (Arguments a : files().toList()) {
            byte[] bytes = (byte[]) a.get()[1];
            Path f = dir.resolve("f.xml");
            Files.write(f, bytes);
            assertThat(EditionDocument.read(f).toBytes()).as((String) a.get()[0]).isEqualTo(bytes);
        }
    }

    static byte[] bytes(String s, Charset cs) {
        return s.getBytes(cs);
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
