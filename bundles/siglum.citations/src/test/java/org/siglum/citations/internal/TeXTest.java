package org.siglum.citations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeXTest {

    @Test
    void markupBecomesCharacters() {
        assertThat(TeX.plain("1888--1938")).isEqualTo("1888–1938");
        assertThat(TeX.plain("a---b")).isEqualTo("a—b");
        assertThat(TeX.plain("{\\\"u}ber \\'ecole \\`a \\^o \\~n")).isEqualTo("über école à ô ñ");
        assertThat(TeX.plain("\\c{c}a \\c c \\v{s} \\u{g} \\H{o} \\'{\\i}")).isEqualTo("ça ç š ğ ő í");
        assertThat(TeX.plain("Stra\\ss e, \\o{} \\AA ngstr\\\"om")).isEqualTo("Straße, ø Ångström");
        assertThat(TeX.plain("The {USSR} \\& {T}rotsky, 100\\% \\emph{sic}")).isEqualTo("The USSR & Trotsky, 100% sic");
        assertThat(TeX.plain("\\url{https://x.org/a}")).isEqualTo("https://x.org/a");
        assertThat(TeX.plain("``quoted''")).isEqualTo("“quoted”");
    }

    @Test
    void textWithoutMarkupIsReturnedAsItIs() {
        String thai = "การปฏิวัติรัสเซีย (พ.ศ. 2516) - a-b";
        assertThat(TeX.plain(thai)).isSameAs(thai);
        assertThat(TeX.plain(null)).isNull();
        assertThat(TeX.plain("{\\'")).isEqualTo("\u0301");
    }
}
