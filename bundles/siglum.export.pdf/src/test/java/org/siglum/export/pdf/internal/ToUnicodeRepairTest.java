package org.siglum.export.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader copies from the PDF the characters that were printed, also where FOP set a glyph that no character maps
 * to: a Devanagari conjunct (a ligature of three characters), a reph, a Syriac pthaha that the font draws as two
 * glyphs. The PDF is made by FOP with the Noto fonts the environment script installs and read back with poppler's
 * {@code pdftotext}, as a reader's viewer would.
 */
class ToUnicodeRepairTest {

    private static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/noto"),
            Path.of("/usr/share/fonts/truetype/tlwg"), Path.of("/usr/share/fonts/truetype/dejavu"));

    @TempDir
    Path dir;

    private byte[] pdf(String family, String language, String text) throws Exception {
        String fo = """
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
                  <fo:layout-master-set><fo:simple-page-master master-name="p" page-width="150mm" page-height="200mm"
                    margin="20mm"><fo:region-body/></fo:simple-page-master></fo:layout-master-set>
                  <fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body">
                    <fo:block font-family="%s" language="%s" font-size="12pt">%s</fo:block>
                  </fo:flow></fo:page-sequence>
                </fo:root>""".formatted(family, language, org.siglum.core.Xml.escapeText(text));
        FopEngine engine = FopEngine.create(FONTS, "NotoSerif", true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        engine.pdf(Dom.parse(fo, false), out, d -> { });
        return out.toByteArray();
    }

    private String printed(String family, String language, String text) throws Exception {
        Path pdf = dir.resolve("out.pdf");
        Files.write(pdf, pdf(family, language, text));
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String read = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(read).isZero();
        return read;
    }

    private static boolean privateUse(String s) {
        return s.codePoints().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF);
    }

    @Test
    void devanagariConjunctsAreCopiedAsTheirCharacters() throws Exception {
        String read = printed("NotoSerifDevanagari", "sa", "क्ष्म्य सर्वज्ञत्वं एककर्तुरसिद्धौ");
        assertThat(privateUse(read)).as(read).isFalse();
        assertThat(read).contains("क्ष").contains("ज्ञ").contains("र्");
    }

    @Test
    void aSyriacMarkDrawnAsTwoGlyphsIsCopiedOnce() throws Exception {
        String read = printed("NotoSansSyriac", "syc", "ܙܲܒܢܐ ܒܲܝܢܬ݀");
        assertThat(privateUse(read)).as(read).isFalse();
        assertThat(read.codePoints().filter(c -> c == 0x0732).count()).as(read).isEqualTo(2);
        assertThat(read).contains("ܙ").contains("ܒ").contains("ܢ");
    }

    @Test
    void aPdfWithoutShapedGlyphsIsLeftAsFopWroteIt() throws Exception {
        String latin = new String(pdf("NotoSerif", "en", "Plain Latin text."), StandardCharsets.ISO_8859_1);
        assertThat(latin.split("startxref", -1)).as("one cross-reference section").hasSize(2);
        String syriac = new String(pdf("NotoSansSyriac", "syc", "ܙܲܒܢܐ"), StandardCharsets.ISO_8859_1);
        assertThat(syriac.split("startxref", -1)).as("FOP's PDF and the update").hasSize(3);
        assertThat(syriac).contains("/Prev " + syriac.substring(syriac.indexOf("startxref") + 10).trim().split("\\s+")[0]);
    }
}
