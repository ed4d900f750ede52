package org.siglum.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void thaiWithoutSpacesIsSplitIntoDictionaryWords() {
        assertThat(Tokens.words("นโยบายเศรษฐกิจใหม่")).extracting(Token::text).containsExactly("นโยบาย", "เศรษฐกิจ", "ใหม่");
    }

    @Test
    void everyCharacterBelongsToOneTokenSoOffsetsMapBack() {
        String text = "บทที่ 3 นโยบาย (NEP) ค.ศ.1921\n";
        List<Token> all = Tokens.all(text);
        StringBuilder joined = new StringBuilder();
        for (Token t : all) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            joined.append(t.text());
        }
        assertThat(joined.toString()).isEqualTo(text);
        assertThat(Tokens.words(text)).noneMatch(Token::isSpace);
    }

    @Test
    void digitsArNumbersAndBracketsPunctuation() {
        assertThat(Tokens.words("(1921)")).extracting(Token::type)
                .containsExactly(Token.Type.PUNCTUATION, Token.Type.NUMBER, Token.Type.PUNCTUATION);
    }

    @Test
    void theScriptOfABengaliLetterIsBengali() {
        assertThat(ThaiChars.scriptName(ThaiChars.script("ন".codePointAt(0)))).isEqualTo("Bengali");
        assertThat(ThaiChars.scriptName(ThaiChars.script("ก".codePointAt(0)))).isEqualTo("Thai");
        assertThat(ThaiChars.script('1')).isEqualTo(com.ibm.icu.lang.UScript.COMMON);
    }
}
