package org.siglum.validation.internal;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The one way this bundle parses XML: the JDK's parser, namespace-aware, with no external entities, no external DTD,
 * and the JDK's limits on entity expansion. Nothing is fetched from a file or the network while validating.
 */
final class SecureXml {

    private SecureXml() {
    }

    static XMLReader reader() throws SAXException {
        try {
            // newDefaultInstance: the JDK's own parser, not one found through the context class loader
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setEntityResolver((publicId, systemId) -> new org.xml.sax.InputSource(new java.io.StringReader("")));
            return reader;
        } catch (ParserConfigurationException e) {
            throw new SAXException("the JDK's XML parser cannot be configured safely: " + e.getMessage(), e);
        }
    }
}
