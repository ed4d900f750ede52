package org.siglum.export.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;

import org.osgi.service.component.annotations.Component;
import org.siglum.export.Diagnostic;
import org.siglum.export.ExportException;
import org.siglum.export.ExportRequest;
import org.siglum.export.XsltService;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import net.sf.saxon.lib.Feature;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.lib.UnparsedTextURIResolver;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Message;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.trans.XPathException;

/**
 * The shared Saxon-HE pipeline. One {@link Processor} for the service's life; compiled stylesheets cached by URL.
 * Reading is confined by a resource resolver of ours on the compiler and on every transformer (a stylesheet's own
 * bundle or jar, and the edition's folder); writing by a result-document handler (the output folder).
 */
@Component(service = XsltService.class)
public final class SaxonXslt implements XsltService {

    /** Schemes our own stylesheets live under: a bundle's entries under Felix, a jar or class folder in tests. */
    private static final java.util.Set<String> OWN_SCHEMES = java.util.Set.of("bundle", "bundleresource", "jar");

    /** Made when a stylesheet is first compiled or a document read: naming the service costs nothing. */
    private volatile Processor processor;
    private final Map<String, XsltExecutable> compiled = new ConcurrentHashMap<>();
    /** Where each compiled stylesheet came from (XsltExecutable has identity equality). */
    private final Map<XsltExecutable, String> origins = new ConcurrentHashMap<>();

