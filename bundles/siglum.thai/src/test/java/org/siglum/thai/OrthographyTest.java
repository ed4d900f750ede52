package org.siglum.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class OrthographyTest {

    @Test
    void wellSpelledThaiHasNoFault() {
        assertThat(Orthography.check("น้ำ แม่ เชิดชู สิทธิ์ ก๋วยเตี๋ยว กำลัง ทำ ไม้ เลือก")).isEmpty();
    }

    @Test
    void twoSaraEAreOcrsSaraAe() {
        assertThat(Orthography.check("เเตก")).containsExactly(new SpellingFault(0, 2, "เเ (two sara e) for แ", Optional.of("แ")));
    }

    @Test
    void aDoubledToneMarkIsAFaultAndItsRepairDropsOne() {
        SpellingFault fault = Orthography.check("ไม่่ได้").get(0);
        assertThat(fault.offset()).isEqualTo(1);
        assertThat(fault.rule()).isEqualTo("a mark is doubled");
        assertThat(fault.replacement()).contains("ม่");
    }

    @Test
    void twoDifferentToneMarksAreAFault() {
        assertThat(Orthography.check("ก่้า")).extracting(SpellingFault::rule).containsExactly("two tone marks on one consonant");
    }

    @Test
    void aMarkAfterASpaceHasNoConsonant() {
        assertThat(Orthography.check("ก ้า")).extracting(SpellingFault::rule).containsExactly("a tone mark with no consonant");
    }

    @Test
    void aVowelAfterThanthakhatIsTheSeedsCheka() {
        SpellingFault fault = Orthography.check("ซีการ์ายงาน").get(0);
        assertThat(fault.rule()).isEqualTo("a vowel after thanthakhat");
        assertThat("ซีการ์ายงาน".substring(fault.offset(), fault.offset() + fault.length())).isEqualTo("ร์า");
        assertThat(fault.replacement()).contains("รา");
    }

    @Test
    void aPreposedVowelNeedsAConsonant() {
        assertThat(Orthography.check("เ ก")).extracting(SpellingFault::rule).containsExactly("a preposed vowel with no consonant after it");
    }
}
