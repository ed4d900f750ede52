package org.siglum.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Offsets, lines and columns of elements, attributes and text. */
class PositionsTest {

    @Test
    void elementOffsetsCoverStartTagEndTagAndWhole() {
        String xml = "<r><a x='1'>hi</a><b/></r>";
        XmlElement a = XmlTree.parse(xml).elementsNamed(null, "a").get(0);
        assertThat(xml.substring(a.start(), a.startTagEnd())).isEqualTo("<a x='1'>");
        assertThat(xml.substring(a.startTagEnd(), a.endTagStart())).isEqualTo("hi");
        assertThat(xml.substring(a.endTagStart(), a.endTagEnd())).isEqualTo("</a>");
        assertThat(a.end()).isEqualTo(a.endTagEnd());
        XmlElement b = XmlTree.parse(xml).elementsNamed(null, "b").get(0);
        assertThat(b.selfClosing()).isTrue();
        assertThat(b.endTagStart()).isEqualTo(-1);
        assertThat(xml.substring(b.start(), b.end())).isEqualTo("<b/>");
    }

    @Test
    void attributeRangesAreInsideTheQuotes() {
        String xml = "<r  xml:id = \"a&amp;b\"\ty='\nq'/>";
        XmlElement r = XmlTree.parse(xml).root().orElseThrow();
        XmlAttribute id = r.attributes().get(0);
        assertThat(id.nameStart()).isEqualTo(4);
        assertThat(xml.substring(id.valueStart(), id.valueEnd())).isEqualTo("a&amp;b");
        assertThat(id.value()).isEqualTo("a&b");
        assertThat(id.quote()).isEqualTo('"');
        assertThat(id.namespaceUri()).isEqualTo("http://www.w3.org/XML/1998/namespace");
        assertThat(r.xmlId()).contains("a&b");
        XmlAttribute y = r.attributes().get(1);
        assertThat(y.quote()).isEqualTo('\'');
        assertThat(y.value()).isEqualTo(" q");
        assertThat(xml.substring(y.start(), y.end())).isEqualTo("y='\nq'");
    }

    @Test
    void linesAndColumnsCountCodePointsAndCrLfAsOneBreak() {
        String xml = "<r>\r\n\uD835\uDD04\uD83D\uDE00<a b='1'>น้ำ</a>\r<c/>\n</r>";
        XmlTree tree = XmlTree.parse(xml);
        XmlElement a = tree.elementsNamed(null, "a").get(0);
        assertThat(tree.locate(a.start())).isEqualTo(new TextLocation(a.start(), 2, 3));
        XmlAttribute b = a.attributes().get(0);
        assertThat(tree.locate(b.nameStart())).extracting(TextLocation::line, TextLocation::column).containsExactly(2, 6);
        XmlText text = (XmlText) a.children().get(0);
        assertThat(text.text()).isEqualTo("น้ำ");
        assertThat(tree.locate(text.end())).extracting(TextLocation::line, TextLocation::column).containsExactly(2, 15);
        XmlElement c = tree.elementsNamed(null, "c").get(0);
        assertThat(tree.locate(c.start())).extracting(TextLocation::line, TextLocation::column).containsExactly(3, 1);
        EditionDocument doc = EditionDocument.ofText(xml, "p.xml");
        assertThat(doc.locate(c.start())).isEqualTo(tree.locate(c.start()));
        assertThat(doc.locate(text.end())).isEqualTo(tree.locate(text.end()));
    }

    @Test
    void namespacesResolveWithTheDeclarationsInScope() {
        String xml = "<TEI xmlns='http://www.tei-c.org/ns/1.0' xmlns:x='urn:x'><x:a x:b='1' c='2'>"
                + "<d xmlns=''/></x:a></TEI>";
        XmlTree tree = XmlTree.parse(xml);
        XmlElement a = tree.elementsNamed("urn:x", "a").get(0);
        assertThat(a.prefix()).isEqualTo("x");
        assertThat(a.attribute("urn:x", "b")).contains("1");
        assertThat(a.attribute(null, "c")).contains("2");
        assertThat(a.attribute("x:b")).contains("1");
        assertThat(tree.elementsNamed(null, "d")).hasSize(1);
        assertThat(tree.root().orElseThrow().namespaceUri()).isEqualTo("http://www.tei-c.org/ns/1.0");
    }

