package org.siglum.ui.editor.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class XmlTokensTest {

    private static List<String> described(String text) {
        XmlTokens tokens = XmlTokens.of(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.count(); i++) {
            out.add(tokens.type(i) + ":" + text.substring(tokens.start(i), tokens.end(i)));
        }
        return out;
    }

    @Test
    void tagsAttributesEntitiesAndTextEachHaveTheirType() {
        assertThat(described("<hi rend=\"i\">ก&amp;</hi><!--x-->")).containsExactly(
                "TAG_DELIMITER:<", "ELEMENT_NAME:hi", "TAG_SPACE: ", "ATTRIBUTE_NAME:rend", "TAG_DELIMITER:=",
                "ATTRIBUTE_VALUE:\"i\"", "TAG_DELIMITER:>", "TEXT:ก", "ENTITY_REFERENCE:&amp;",
                "TAG_DELIMITER:</", "ELEMENT_NAME:hi", "TAG_DELIMITER:>", "COMMENT:<!--x-->");
    }

    @Test
    void tokensCoverBrokenMarkupWithoutGaps() {
        String text = "<p a=\"x>ข <q <!-- open & <![CDATA[ y";
        XmlTokens tokens = XmlTokens.of(text);
        int expected = 0;
        for (int i = 0; i < tokens.count(); i++) {
            assertThat(tokens.start(i)).isEqualTo(expected);
            expected = tokens.end(i);
        }
        assertThat(expected).isEqualTo(text.length());
        assertThat(tokens.type(tokens.count() - 1)).isEqualTo(XmlTokenType.COMMENT);
    }

    @Test
    void openingACommentChangesEverythingUpToItsEnd() {
        String before = "<a>x</a><b>y</b><!-- c -->";
        String after = "<a><!--x</a><b>y</b><!-- c -->";
        int[] span = XmlTokens.of(before).changedSpan(XmlTokens.of(after), 4);
        assertThat(span[0]).isEqualTo(3);
        assertThat(span[1]).isEqualTo(after.indexOf("-->") + 3);
    }

    @Test
    void typingInTextChangesOnlyThatText() {
        String before = "<a>x</a><b>y</b>";
        String after = "<a>xz</a><b>y</b>";
        assertThat(XmlTokens.of(before).changedSpan(XmlTokens.of(after), 1)).containsExactly(3, 5);
    }
}
