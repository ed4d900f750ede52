package org.siglum.ocr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siglum.core.XmlTree;
import org.siglum.ocr.ImportOptions;
import org.siglum.witness.internal.TeiWitnessText;

/**
 * Any text imports to a well-formed edition whose OCR witness gives the text back, white space collapsed: generated
 * OCR-like texts from a seeded random generator (Thai and Latin words, blank lines mid-sentence and mid-word, hard
 * line breaks, superscript digits, markup characters, characters XML cannot hold, CRLF and lone CRs).
 */
class LosslessImportTest {

    private static final String[] THAI = {"การ", "เครื่อง", "มือ", "เลือก", "ตั้ง", "สตาลิน", "ที่", "ได้แก่", "นโยบาย",
            "เศรษฐกิจ", "ใหม่", "ความ", "ระหว่าง", "ของ", "บทที่", "คามิเนฟ", "ๆ", "ค.ศ.", "๒๔๗๕", "ซีโนเวียฟ"};
    private static final String[] LATIN = {"New", "Economic", "Policy", "N.E.P.", "(LEF-", "Art)", "Lunacharsky", "café",
            "Ærø", "x"};
    private static final String[] ODD = {"<", "&", "]]>", "&amp;", "<p>", "\"", "'", "\u0001", "\u0007", "\u000B",
            "\u001F", "\uFFFE", "\uFFFF", "\uD800", "\uDC00", "\uD83D\uDE00", "\u00A0", "\u2028", "\u0085", "\t",
            "মন্ত্রী", "روت", "¹", "²⁶", "⁰", "\u200B", "\uFEFF"};
    private static final String[] BREAKS = {" ", " ", " ", "", "\n", "\r\n", "\r", "\n\n", "\n \n", "\r\n\r\n", "\n\n\n",
            "\n\t\n"};

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 1000L + i);
    }

    static String generate(long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int tokens = random.nextInt(120);
        for (int i = 0; i < tokens; i++) {
            int kind = random.nextInt(10);
            String[] pool = kind < 5 ? THAI : kind < 7 ? LATIN : kind < 8 ? ODD : BREAKS;
            sb.append(pool[random.nextInt(pool.length)]);
            if (random.nextInt(4) == 0) {
                sb.append(BREAKS[random.nextInt(BREAKS.length)]);
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theOcrWitnessOfAnImportedTextIsTheText(long seed) {
        String text = generate(seed);
        String xml = new PlainTextOcrImporter().importText(text, ImportOptions.defaults());
        XmlTree tree = XmlTree.parse(xml);
        assertThat(tree.problems()).as("seed %d:%n%s", seed, xml).isEmpty();
        String witness = new TeiWitnessText().text(tree, "OCR");
        assertThat(Seed.collapse(witness)).as("seed %d:%n%s", seed, xml).isEqualTo(Seed.collapse(text));
    }

    @Test
    void theEmptyTextImportsToAnEmptyEdition() {
        XmlTree tree = XmlTree.parse(new PlainTextOcrImporter().importText("", ImportOptions.defaults()));
        assertThat(tree.problems()).isEmpty();
        assertThat(new TeiWitnessText().text(tree, "OCR")).isBlank();
    }

    @Test
    void anotherSiglumNamesTheWitnessAndItsLayout() {
        String xml = new PlainTextOcrImporter().importText("ก\nข", new ImportOptions("th", "P1", "T", "a.txt"));
        assertThat(xml).contains("<witness xml:id=\"P1\">", "<lb edRef=\"#P1\"/>").doesNotContain("#OCR");
    }
}
