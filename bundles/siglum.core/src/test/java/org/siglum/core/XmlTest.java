package org.siglum.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Random;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** The one escaping rule: what each character becomes, and that the JDK's own parser reads back what was escaped. */
class XmlTest {

    @Test
    void markupCharactersInTextBecomeEntityReferences() {
        assertThat(Xml.escapeText("a < b && c > d")).isEqualTo("a &lt; b &amp;&amp; c &gt; d");
        assertThat(Xml.escapeText("]]>")).isEqualTo("]]&gt;");
    }

    @Test
    void quotesTabsAndLineFeedsInTextStayAsTheyAre() {
        assertThat(Xml.escapeText("\"เลนิน\" 'x'\tand\nmore")).isEqualTo("\"เลนิน\" 'x'\tand\nmore");
    }

    @Test
    void aCarriageReturnInTextIsAReferenceSoThatItIsNotReadBackAsALineFeed() {
        assertThat(Xml.escapeText("a\r\nb\rc")).isEqualTo("a&#xD;\nb&#xD;c");
    }

    @Test
    void thaiAndCharactersOutsideTheBmpAreKept() {
        String s = "ประทัดประหาร মন্ত্রী \uD834\uDD1E 𠀀";
        assertThat(Xml.escapeText(s)).isEqualTo(s);
        assertThat(Xml.escapeAttribute(s)).isEqualTo(s);
    }

    @Test
    void anAttributeEscapesItsOwnQuoteAndKeepsTheOther() {
        assertThat(Xml.escapeAttribute("say \"x\" 'y'")).isEqualTo("say &quot;x&quot; 'y'");
        assertThat(Xml.escapeAttribute("say \"x\" 'y'", '"')).isEqualTo("say &quot;x&quot; 'y'");
        assertThat(Xml.escapeAttribute("say \"x\" 'y'", '\'')).isEqualTo("say \"x\" &apos;y&apos;");
        assertThat(Xml.escapeAttribute("a<b>&c")).isEqualTo("a&lt;b&gt;&amp;c");
    }

    @Test
    void whiteSpaceOtherThanSpaceInAnAttributeIsAReferenceSoThatNormalisationKeepsIt() {
        assertThat(Xml.escapeAttribute("a\tb\nc\rd e")).isEqualTo("a&#x9;b&#xA;c&#xD;d e");
    }

    @Test
    void anAttributeIsDelimitedOnlyByAQuote() {
        assertThatThrownBy(() -> Xml.escapeAttribute("x", '`')).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Xml.appendAttribute(new StringBuilder(), "x", '\0'))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x0, 0x1, 0x8, 0xB, 0xC, 0xE, 0x1F, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFE, 0xFFFF})
    void aCharacterXmlCannotHoldBecomesTheReplacementCharacter(int c) {
        String s = "a" + (char) c + "b";
        assertThat(Xml.isXmlChar(c)).isFalse();
        assertThat(Xml.escapeText(s)).isEqualTo("a\uFFFDb");
        assertThat(Xml.escapeAttribute(s)).isEqualTo("a\uFFFDb");
        assertThat(Xml.escapeAttribute(s, '\'')).isEqualTo("a\uFFFDb");
    }

    @Test
    void aSurrogatePairInTheWrongOrderIsTwoHalvesAndBothAreReplaced() {
        assertThat(Xml.escapeText("\uDD1E\uD834")).isEqualTo("\uFFFD\uFFFD");
        assertThat(Xml.escapeText("x\uD834")).isEqualTo("x\uFFFD");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x9, 0xA, 0xD, 0x20, 0x7F, 0x85, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF})
    void theEdgesOfXmlsCharactersAreHeld(int c) {
        assertThat(Xml.isXmlChar(c)).isTrue();
    }

    @Test
    void appendingWritesIntoTheGivenBuilder() {
        StringBuilder out = new StringBuilder("<p>");
        assertThat(Xml.appendText(out, "a&b")).isSameAs(out);
        assertThat(out).hasToString("<p>a&amp;b");
        assertThat(Xml.appendAttribute(new StringBuilder("x='"), "'", '\'')).hasToString("x='&apos;");
    }

    @Test
    void whatIsEscapedReadsBackAsItWasThroughTheJdksParserExceptWhatXmlCannotHold() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Random random = new Random(20261202);
        String alphabet = "aก่\"'<>&;\t\n\r \u0001\u001F\uFFFE\uFFFF\uD834\uDD1E]";
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            String expected = replaceWhatXmlCannotHold(s);
            for (char quote : new char[] {'"', '\''}) {
                String xml = "<r a=" + quote + Xml.escapeAttribute(s, quote) + quote + ">" + Xml.escapeText(s) + "</r>";
                Element r = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
                assertThat(r.getAttribute("a")).as("attribute of %s", xml).isEqualTo(expected);
                assertThat(r.getTextContent()).as("text of %s", xml).isEqualTo(expected);
            }
        }
    }

    private static String replaceWhatXmlCannotHold(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (Xml.isXmlChar(c)) {
                out.appendCodePoint(c);
            } else {
                out.append('\uFFFD');
            }
        });
        return out.toString();
    }
}