    @Test
    void nodeAtFindsTheDeepestNode() {
        String xml = "<r><a k='v'>text<!--c--></a></r>";
        XmlTree tree = XmlTree.parse(xml);
        assertThat(tree.nodeAt(xml.indexOf("ext"))).isInstanceOf(XmlText.class);
        assertThat(tree.nodeAt(xml.indexOf("k="))).isInstanceOf(XmlAttribute.class);
        assertThat(tree.nodeAt(xml.indexOf("<a"))).isInstanceOfSatisfying(XmlElement.class,
                e -> assertThat(e.localName()).isEqualTo("a"));
        assertThat(tree.nodeAt(xml.indexOf("c--"))).isInstanceOf(XmlComment.class);
        assertThat(tree.nodeAt(xml.indexOf("</r>"))).isInstanceOfSatisfying(XmlElement.class,
                e -> assertThat(e.localName()).isEqualTo("r"));
    }

    @Test
    void prologAndEpilogAreTopLevelChildren() {
        String xml = "<?xml version='1.0'?>\n<!DOCTYPE r PUBLIC 'p' 's' [<!ENTITY e 'E'>]>\n<?pi x y?><r>&e;</r><!--z-->";
        XmlTree tree = XmlTree.parse(xml);
        assertThat(tree.children()).extracting(n -> n.getClass().getSimpleName()).containsExactly(
                "XmlProcessingInstruction", "XmlText", "XmlDoctype", "XmlText", "XmlProcessingInstruction",
                "XmlElement", "XmlComment");
        XmlDoctype d = tree.doctype().orElseThrow();
        assertThat(d.name()).isEqualTo("r");
        assertThat(d.publicId()).isEqualTo("p");
        assertThat(d.systemId()).isEqualTo("s");
        assertThat(xml.substring(d.internalSubsetStart(), d.internalSubsetEnd())).isEqualTo("<!ENTITY e 'E'>");
        XmlProcessingInstruction pi = (XmlProcessingInstruction) tree.children().get(4);
        assertThat(pi.target()).isEqualTo("pi");
        assertThat(pi.data()).isEqualTo("x y");
        assertThat(((XmlProcessingInstruction) tree.children().get(0)).isXmlDeclaration()).isTrue();
        assertThat(tree.root().orElseThrow().textContent()).isEqualTo("E");
        assertThat(((XmlComment) tree.children().get(6)).text()).isEqualTo("z");
    }

    @Test
    void problemsPrintAsLineColonColumn() {
        Problem p = XmlTree.parse("<r>\n  <a></r>").problems().get(0);
        assertThat(p.toString()).startsWith("2:6: error: element 'a' (opened at 2:3) is not closed before '</r>'");
    }

    @Test
    void aParsersLineAndCharColumnMapBackToTheOffset() {
        // line 2 holds an astral character (two chars) and ends with CR LF; columns here count chars, as SAX does
        String xml = "<r>\r\n<a>\uD835\uDD04x</a>\r\n</r>";
        EditionDocument document = EditionDocument.ofText(xml, "t.xml");
        int x = xml.indexOf('x');
        assertThat(document.offsetOf(2, 6)).isEqualTo(x);
        assertThat(document.locate(x).column()).as("locate counts code points").isEqualTo(5);
        assertThat(document.offsetOf(2, 999)).as("clamped before the line break").isEqualTo(xml.indexOf("\r\n</r>"));
        assertThat(document.offsetOf(99, 1)).as("clamped to the last line").isEqualTo(xml.lastIndexOf("</r>"));
        assertThat(document.offsetOf(0, 5)).isZero();
        assertThat(document.length()).isEqualTo(xml.length());
    }
}
