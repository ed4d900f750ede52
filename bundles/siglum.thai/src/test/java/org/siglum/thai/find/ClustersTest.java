package org.siglum.thai.find;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A caret stands between grapheme clusters, never between a Thai letter and its marks. */
class ClustersTest {

    @Test
    void aLetterWithItsVowelAndToneMarkIsOneCluster() {
        String text = "ที่ฐาน";
        assertThat(Clusters.isBoundary(text, 0)).isTrue();
        assertThat(Clusters.isBoundary(text, 1)).isFalse();
        assertThat(Clusters.isBoundary(text, 2)).isFalse();
        assertThat(Clusters.isBoundary(text, 3)).isTrue();
        assertThat(Clusters.before(text, 2)).isZero();
        assertThat(Clusters.after(text, 1)).isEqualTo(3);
    }

    @Test
    void saraAmAfterAToneMarkBelongsToTheCluster() {
        String text = "น่านน้ำบอลติก";
        int water = text.indexOf("น้ำ");
        assertThat(Clusters.isBoundary(text, water)).isTrue();
        assertThat(Clusters.isBoundary(text, water + 1)).isFalse();
        assertThat(Clusters.isBoundary(text, water + 2)).isFalse();
        assertThat(Clusters.isBoundary(text, water + 3)).isTrue();
        assertThat(Clusters.before(text, water + 2)).isEqualTo(water);
        assertThat(Clusters.after(text, water + 1)).isEqualTo(water + 3);
    }

    @Test
    void leadingVowelsAndSaraAaAreClustersOfTheirOwn() {
        String text = "เมือง";
        assertThat(Clusters.isBoundary(text, 1)).isTrue(); // เ|มือง
        assertThat(Clusters.isBoundary(text, 2)).isFalse(); // ม|ื
        assertThat(Clusters.isBoundary("ตา", 1)).isTrue();
    }

    @Test
    void theEndsOfTheTextAreBoundaries() {
        assertThat(Clusters.isBoundary("", 0)).isTrue();
        assertThat(Clusters.before("ที่", 3)).isEqualTo(3);
    }
}
