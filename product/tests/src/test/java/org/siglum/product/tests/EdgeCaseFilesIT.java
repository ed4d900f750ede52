package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files that editors and tools really write, each read by {@code siglum info}: right encoding, right counts, and
 * Siglum could save each one back byte for byte.
 */
class EdgeCaseFilesIT {

    private static final String BODY = "<text><body><div><head>บทที่ ๓</head><p>น้ำ กำ ที่นี่ <persName>เลนิน</persName>"
            + "<app><lem>ก</lem><rdg wit=\"#OCR\">ข</rdg></app> \uD835\uDD04 😀</p></div></body></text>";

    static Stream<Arguments> files() {
        String tei = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + BODY + "</TEI>";
        return Stream.of(
                Arguments.of("plain", tei, StandardCharsets.UTF_8, false, "UTF-8"),
                Arguments.of("bom", tei, StandardCharsets.UTF_8, true, "UTF-8"),
                Arguments.of("crlf", "<?xml version=\"1.0\"?>\r\n" + tei.replace("><", ">\r\n<") + "\r\n",
                        StandardCharsets.UTF_8, false, "UTF-8"),
                Arguments.of("cr-only", "<?xml version=\"1.0\"?>\r" + tei + "\r", StandardCharsets.UTF_8, false, "UTF-8"),
                Arguments.of("mixed-line-ends", "<?xml version='1.0'?>\n\r\n" + tei + "\r\n\n", StandardCharsets.UTF_8, false, "UTF-8"),
                Arguments.of("comments-cdata-pis", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<?xml-model href=\"siglum.rng\"?>\n<!-- before -->\n" + tei.replace("<body>",
                                "<body><!-- a - b, not two dashes --><?pi data?><![CDATA[<not> & markup]]>")
                        + "\n<!-- after -->", StandardCharsets.UTF_8, false, "UTF-8"),
                Arguments.of("doctype-internal-subset", "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n"
                        + "  <!ENTITY chapter \"บทที่\">\n  <!ATTLIST p rend CDATA 'x'>\n  <!-- c -->\n]>\n"
                        + tei.replace("บทที่ ๓", "&chapter; ๓"), StandardCharsets.UTF_8, false, "UTF-8"),
                Arguments.of("single-quotes-and-namespaces", "<tei:TEI xmlns:tei='http://www.tei-c.org/ns/1.0' "
                        + "xmlns:xi='http://www.w3.org/2001/XInclude'>" + BODY.replaceAll("<(/?)([a-zA-Z])", "<$1tei:$2")
                        .replace("wit=\"#OCR\"", "wit='#OCR'") + "</tei:TEI>", StandardCharsets.UTF_8, false, "UTF-8"),
                Arguments.of("no-final-newline-trailing-space", tei + "   ", StandardCharsets.UTF_8, false, "UTF-8"),
                Arguments.of("utf16le-bom", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + tei,
                        StandardCharsets.UTF_16LE, true, "UTF-16LE"),
                Arguments.of("utf16be-bom", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + tei,
                        StandardCharsets.UTF_16BE, true, "UTF-16BE"),
                Arguments.of("tis620", "<?xml version=\"1.0\" encoding=\"TIS-620\"?>\n"
                        + tei.replace(" \uD835\uDD04 😀", ""), Charset.forName("TIS-620"), false, "TIS-620"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void infoReadsTheFileAndCouldSaveItUnchanged(String name, String text, Charset charset, boolean bom, String reported,
            @TempDir Path dir) throws Exception {
        byte[] body = text.getBytes(charset);
        byte[] mark = bom ? "\uFEFF".getBytes(charset) : new byte[0];
        byte[] bytes = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, bytes, 0, mark.length);
        System.arraycopy(body, 0, bytes, mark.length, body.length);
        Path file = dir.resolve(name + ".xml");
        Files.write(file, bytes);

        Siglum.Run run = Siglum.run(dir, "info", file.getFileName().toString(), "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("\"charset\": \"" + reported + "\"", "\"bom\": " + bom, "\"wellFormed\": true",
                "\"lossless\": true", "\"divisions\": 1", "\"paragraphs\": 1", "\"apps\": 1", "\"readings\": 1",
                "\"names\": 1");
        assertThat(Files.readAllBytes(file)).as("info never writes").isEqualTo(bytes);
    }
}
