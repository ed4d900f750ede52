package org.siglum.export.html.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.siglum.citations.internal.TeiBibliographyService;
import org.siglum.citations.internal.CiteprocCitationFormatter;
import org.siglum.citations.internal.TeiNoteService;
import org.siglum.core.EditionDocument;
import org.siglum.core.testing.ProjectFiles;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.ProgressMonitor;
import org.siglum.export.internal.SaxonXslt;
import org.w3c.dom.Document;

/** The exporter wired by hand to the real services, as SCR wires it; and the sample edition. */
final class WebEditions {

    static final HtmlExporter EXPORTER = new HtmlExporter(new SaxonXslt(),
            new CiteprocCitationFormatter(new TeiNoteService(), new TeiBibliographyService()));

    private WebEditions() {
    }

    static Path sample() {
        return ProjectFiles.file("samples/chapter-3.xml");
    }

    static ExportResult export(Path edition, Path out) throws Exception {
        return EXPORTER.export(new ExportRequest(EditionDocument.read(edition), edition, out, Map.of()),
                ProgressMonitor.NONE);
    }

    /**
     * The page the stylesheet makes of an edition, without the exporter's checks and citations: the stylesheet's own
     * behaviour on editions the checks refuse (an undeclared witness, a dangling pointer).
     */
    static Document transform(Path edition, Path out) throws Exception {
        SaxonXslt xslt = new SaxonXslt();
        ExportRequest request = new ExportRequest(EditionDocument.read(edition), edition, out, Map.of());
        net.sf.saxon.s9api.XdmNode document = xslt.edition(request);
        net.sf.saxon.s9api.Xslt30Transformer transformer = xslt.transformer(
                xslt.compile(HtmlExporter.class.getResource(HtmlExporter.STYLESHEET)), request, d -> { });
        Files.createDirectories(out);
        Path index = out.resolve(edition.getFileName().toString().replaceFirst("\\.xml$", "") + ".html");
        transformer.setGlobalContextItem(document);
        transformer.applyTemplates(document, transformer.newSerializer(index.toFile()));
        return parse(index);
    }

    /** The page parsed as XML: we write HTML5 in XHTML syntax, so the JDK's parser reads it. */
    static Document parse(Path index) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(Files.newInputStream(index));
    }

    /** The nodes an XPath expression selects in a page, with the prefix {@code h} bound to XHTML. */
    static org.w3c.dom.NodeList xpath(Document page, String expression) throws Exception {
        javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            public String getNamespaceURI(String prefix) {
                return "h".equals(prefix) ? "http://www.w3.org/1999/xhtml" : null;
            }

            public String getPrefix(String uri) {
                return null;
            }

            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return (org.w3c.dom.NodeList) xpath.evaluate(expression, page, javax.xml.xpath.XPathConstants.NODESET);
    }
}