    @Override
    public Processor processor() {
        Processor p = processor;
        if (p == null) {
            synchronized (this) {
                p = processor;
                if (p == null) {
                    p = new Processor(false);
                    // Saxon-HE has no reflexive extension functions; only functions registered on this processor
                    // could be called, and we register none. (ALLOW_EXTERNAL_FUNCTIONS=false would also disable
                    // xsl:result-document, which the result-document handler below confines instead.)
                    // the protocols a stylesheet may reach at all; network schemes are not among them
                    p.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "file,jar,bundle,bundleresource");
                    processor = p;
                }
            }
        }
        return p;
    }

    @Override
    public XsltExecutable compile(URL stylesheet) throws ExportException {
        String key = stylesheet.toExternalForm();
        XsltExecutable cached = compiled.get(key);
        if (cached != null) {
            return cached;
        }
        synchronized (compiled) {
            cached = compiled.get(key);
            if (cached != null) {
                return cached;
            }
            XsltCompiler compiler = processor().newXsltCompiler();
            StringBuilder errors = new StringBuilder();
            compiler.setErrorReporter(error -> {
                if (!error.isWarning()) {
                    errors.append(errors.length() == 0 ? "" : "; ").append(describe(error.getLocation(), key))
                            .append(error.getMessage());
                }
            });
            URI root = parent(key);
            compiler.setResourceResolver(request -> ownResource(request, root));
            try (InputStream in = stylesheet.openStream()) {
                XsltExecutable executable = compiler.compile(new StreamSource(in, key));
                compiled.put(key, executable);
                origins.put(executable, key);
                return executable;
            } catch (SaxonApiException | IOException e) {
                throw new ExportException("stylesheet " + name(key) + " does not compile: "
                        + (errors.length() > 0 ? errors : e.getMessage()), e);
            }
        }
    }

    @Override
    public Xslt30Transformer transformer(XsltExecutable stylesheet, ExportRequest request,
            Consumer<Diagnostic> diagnostics) {
        Xslt30Transformer transformer = stylesheet.load30();
        String stylesheetUri = origins.getOrDefault(stylesheet, "stylesheet");
        URI root = origins.containsKey(stylesheet) ? parent(stylesheetUri) : null;
        Path editionFolder = request.edition().getParent();
        Path output = request.outputDirectory();
        ResourceResolver confined = resourceRequest -> {
            Source own = root == null ? null : ownResourceOrNull(resourceRequest, root);
            if (own != null) {
                return own;
            }
            Path file = fileOf(resourceRequest.uri);
            if (file != null && (file.startsWith(editionFolder) || file.startsWith(output))) {
                if (ResourceRequest.EXTERNAL_ENTITY_NATURE.equals(resourceRequest.nature)
                        || ResourceRequest.DTD_NATURE.equals(resourceRequest.nature)) {
                    throw new XPathException("Siglum never reads external entities or DTDs: " + resourceRequest.uri);
                }
                return null; // the standard resolver reads it
            }
            throw new XPathException("a stylesheet may read only the edition's folder (" + editionFolder
                    + ") and Siglum's own stylesheets, not " + resourceRequest.uri);
        };
        transformer.setResourceResolver(confined);
        transformer.setUnparsedTextResolver(confinedText(editionFolder, output));
        transformer.setResultDocumentHandler(uri -> {
            Path file = fileOf(uri.toString());
            if (file == null || !file.startsWith(output)) {
                throw new IllegalArgumentException(new XPathException(
                        "a stylesheet may write only into the output folder (" + output + "), not " + uri));
            }
            Serializer serializer = processor().newSerializer(file.toFile());
            return serializer;
        });
        String source = name(stylesheetUri);
        transformer.setMessageHandler((Message message) -> diagnostics.accept(new Diagnostic(
                message.isTerminate() ? Diagnostic.Severity.ERROR : Diagnostic.Severity.INFO,
                message.getLocation() != null && message.getLocation().getSystemId() != null
                        ? name(message.getLocation().getSystemId()) : source,
                message.getLocation() == null ? 0 : Math.max(0, message.getLocation().getLineNumber()),
                message.getLocation() == null ? 0 : Math.max(0, message.getLocation().getColumnNumber()),
                message.getContent().getStringValue())));
        // dynamic errors and warnings go to the run's diagnostics, not to standard error
        transformer.setErrorReporter(error -> diagnostics.accept(new Diagnostic(
                error.isWarning() ? Diagnostic.Severity.WARNING : Diagnostic.Severity.ERROR,
                error.getLocation() != null && error.getLocation().getSystemId() != null
                        ? name(error.getLocation().getSystemId()) : source,
                error.getLocation() == null ? 0 : Math.max(0, error.getLocation().getLineNumber()),
                error.getLocation() == null ? 0 : Math.max(0, error.getLocation().getColumnNumber()),
                error.getMessage())));
        return transformer;
    }

    @Override
    public XdmNode edition(ExportRequest request) throws ExportException {
        DocumentBuilder builder = processor().newDocumentBuilder();
        builder.setLineNumbering(true);
        builder.setBaseURI(request.edition().toUri());
        InputSource input = new InputSource(new StringReader(request.document().text()));
        input.setSystemId(request.edition().toUri().toString());
        try {
            return builder.build(new SAXSource(secureReader(), input));
        } catch (SaxonApiException e) {
            throw new ExportException(request.edition().getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** A SAX parser that never reads a DTD or an external entity. */
    private static XMLReader secureReader() throws ExportException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("Siglum never reads external entities or DTDs: " + systemId);
            });
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new ExportException("no secure XML parser: " + e.getMessage(), e);
        }
    }

    private static UnparsedTextURIResolver confinedText(Path editionFolder, Path output) {
        return (URI absoluteURI, String encoding, net.sf.saxon.Configuration config) -> {
            Path file = fileOf(absoluteURI.toString());
            if (file == null || !(file.startsWith(editionFolder) || file.startsWith(output))) {
                throw new XPathException("a stylesheet may read only the edition's folder, not " + absoluteURI);
            }
            try {
                return Files.newBufferedReader(file, Charset.forName(encoding == null ? "UTF-8" : encoding));
            } catch (IOException e) {
                throw new XPathException("cannot read " + file + ": " + e.getMessage());
            }
        };
    }

    /** A resource beside the stylesheet (same bundle or jar), or a refusal. */
    private static Source ownResource(ResourceRequest request, URI root) throws XPathException {
        Source source = ownResourceOrNull(request, root);
        if (source == null) {
            throw new XPathException("a stylesheet may include only Siglum's own stylesheets, not " + request.uri);
        }
        return source;
    }

    private static Source ownResourceOrNull(ResourceRequest request, URI root) throws XPathException {
        if (request.uri == null || root == null) {
            return null;
        }
        String uri = request.uri;
        boolean own = uri.startsWith(root.toString()) && OWN_SCHEMES.contains(root.getScheme())
                || root.getScheme().equals("file") && uri.startsWith(root.toString())
                        && !request.nature.equals(ResourceRequest.XML_NATURE);
        if (!own) {
            return null;
        }
        try {
            InputStream in = new URL(uri).openStream();
            return new StreamSource(in, uri);
        } catch (IOException e) {
            throw new XPathException("cannot read " + uri + ": " + e.getMessage());
        }
    }

    private static URI parent(String uri) {
        int slash = uri.lastIndexOf('/');
        try {
            return new URI(slash >= 0 ? uri.substring(0, slash + 1) : uri);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static Path fileOf(String uri) {
        if (uri == null || !uri.startsWith("file:")) {
            return null;
        }
        try {
            return Paths.get(new URI(uri)).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String describe(net.sf.saxon.s9api.Location location, String fallback) {
        if (location == null) {
            return name(fallback) + ": ";
        }
        return name(location.getSystemId() == null ? fallback : location.getSystemId()) + ":"
                + location.getLineNumber() + ":" + location.getColumnNumber() + ": ";
    }

    private static String name(String uri) {
        int slash = uri.lastIndexOf('/');
        return slash >= 0 ? uri.substring(slash + 1) : uri;
    }
}
