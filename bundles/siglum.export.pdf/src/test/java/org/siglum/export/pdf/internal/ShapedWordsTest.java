package org.siglum.export.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Pass 1 reads its lines back from FOP's area tree as the text was written, for the scripts FOP shapes: an Arabic
 * word's letters (not their presentation forms), a Devanagari syllable in its logical order (not the vowel sign i
 * before its consonant), a Syriac word with a dotted pthaha (not the private-use character FOP gives the mark's
 * variant), and the spaces between words. Laid out by FOP with the Noto fonts the environment script installs.
 */
class ShapedWordsTest {

    private static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/noto"), Path.of("/usr/share/fonts/truetype/tlwg"),
            Path.of("/usr/share/fonts/truetype/dejavu"));

    private static final String ARABIC = "وهو أنه وقد وقعت بعد ذلك في يد الإمام، فكتب إليه كتاباً طويلاً.";
    private static final String DEVANAGARI = "Cf. एककर्तुरसिद्धौ च सर्वज्ञत्वं किमाश्रयम् । and more";
    private static final String SYRIAC = "ܘܐܬܐ ܙܲܒܢܐ ܕܡܠܟܘܬܐ ܘܗܘܐ ܫܠܡܐ ܒܥܠܡܐ";

    private static List<String> lines(String language, boolean rightToLeft, String... paragraphs) throws Exception {
        return markedLines(language, rightToLeft, java.util.Arrays.stream(paragraphs)
                .map(org.siglum.core.Xml::escapeText).toArray(String[]::new));
    }

    /** The lines of paragraphs given as formatting objects. */
    private static List<String> markedLines(String language, boolean rightToLeft, String... paragraphs)
            throws Exception {
        StringBuilder galleyXml = new StringBuilder("""
                <sg:book xmlns:sg="urn:siglum:print" xmlns:fo="http://www.w3.org/1999/XSL/Format"><sg:galley>""");
        for (int i = 0; i < paragraphs.length; i++) {
            galleyXml.append("<fo:block id=\"blk-").append(i).append("\" sg:kind=\"p\">")
                    .append(paragraphs[i]).append("</fo:block>");
        }
        galleyXml.append("</sg:galley></sg:book>");
        var book = Dom.parse(galleyXml.toString(), false);
        FopEngine fop = FopEngine.create(FONTS, "NotoSerif", true);
        String chain = fop.coverage().chainFor(Dom.characters(book), fop.fontFamily());
        BookDesign design = new BookDesign(PageFormat.A5, chain, fop.coverage(), language, rightToLeft);
        design.separateScripts(book);
        Galley galley = new Galley(book);
        List<String> out = new ArrayList<>();
        for (PrintedLine line : new LineSetter(design, fop).lines(galley, d -> { })) {
            out.add(line.content());
        }
        return out;
    }

    /** The lines' text as one, without the markup and the zero-width spaces the composer adds. */
    private static String text(List<String> lines) {
        return Pattern.compile("<[^>]+>").matcher(String.join(" ", lines)).replaceAll("").replace("\u200B", "")
                .replaceAll(" +", " ").trim();
    }

    @Test
    void anArabicParagraphIsReadBackAsItsLettersAndSpaces() throws Exception {
        List<String> lines = lines("ar", true, ARABIC + " " + ARABIC + " " + ARABIC);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(text(lines)).isEqualTo(ARABIC + " " + ARABIC + " " + ARABIC);
    }

    @Test
    void devanagariInALatinLineKeepsItsLogicalOrder() throws Exception {
        List<String> lines = lines("en", false, DEVANAGARI);
        assertThat(text(lines)).isEqualTo(DEVANAGARI);
    }

    @Test
    void aSyriacMarkVariantIsReadBackAsTheMark() throws Exception {
        List<String> lines = lines("syr", true, SYRIAC);
        assertThat(text(lines)).isEqualTo(SYRIAC).doesNotContain("\uE000");
    }

    @Test
    void aWordTheMainFamilyLacksStandsOnTheLinesBaseline() throws Exception {
        FopEngine fop = FopEngine.create(FONTS, "NotoSerif", true);
        String chain = fop.coverage().chainFor(DEVANAGARI.codePoints(), fop.fontFamily());
        BookDesign design = new BookDesign(PageFormat.A5, chain, fop.coverage(), "en", false);
        StringBuilder fo = new StringBuilder();
        design.openRoot(fo);
        fo.append("<fo:page-sequence master-reference=\"page\"><fo:flow flow-name=\"xsl-region-body\"><fo:block>")
                .append(DEVANAGARI).append("</fo:block></fo:flow></fo:page-sequence></fo:root>");
        var areaTree = fop.areaTree(design.parse(fo.toString()), d -> { });
        var texts = areaTree.getElementsByTagName("text");
        List<String> families = new ArrayList<>();
        java.util.Set<Integer> baselines = new java.util.TreeSet<>();
        for (int i = 0; i < texts.getLength(); i++) {
            var text = (org.w3c.dom.Element) texts.item(i);
            families.add(text.getAttribute("font-name"));
            // where the text's baseline stands in its line: its own and its inlines' offsets
            int y = Integer.parseInt(text.getAttribute("baseline"));
            for (org.w3c.dom.Node n = text; n instanceof org.w3c.dom.Element e && !"lineArea".equals(e.getTagName());
                    n = n.getParentNode()) {
                y += e.getAttribute("offset").isEmpty() ? 0 : Integer.parseInt(e.getAttribute("offset"));
            }
            baselines.add(y);
        }
        assertThat(families).contains("NotoSerif", "NotoSerifDevanagari");
        // FOP sets a word it falls back for on baseline 0, at the top of the line
        assertThat(baselines).as("the baselines of the line's texts").hasSize(1);
    }

    @Test
    void aCompoundLongerThanTheLineIsBrokenWithAHyphenAndNoLetterIsLost() throws Exception {
        String compound = "tribhuvanacūḍāmaṇībhūtasaparikaraheyopādeyatattvajñapuruṣapuṇḍarīka-prasādhanād";
        String text = "yāvad ākāśaṃ jagadicchann api " + compound + " apy ity antarnayann āha";
        List<String> lines = lines("sa-Latn", false, text);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines).replaceAll("<[^>]+>", "").replaceAll("[\\s\u00AD-]", ""))
                .isEqualTo(text.replaceAll("[\\s-]", ""));
        // a line of the measure holds no more than some fifty letters: none is the compound's first sixty-five
        assertThat(lines).allMatch(l -> l.length() < 60, "every line fits the measure");
        assertThat(lines).anyMatch(l -> l.matches(".*\\p{L}-$"));
    }

    @Test
    void aDeletionIsStruckThroughOnItsPrintedLine() throws Exception {
        List<String> lines = markedLines("en", false,
                "kept <fo:inline text-decoration=\"line-through\">struck</fo:inline> and <fo:inline"
                        + " font-style=\"italic\">slanted</fo:inline> words");
        assertThat(String.join(" ", lines)).contains("<fo:inline text-decoration=\"line-through\">struck</fo:inline>",
                "<fo:inline font-style=\"italic\">slanted</fo:inline>");
    }
}
