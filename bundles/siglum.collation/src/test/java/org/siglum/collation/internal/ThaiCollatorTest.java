package org.siglum.collation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.siglum.collation.Collation;
import org.siglum.collation.CollationOptions;
import org.siglum.collation.Reading;
import org.siglum.collation.VariantPlace;
import org.siglum.collation.Witness;

class ThaiCollatorTest {

    private final ThaiCollator collator = new ThaiCollator();

    private Collation collate(String... texts) {
        List<Witness> witnesses = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            witnesses.add(new Witness(String.valueOf((char) ('A' + i)), texts[i]));
        }
        return collator.collate(witnesses, CollationOptions.thai());
    }

    private static List<String> readings(VariantPlace place) {
        return place.readings().stream().map(Reading::text).toList();
    }

    @Test
    void aMissingWordIsOnePlaceWithAnEmptyReading() {
        Collation c = collate("ก ข ค", "ก ค");
        assertThat(c.places()).hasSize(1);
        assertThat(readings(c.places().get(0))).containsExactly("ข", "");
        assertThat(c.places().get(0).lemma().start()).isEqualTo(2);
    }

    @Test
    void anAddedWordIsOnePlaceWithAnEmptyLemma() {
        Collation c = collate("ก ค", "ก ข ค");
        assertThat(c.places()).hasSize(1);
        assertThat(readings(c.places().get(0))).containsExactly("", "ข");
    }

    @Test
    void aChangedWordIsOnePlace() {
        Collation c = collate("a b c d", "a x c d");
        assertThat(c.places()).extracting(ThaiCollatorTest::readings).containsExactly(List.of("b", "x"));
    }

    @Test
    void differencesOfWhiteSpaceAloneAreNoVariant() {
        assertThat(collate("นโยบาย เศรษฐกิจ\nใหม่", "นโยบายเศรษฐกิจ  ใหม่").places()).isEmpty();
        assertThat(collate("การปกครอง", "การปก ครอง").places()).isEmpty();
    }

    @Test
    void aOneLetterOcrErrorInsideAThaiWordGivesExactlyOneEntryForThatWord() {
        String sound = "ในปี ค.ศ. 1921 สถานการณ์เช่นนี้ทำให้คนไม่พอใจ";
        String damaged = "ในปี ค.ศ. 1921 สอดานการณ์เช่นนี้ทำให้คนไม่พอใจ";
        Collation c = collate(sound, damaged);
        assertThat(c.places()).hasSize(1);
        assertThat(readings(c.places().get(0))).containsExactly("สถานการณ์", "สอดานการณ์");
        Reading ocr = c.places().get(0).readings().get(1);
        assertThat(damaged.substring(ocr.start(), ocr.end())).isEqualTo("สอดานการณ์");
    }

    @Test
    void aDamagedNameThatIcuCutsIntoFragmentsGivesTheWholeName() {
        Collation c = collate("และบูคาริน กล่าวว่า", "และบูคาลิน กล่าวว่า");
        assertThat(c.places()).hasSize(1);
        assertThat(readings(c.places().get(0))).containsExactly("บูคาริน", "บูคาลิน");
    }

    @Test
    void twoDamagedWordsApartGiveTwoEntries() {
        Collation c = collate("รัฐบาลพิมพ์ธนบัตรมาใช้จ่าย ทำให้เกิดเงินเฟ้อ ชาวนาชาวไร่ทั่วรัสเซีย",
                "รัฐบาลพิมพ์ธนบัตรมาใช้จ่าย ทำให้เกิดเงินเพ้อ ชาวนาชาวไรทั่วรัสเซีย");
        assertThat(c.places()).hasSize(2);
    }

    @Test
    void threeWitnessesShareAPlaceWhereTheyDifferAtTheSameWord() {
        Collation c = collate("ก ข ค ง", "ก ฃ ค ง", "ก ข ค");
        assertThat(c.places()).hasSize(2);
        VariantPlace first = c.places().get(0);
        assertThat(readings(first)).containsExactly("ข", "ฃ", "ข");
        assertThat(first.groups()).hasSize(2);
        assertThat(first.groups().get(0)).extracting(Reading::witness).containsExactly("A", "C");
        assertThat(readings(c.places().get(1))).containsExactly("ง", "ง", "");
    }

    @Test
    void eachChangedWordIsItsOwnPlaceAcrossWitnesses() {
        Collation c = collate("a b c d e", "a x y d e", "a b z w e");
        assertThat(c.places()).extracting(ThaiCollatorTest::readings)
                .containsExactly(List.of("b", "x", "b"), List.of("c", "y", "z"), List.of("d", "d", "w"));
    }

    @Test
    void aReplacementOfTwoWordsByThreeOverlapsAnotherWitnessesChangeInOnePlace() {
        Collation c = collate("a b c d e", "a p q r d e", "a b z e");
        assertThat(c.places()).hasSize(1);
        assertThat(readings(c.places().get(0))).containsExactly("b c d", "p q r d", "b z");
    }

    @Test
    void identicalWitnessesHaveNoPlaces() {
        assertThat(collate("นโยบายเศรษฐกิจใหม่", "นโยบายเศรษฐกิจใหม่").places()).isEmpty();
    }

    @Test
    void fewerThanTwoWitnessesOrTwoWithOneSiglumAreRefused() {
        assertThatThrownBy(() -> collator.collate(List.of(new Witness("A", "x")), CollationOptions.thai()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> collator.collate(List.of(new Witness("A", "x"), new Witness("A", "y")), CollationOptions.thai()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
