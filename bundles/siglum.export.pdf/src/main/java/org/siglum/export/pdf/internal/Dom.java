package org.siglum.export.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.siglum.export.ExportException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xml.sax.SAXException;

/** The DOM and XML-text helpers of the print edition: the galley, the formatting objects and FOP's area trees. */
final class Dom {

    static final String FO = "http://www.w3.org/1999/XSL/Format";
    /** The galley's own elements and attributes (tei-to-galley.xsl). */
    static final String SG = "urn:siglum:print";

    private Dom() {
    }

    /** The texts under {@code root}, in document order (walked without recursion: documents may nest deep). */
    static List<Text> texts(Node root) {
        List<Text> texts = new ArrayList<>();
        Node n = root.getFirstChild();
        while (n != null) {
            if (n instanceof Text t) {
                texts.add(t);
            } else if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            while (n != root && n.getNextSibling() == null) {
                n = n.getParentNode();
            }
            n = n == root ? null : n.getNextSibling();
        }
        return texts;
    }

    static Element first(Element parent, String ns, String local) {
        List<Element> all = children(parent, ns, local);
        return all.isEmpty() ? null : all.get(0);
    }

    static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The element's text as a reader sees it: without the word breaks we inserted for FOP. */
    /** The characters of a document: of its text and of its attribute values (labels the pages print). */
    static java.util.stream.IntStream characters(Document document) {
        StringBuilder all = new StringBuilder();
        collect(document.getDocumentElement(), all);
        return all.codePoints();
    }

    private static void collect(org.w3c.dom.Node node, StringBuilder all) {
        if (node instanceof org.w3c.dom.Text text) {
            all.append(text.getData());
            return;
        }
        if (node instanceof Element e) {
            org.w3c.dom.NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                all.append(attributes.item(i).getNodeValue()).append(' ');
            }
        }
        for (org.w3c.dom.Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            collect(c, all);
        }
    }

    static String text(Element e) {
        return e == null ? "" : e.getTextContent().replace(ThaiBreaks.ZWSP + "", "");
    }

    static String serialize(Element e) throws ExportException {
        try {
            Transformer t = TransformerFactory.newDefaultInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(e), new StreamResult(out));
            return out.toString();
        } catch (Exception ex) {
            throw new ExportException("cannot serialize formatting objects: " + ex.getMessage(), ex);
        }
    }

    /** Parses formatting objects we wrote; with {@code breaks}, Thai text gets its word breaks. */
    static Document parse(String xml, boolean breaks) throws ExportException {
        try {
            Document doc = parse(xml.getBytes(StandardCharsets.UTF_8));
            if (breaks) {
                ThaiBreaks.insert(doc.getDocumentElement());
            }
            return doc;
        } catch (Exception e) {
            throw new ExportException("cannot build formatting objects: " + e.getMessage(), e);
        }
    }

    /** Parses XML namespace-aware, refusing a DOCTYPE (nothing we read has one). */
    static Document parse(byte[] xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
