package org.siglum.core;

import java.io.ByteArrayInputStream;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** The JDK's SAX parser, namespace-aware, with every external loading switched off: the reference verdict. */
final class Sax {
    private Sax() {
    }

    static SAXParser parser() throws Exception {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newSAXParser();
    }

    /** null if well-formed, else the first fatal error. */
    static SAXParseException firstError(String xml) throws Exception {
        try {
            SAXParser p = parser();
            p.getXMLReader().setEntityResolver((pub, sys) -> new InputSource(new StringReader("")));
            p.parse(new InputSource(new StringReader(xml)), new DefaultHandler() {
                @Override
                public void error(SAXParseException e) {
                }
            });
            return null;
        } catch (SAXParseException e) {
            return e;
        }
    }

    static boolean wellFormed(byte[] bytes) throws Exception {
        try {
            parser().parse(new ByteArrayInputStream(bytes), new DefaultHandler());
            return true;
        } catch (SAXParseException e) {
            return false;
        }
    }
}
