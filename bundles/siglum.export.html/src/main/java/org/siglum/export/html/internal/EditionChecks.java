package org.siglum.export.html.internal;

import java.util.HashSet;
import java.util.Set;

import org.siglum.export.ExportException;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

/**
 * What the web edition needs of an edition before it starts: every witness a reading or a break names is declared,
 * and every local pointer (a note's target, a citation's ptr, a name's ref) leads somewhere. A fault is one line
 * naming the file, line and column, so the scholar can go there.
 */
final class EditionChecks {

    private EditionChecks() {
    }

    static void check(Processor processor, XdmNode edition, String file) throws ExportException {
        XPathCompiler xpath = HtmlExporter.teiXPath(processor);
        try {
            Set<String> witnesses = new HashSet<>();
            for (XdmItem id : xpath.evaluate("//tei:listWit//tei:witness/@xml:id", edition)) {
                witnesses.add(id.getStringValue());
            }
            Set<String> ids = new HashSet<>();
            for (XdmItem id : xpath.evaluate("//@xml:id", edition)) {
                ids.add(id.getStringValue());
            }
            for (XdmItem item : xpath.evaluate("//tei:text//*[@wit or @edRef]", edition)) {
                XdmNode element = (XdmNode) item;
                for (String attribute : new String[] {"wit", "edRef"}) {
                    String value = element.getAttributeValue(new net.sf.saxon.s9api.QName(attribute));
                    if (value == null) {
                        continue;
                    }
                    for (String token : value.trim().split("\\s+")) {
                        String id = token.startsWith("#") ? token.substring(1) : token;
                        if (!id.isEmpty() && !witnesses.contains(id)) {
                            throw new ExportException(HtmlExporter.location(file, element) + "<"
                                    + element.getNodeName().getLocalName() + " " + attribute + "=\"" + value
                                    + "\"> names witness " + token + ", which the edition does not declare in listWit");
                        }
                    }
                }
            }
            for (XdmItem item : xpath.evaluate(
                    "//tei:text//tei:note[@target] | //tei:text//tei:ptr[@target] | //tei:text//*[@ref]", edition)) {
                XdmNode element = (XdmNode) item;
                String attribute = element.getAttributeValue(new net.sf.saxon.s9api.QName("target")) != null
                        ? "target" : "ref";
                String value = element.getAttributeValue(new net.sf.saxon.s9api.QName(attribute));
                for (String token : value.trim().split("\\s+")) {
                    if (token.startsWith("#") && !ids.contains(token.substring(1))) {
                        throw new ExportException(HtmlExporter.location(file, element) + "<"
                                + element.getNodeName().getLocalName() + " " + attribute + "=\"" + value
                                + "\"> points to " + token + ", which is not in the edition");
                    }
                }
            }
        } catch (SaxonApiException e) {
            throw new ExportException(file + ": cannot check the edition: " + e.getMessage(), e);
        }
    }
}
