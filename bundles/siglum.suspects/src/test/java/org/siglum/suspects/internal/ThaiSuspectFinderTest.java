package org.siglum.suspects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.core.EditionDocument;
import org.siglum.suspects.Signal;
import org.siglum.suspects.Suspect;

class ThaiSuspectFinderTest {

    private final ThaiSuspectFinder finder = new ThaiSuspectFinder();

    @Test
    void aBengaliLetterInsideAThaiWordMakesTheWordSuspectWithALookAlikeCorrection() {
        String text = "รัฐมন্ত্রী ว่าการ";
        List<Suspect> found = finder.find(text);
        assertThat(found).hasSize(1);
        Suspect s = found.get(0);
        assertThat(s.reasons()).extracting(r -> r.signal()).contains(Signal.MIXED_SCRIPT);
        assertThat(s.reasons().get(0).detail()).contains("Bengali");
        assertThat(s.form()).contains("ন্ত্রী");
        assertThat(s.suggestion()).hasValueSatisfying(v -> assertThat(v).endsWith("มนตรี"));
    }

    @Test
    void arabicLettersInATransliteratedNameAreFound() {
        Suspect s = finder.find("นายทروتสกี กล่าว").get(0);
        assertThat(s.form()).isEqualTo("ทروتสกี");
        assertThat(s.suggestion()).contains("ทรอตสกี");
    }

    @Test
    void aLatinNameInBracketsIsNotSuspect() {
        assertThat(finder.find("ลูนาชาร์สกี (Anatoly Lunacharsky) กล่าว")).isEmpty();
    }

    @Test
    void twoSaraEForSaraAeIsSuspectAndCorrected() {
        Suspect s = finder.find("ความเเตกต่าง").get(0);
        assertThat(s.reasons()).extracting(r -> r.signal()).containsExactly(Signal.IMPOSSIBLE_SEQUENCE);
        assertThat(s.suggestion().orElseThrow()).contains("แตก");
    }

    @Test
    void aDoubledToneMarkIsSuspect() {
        Suspect s = finder.find("เขาไม่่มา").get(0);
        assertThat(s.reasons().get(0).detail()).isEqualTo("a mark is doubled");
        assertThat(s.suggestion().orElseThrow()).contains("ไม่").doesNotContain("่่");
    }

    @Test
    void aDoubledWordIsSuspectButReduplicationWithMaiYamokIsNot() {
        Suspect s = finder.find("กำหนดภาษีภาษีประเภท").get(0);
        assertThat(s.form()).isEqualTo("ภาษีภาษี");
        assertThat(s.suggestion()).contains("ภาษี");
        assertThat(finder.find("ต่างๆ กันไป")).isEmpty();
    }

    @Test
    void aRareFormOneLetterFromAFrequentNameIsSuspect() {
        String text = "บูคาริน กล่าว บูคาริน เขียน บูคาริน ตอบ บูคาริน ยืน บูคาริน นั่ง และบูคาลิน ก็ไป";
        Suspect s = finder.find(text).get(0);
        assertThat(s.form()).contains("บูคาลิน");
        assertThat(s.reasons()).extracting(r -> r.signal()).contains(Signal.RARE_VARIANT);
        assertThat(s.suggestion().orElseThrow()).contains("บูคาริน");
    }

    @Test
    void cleanThaiHasNoSuspects() {
        assertThat(finder.find("นโยบายเศรษฐกิจใหม่ของรัฐบาลโซเวียตในปี ค.ศ. 1921")).isEmpty();
    }

    @Test
    void suspectsAreRankedByScore() {
        List<Suspect> found = finder.find("ภาษีภาษี และ ทروتสกี");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).score()).isGreaterThan(found.get(1).score());
        assertThat(found.get(0).form()).isEqualTo("ทروتสกี");
    }

    @Test
    void inAnEditionOffsetsAreDocumentOffsetsAndReadingsAndNotesAreLeftOut(@TempDir Path dir) throws Exception {
        String xml = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><title>ทروتสกี</title></teiHeader><text><body>"
                + "<p>นาย<persName>ทروتสกี</persName> กล่าว<app><lem>ดี</lem><rdg wit=\"#OCR\">ভাল</rdg></app>"
                + "<note>ภาษีภาษี</note></p></body></text></TEI>";
        Path file = dir.resolve("e.xml");
        Files.writeString(file, xml);
        List<Suspect> found = finder.find(EditionDocument.read(file));
        assertThat(found).hasSize(1);
        Suspect s = found.get(0);
        assertThat(xml.substring(s.offset(), s.end())).isEqualTo("ทروتสกี");
        assertThat(s.offset()).isEqualTo(xml.indexOf("<persName>") + "<persName>".length());
    }

    @Test
    void oneSignalScoresItsWeightAndTwoCombineAsIndependentEvidence() {
        assertThat(finder.find("ภาษีภาษี").get(0).score()).isEqualTo(Signal.DOUBLED.weight());
        // a Bengali letter in a word whose tone mark is doubled: 1 - (1 - 0.9)(1 - 0.85)
        Suspect both = finder.find("ไม่่ন").get(0);
        assertThat(both.reasons()).extracting(r -> r.signal())
                .containsExactly(Signal.MIXED_SCRIPT, Signal.IMPOSSIBLE_SEQUENCE);
        assertThat(both.score()).isEqualTo(0.985);
    }

    @Test
    void lettersTheOcrEngineWasUnsureOfAreSuspectsWithTheirConfidenceAndRunningHeadsAreNot() {
        String source = """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><pb n="๕๐" facs="#f2"/><lb facs="#l1"/>\
                <fw type="pageNum" facs="#l1">๕๐ </fw><fw type="header" facs="#l1">ประวัติศาสตร์ค์</fw>\
                <lb facs="#l2"/>ผู้คนส่วนหนึ่งได้เลือก<lb facs="#l3" break="no"/>ละทิ้งประเทศ \
                ล<seg type="ocr-unsure" cert="0.40" facs="#w1">ี</seg>้ภัยเป็นพวก</p></body></text></TEI>""";
        List<Suspect> found = finder.find(EditionDocument.ofText(source, "imported.xml"));
        Suspect unsure = found.stream().filter(s -> s.reasons().stream()
                .anyMatch(r -> r.signal() == Signal.OCR_UNSURE)).findFirst().orElseThrow();
        assertThat(source.substring(unsure.offset(), unsure.end())).contains("\u0E35");
        assertThat(unsure.reasons()).anyMatch(r -> r.detail().contains("40 %"));
        // the running head (its doubled mark) is not the text; a word the line break splits is one word
        assertThat(found).noneMatch(s -> source.substring(s.offset(), s.end()).contains("ค์"));
        assertThat(found).noneMatch(s -> s.form().contains("เลือก") || s.form().contains("ละทิ้ง"));
    }
}
