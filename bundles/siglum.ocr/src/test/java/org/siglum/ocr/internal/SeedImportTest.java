package org.siglum.ocr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;
import org.siglum.ocr.ImportOptions;
import org.siglum.witness.internal.TeiWitnessText;

/** The seed chapter, imported: structure as labelled in samples/README-labels.md, and the OCR witness given back. */
class SeedImportTest {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    static String seed;
    static XmlTree tree;

    @BeforeAll
    static void importSeed() throws Exception {
        seed = Seed.text();
        tree = XmlTree.parse(new PlainTextOcrImporter().importText(seed, ImportOptions.defaults()));
    }

    @Test
    void theEditionIsWellFormed() {
        assertThat(tree.problems()).isEmpty();
    }

    @Test
    void theOcrWitnessGivesBackTheSeed() {
        String witness = new TeiWitnessText().text(tree, "OCR");
        assertThat(Seed.collapse(witness)).isEqualTo(Seed.collapse(seed));
    }

    @Test
    void theChapterHeadingAndTheThreeSectionHeadingsAreHeads() {
        List<String> heads = new ArrayList<>();
        for (XmlElement head : tree.elementsNamed(TEI, "head")) {
            heads.add(head.textContent().replaceAll("\\s+", " "));
        }
        assertThat(heads).hasSize(4);
        assertThat(heads.get(0)).startsWith("บทที่ 3นโยบายเศรษฐกิจใหม่"); // the lb and the running head's reading
        assertThat(heads.subList(1, 4)).containsExactly("นโยบายเศรษฐกิจใหม่",
                "โครงสร้างทางการเมืองและการต่อสู้เพื่อสืบอำนาจต่อจากเลนิน", "วัฒนธรรม");
        assertThat(tree.elementsNamed(TEI, "div")).hasSize(4);
        assertThat(tree.elementsNamed(TEI, "app")).singleElement()
                .satisfies(app -> assertThat(app.attribute("type")).contains("running-head"));
    }

    /**
     * The page breaks inside paragraphs are exactly the labelled ones (blank lines 9, 15, 19, 35, 43, 53, 67, 73,
     * 77, 111, 115 mid-sentence, 121 mid-word) and blank line 25, which splits เลือกตั้ง (the labels list it
     * among the notes on mid-sentence breaks).
     */
    @Test
    void pageBreaksAreFoundWhereThePageSplitAParagraphAndNowhereElse() {
        List<String> joins = new ArrayList<>();
        List<String> inWord = new ArrayList<>();
        for (XmlElement pb : tree.elementsNamed(TEI, "pb")) {
            if (pb.parent().is(TEI, "rdg")) {
                continue; // the running head's
            }
            String after = tree.text(pb.end(), pb.end() + 6);
            joins.add(after);
            if ("no".equals(pb.attribute("break").orElse(""))) {
                inWord.add(after);
            }
        }
        assertThat(joins).containsExactly("ที่ฐาน", "ได้แก่", "ขึ้นได", "ตั้งผู", "สตาลิน", "วิธีปร", "เดินขบ",
                "กรมอาช", "กิจกรร", "ปัจเจก", "<forei", "เพศอยู", "มือหนี");
        assertThat(inWord).containsExactly("ตั้งผู", "มือหนี");
    }

    @Test
    void theFiveMarkersAreAnchorsWithTheirNumbers() {
        List<String> numbers = new ArrayList<>();
        for (XmlElement anchor : tree.elementsNamed(TEI, "anchor")) {
            numbers.add(anchor.attribute("n").orElseThrow());
        }
        assertThat(numbers).containsExactly("26", "26", "27", "28", "29");
    }

    @Test
    void latinRunsAreForeign() {
        List<String> foreign = new ArrayList<>();
        for (XmlElement f : tree.elementsNamed(TEI, "foreign")) {
            foreign.add(f.attribute("xml:lang").orElseThrow() + ":" + f.textContent());
        }
        assertThat(foreign).contains("en:New Economic Policy N.E.P.", "en:Anatoly Lunacharsky");
    }
}
