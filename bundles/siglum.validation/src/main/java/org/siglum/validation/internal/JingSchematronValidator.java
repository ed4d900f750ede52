package org.siglum.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.siglum.core.EditionDocument;
import org.siglum.core.EditionException;
import org.siglum.core.Problem;
import org.siglum.core.TextLocation;
import org.siglum.core.XmlAttribute;
import org.siglum.core.XmlElement;
import org.siglum.validation.Finding;
import org.siglum.validation.Finding.Severity;
import org.siglum.validation.SchemaChoice;
import org.siglum.validation.ValidationException;
import org.siglum.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import com.thaiopensource.util.PropertyMap;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.SchemaReader;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import com.thaiopensource.validate.rng.SAXSchemaReader;

import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;

/**
 * The {@link Validator}: well-formedness from the core, RELAX NG with Jing, Schematron compiled by SchXslt and run by
 * Saxon-HE. One Saxon {@link Processor} for the service; grammars and compiled rules cached by schema (a schema file
 * is compiled again when it changes on disk).
 */
@Component(service = Validator.class)
public final class JingSchematronValidator implements Validator {

    static final String SCHEMAS = "org/siglum/tei/schemas/";
    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
    private static final String PIPELINE = "xslt/2.0/pipeline-for-svrl.xsl";

    /** For rules about one attribute, the finding points at that attribute's value rather than the element. */
    private static final Map<String, String> RULE_ATTRIBUTE = Map.of("wit-declared", "wit", "note-target-exists", "target",
            "note-number-unique", "n", "note-number-order", "n", "persName-ref-resolves", "ref", "pointer-resolves",
            "target");

    private final Map<String, Schema> grammars = new ConcurrentHashMap<>();
    private final Map<String, XsltExecutable> rules = new ConcurrentHashMap<>();
    private volatile XsltExecutable schxslt;
    /**
     * Where the XSLT that SchXslt makes of a Schematron schema is kept between runs, by the schema's content and this
     * bundle's build ({@code DIR/schematron}, DIR the launcher's cache folder, framework property
     * {@value #CACHE_PROPERTY}); null when the run keeps none (tests). The next run compiles the kept XSLT and skips
     * SchXslt's three compilation passes (issue 16).
     */
    private volatile Path schematronCache;
    private volatile String buildKey = "";

    /** Framework property: the folder where the launcher keeps what runs may share ({@code $XDG_CACHE_HOME/siglum}). */
    static final String CACHE_PROPERTY = "siglum.cache.dir";

    @Activate
    void activate(BundleContext context) {
        String dir = context.getProperty(CACHE_PROPERTY);
        schematronCache = dir == null || dir.isBlank() ? null : Path.of(dir, "schematron");
        Bundle bundle = context.getBundle();
        buildKey = bundle.getVersion() + "@" + bundle.getLastModified();
    }

    /** Keeps the Schematron rules' XSLT in {@code dir} for a build named {@code build} (as activation does). */
    void keepRulesIn(Path dir, String build) {
        schematronCache = dir;
        buildKey = build;
    }

    /** Saxon, made when the first file is validated: a command that only names the service pays nothing. */
    private volatile Saxon saxon;

    private record Saxon(Processor processor, XPathExecutable failures) {
    }

    private Saxon saxon() {
        Saxon s = saxon;
        if (s == null) {
            synchronized (this) {
                s = saxon;
                if (s == null) {
                    Processor processor = new Processor(false);
                    try {
                        XPathCompiler xpath = processor.newXPathCompiler();
                        xpath.declareNamespace("svrl", SVRL);
                        s = new Saxon(processor, xpath.compile("//svrl:failed-assert | //svrl:successful-report"));
                    } catch (SaxonApiException e) {
                        throw new IllegalStateException(e);
                    }
                    saxon = s;
                }
            }
        }
        return s;
    }

    @Override
    public List<Finding> validate(Path file, SchemaChoice schema) throws ValidationException {
        EditionDocument document;
        try {
            document = EditionDocument.read(file);
        } catch (EditionException e) {
            throw new ValidationException(e.getMessage(), e);
        }
        return validate(document, file.toString(), schema);
    }

    @Override
    public List<Finding> validate(EditionDocument document, SchemaChoice schema) throws ValidationException {
        return validate(document, document.path().map(Path::toString).orElse(document.name()), schema);
    }

    private List<Finding> validate(EditionDocument document, String name, SchemaChoice schema) throws ValidationException {
        List<Finding> findings = new ArrayList<>();
        boolean wellFormed = true;
        for (Problem p : document.problems()) {
            wellFormed &= !p.isError();
            findings.add(new Finding(name, p.line(), p.column(), p.offset(), p.isError() ? Severity.ERROR : Severity.WARNING,
                    "well-formedness", p.message(), ""));
        }
        if (!wellFormed) {
            return findings; // never give a broken document to Jing or Saxon: their messages would repeat the same fault
        }
        Positions positions = new Positions(document);
        String text = document.text();
        if (schema.grammar()) {
            findings.addAll(grammar(schema, text, name, positions));
        }
        if (schema.rules()) {
            findings.addAll(rules(schema, text, name, positions));
        }
        return findings;
    }

    // ---- RELAX NG ---------------------------------------------------------------------------------------------

    private List<Finding> grammar(SchemaChoice choice, String text, String name, Positions positions)
            throws ValidationException {
        Schema schema = grammarFor(choice);
        List<Finding> findings = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                findings.add(jingFinding(e, Severity.WARNING, name, positions));
            }

            @Override
            public void error(SAXParseException e) {
                findings.add(jingFinding(e, Severity.ERROR, name, positions));
            }

            @Override
            public void fatalError(SAXParseException e) {
                // the JDK's parser disagrees with the core's: say so at the parser's place
                int offset = positions.offset(e.getLineNumber(), e.getColumnNumber());
                TextLocation at = positions.locate(offset);
                findings.add(new Finding(name, at.line(), at.column(), offset, Severity.ERROR, "well-formedness",
                        e.getMessage(), ""));
            }
        };
        PropertyMapBuilder props = new PropertyMapBuilder();
        ValidateProperty.ERROR_HANDLER.put(props, collect);
        com.thaiopensource.validate.Validator validator = schema.createValidator(props.toPropertyMap());
        try {
            XMLReader reader = SecureXml.reader();
            reader.setContentHandler(validator.getContentHandler());
            if (validator.getDTDHandler() != null) {
                reader.setDTDHandler(validator.getDTDHandler());
            }
            reader.setErrorHandler(collect);
            reader.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            if (findings.stream().noneMatch(f -> f.rule().equals("well-formedness"))) {
                int offset = positions.offset(e.getLineNumber(), e.getColumnNumber());
                TextLocation at = positions.locate(offset);
                findings.add(new Finding(name, at.line(), at.column(), offset, Severity.ERROR, "well-formedness",
                        e.getMessage(), ""));
            }
        } catch (SAXException | IOException e) {
            throw new ValidationException(name + ": cannot validate: " + e.getMessage(), e);
        }
        return findings;
    }

    private static Finding jingFinding(SAXParseException e, Severity severity, String name, Positions positions) {
        String message = e.getMessage() == null ? "invalid" : e.getMessage();
        int offset = positions.offset(e.getLineNumber(), e.getColumnNumber());
        XmlElement element = positions.elementEndingAt(offset);
        XmlElement around = element == null ? positions.elementAround(offset) : element;
        int at = offset;
        String attribute = JingMessages.attributeOf(message);
        if (element != null) {
            at = element.start();
            if (attribute != null) {
                for (XmlAttribute a : element.attributes()) {
                    if (a.qName().equals(attribute)) {
                        at = a.start();
                        break;
                    }
                }
            }
        }
        TextLocation where = positions.locate(at);
        return new Finding(name, where.line(), where.column(), at, severity, "rng",
                JingMessages.sentence(message, element, around), message);
    }

    private Schema grammarFor(SchemaChoice choice) throws ValidationException {
        String key = cacheKey(choice);
        Schema cached = grammars.get(key);
        if (cached != null) {
            return cached;
        }
        Schema schema = loadGrammar(choice);
        grammars.put(key, schema);
        return schema;
    }

    /**
     * The grammar with Jing's ID checks (a duplicate {@code xml:id}, an IDREF to nowhere), as Jing's own command line
     * checks by default. A schema whose ID types are not compatible with DTDs (RELAX NG DTD Compatibility, section 4)
     * cannot be checked that way; Jing's command line then refuses it unless told {@code -i}: we load it without the
     * ID checks instead, since its structure can still be validated.
     */
    private Schema loadGrammar(SchemaChoice choice) throws ValidationException {
        try {
            return loadGrammar(choice, true);
        } catch (ValidationException e) {
            if (!(e.getCause() instanceof IncorrectSchemaException)) {
                throw e;
            }
            return loadGrammar(choice, false);
        }
    }

    private Schema loadGrammar(SchemaChoice choice, boolean checkIds) throws ValidationException {
        URL url = choice.path().map(JingSchematronValidator::url).orElseGet(() -> resource(SCHEMAS + "siglum.rng"));
        boolean compact = url.getPath().endsWith(".rnc");
        SchemaReader reader = compact ? CompactSchemaReader.getInstance() : SAXSchemaReader.getInstance();
        List<String> errors = new ArrayList<>();
        PropertyMapBuilder props = new PropertyMapBuilder();
        ValidateProperty.ERROR_HANDLER.put(props, new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        if (checkIds) {
            RngProperty.CHECK_ID_IDREF.add(props);
        }
        PropertyMap properties = props.toPropertyMap();
        // Jing finds its datatype libraries through META-INF/services with the context class loader: under OSGi that
        // must be Jing's own bundle.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SchemaReader.class.getClassLoader());
        try (InputStream in = url.openStream()) {
            InputSource input = new InputSource(in);
            input.setSystemId(url.toExternalForm());
            if (compact) {
                return reader.createSchema(input, properties);
            }
            return reader.createSchema(new SAXSource(SecureXml.reader(), input), properties);
        } catch (IncorrectSchemaException e) {
            throw new ValidationException(choice.label() + ": not a valid RELAX NG schema"
                    + (errors.isEmpty() ? "" : ": " + errors.get(0)), e);
        } catch (IOException | SAXException e) {
            throw new ValidationException(choice.label() + ": cannot read the schema: "
                    + (errors.isEmpty() ? e.getMessage() : errors.get(0)), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    // ---- Schematron -------------------------------------------------------------------------------------------

    private List<Finding> rules(SchemaChoice choice, String text, String name, Positions positions)
            throws ValidationException {
        XsltExecutable rulesXslt = rulesFor(choice);
        try {
            DocumentBuilder builder = saxon().processor().newDocumentBuilder();
            builder.setLineNumbering(true);
            XdmNode source = builder.build(new SAXSource(SecureXml.reader(), new InputSource(new StringReader(text))));
            XsltTransformer run = rulesXslt.load();
            run.setInitialContextNode(source);
            XdmDestination svrl = new XdmDestination();
            run.setDestination(svrl);
            run.transform();

            List<Finding> findings = new ArrayList<>();
            var select = saxon().failures().load();
            select.setContextItem(svrl.getXdmNode());
            for (XdmItem item : select.evaluate()) {
                XdmNode failure = (XdmNode) item;
                String id = failure.getAttributeValue(new QName("id"));
                String role = failure.getAttributeValue(new QName("role"));
                String location = failure.getAttributeValue(new QName("location"));
                String message = failure.getStringValue().strip().replaceAll("\\s+", " ");
                int offset = offsetOf(location, source, positions);
                XmlElement element = positions.elementAtPath(location);
                String attribute = id == null ? null : RULE_ATTRIBUTE.get(id);
                if (element != null && attribute != null) {
                    for (XmlAttribute a : element.attributes()) {
                        if (a.qName().equals(attribute)) {
                            offset = a.start();
                            break;
                        }
                    }
                }
                TextLocation at = positions.locate(offset);
                findings.add(new Finding(name, at.line(), at.column(), offset, severity(role),
                        id == null || id.isBlank() ? "schematron" : id, message, location));
            }
            return findings;
        } catch (SaxonApiException | SAXException e) {
            throw new ValidationException(name + ": cannot run the Schematron rules " + choice.label() + ": "
                    + e.getMessage(), e);
        }
    }

    private int offsetOf(String location, XdmNode source, Positions positions) {
        XmlElement element = positions.elementAtPath(location);
        if (element != null) {
            return element.start();
        }
        try {
            // a location the walk cannot follow: ask Saxon, whose line numbers come from the same text
            XdmItem target = saxon().processor().newXPathCompiler().evaluateSingle(location, source);
            if (target instanceof XdmNode node && node.getLineNumber() > 0) {
                int offset = positions.offset(node.getLineNumber(), node.getColumnNumber());
                XmlElement e = positions.elementEndingAt(offset);
                return e != null ? e.start() : offset;
            }
        } catch (SaxonApiException | RuntimeException e) {
            // fall through: the document's start
        }
        return 0;
    }

    private static Severity severity(String role) {
        if (role == null) {
            return Severity.ERROR;
        }
        return switch (role.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "warning", "warn" -> Severity.WARNING;
            case "info", "information", "informational" -> Severity.INFO;
            default -> Severity.ERROR;
        };
    }

    private XsltExecutable rulesFor(SchemaChoice choice) throws ValidationException {
        String key = cacheKey(choice);
        XsltExecutable cached = rules.get(key);
        if (cached != null) {
            return cached;
        }
        XsltExecutable compiled = compileRules(choice);
        rules.put(key, compiled);
        return compiled;
    }

    private XsltExecutable compileRules(SchemaChoice choice) throws ValidationException {
        URL url = choice.path().map(JingSchematronValidator::url).orElseGet(() -> resource(SCHEMAS + "siglum.sch"));
        try {
            byte[] schema;
            try (InputStream in = url.openStream()) {
                schema = in.readAllBytes();
            }
            Path kept = keptXslt(schema);
            if (kept != null && Files.isRegularFile(kept)) {
                try (InputStream in = Files.newInputStream(kept)) {
                    // the schema's own address as the base: its relative references resolve as they did
                    return compiler().compile(new StreamSource(in, url.toExternalForm()));
                } catch (SaxonApiException | IOException e) {
                    // a damaged entry: made again below
                }
            }
            XsltTransformer compile = schxslt().load();
            compile.setSource(new SAXSource(SecureXml.reader(),
                    withSystemId(new InputSource(new java.io.ByteArrayInputStream(schema)), url)));
            XdmDestination xslt = new XdmDestination();
            compile.setDestination(xslt);
            compile.transform();
            if (kept != null) {
                keep(kept, xslt.getXdmNode());
            }
            return compiler().compile(xslt.getXdmNode().asSource());
        } catch (IOException | SAXException | SaxonApiException e) {
            throw new ValidationException(choice.label() + ": cannot compile the Schematron rules: " + e.getMessage(), e);
        }
    }

    /**
     * The file that keeps the XSLT of this schema, or null: no cache in this run, or a schema that includes or extends
     * others (a change there would not change the key).
     */
    private Path keptXslt(byte[] schema) {
        Path dir = schematronCache;
        if (dir == null) {
            return null;
        }
        String text = new String(schema, java.nio.charset.StandardCharsets.UTF_8);
        if (text.contains(":include") || text.contains("<include") || text.contains(":extends")
                || text.contains("<extends")) {
            return null;
        }
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(buildKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(schema);
            return dir.resolve(java.util.HexFormat.of().formatHex(sha.digest(), 0, 12) + ".xsl");
        } catch (java.security.NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** Writes the XSLT whole or not at all (a temporary file moved into place); a failure only costs the next run. */
    private void keep(Path file, XdmNode xslt) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".schematron-", ".tmp");
            try {
                saxon().processor().newSerializer(temporary.toFile()).serializeNode(xslt);
                Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | SaxonApiException | RuntimeException e) {
            // not kept: SchXslt runs again next time
        }
    }

    private XsltExecutable schxslt() throws SaxonApiException, IOException {
        XsltExecutable pipeline = schxslt;
        if (pipeline == null) {
            synchronized (this) {
                if (schxslt == null) {
                    URL url = resource(PIPELINE);
                    try (InputStream in = url.openStream()) {
                        schxslt = compiler().compile(new StreamSource(in, url.toExternalForm()));
                    }
                }
                pipeline = schxslt;
            }
        }
        return pipeline;
    }

    private XsltCompiler compiler() {
        XsltCompiler compiler = saxon().processor().newXsltCompiler();
        // SchXslt's stylesheets include each other by relative URI; under OSGi those are bundle: URLs, which Saxon's
        // default resolver does not open. Resolve them ourselves, and only inside this bundle or a file: schema.
        compiler.setURIResolver((href, base) -> resolve(href, base));
        return compiler;
    }

    private static Source resolve(String href, String base) throws TransformerException {
        try {
            URI resolved;
            int bang = base == null ? -1 : base.indexOf("!/");
            if (base != null && base.startsWith("jar:") && bang > 0) {
                // jar: URIs are opaque to java.net.URI: resolve inside the jar's path
                String inner = URI.create("file:" + base.substring(bang + 1)).resolve(href).getPath();
                resolved = URI.create(base.substring(0, bang + 1) + inner);
            } else {
                resolved = base == null || base.isEmpty() ? new URI(href) : new URI(base).resolve(href);
            }
            String scheme = resolved.getScheme();
            if (scheme == null || !(scheme.equals("bundle") || scheme.equals("jar") || scheme.equals("file")
                    || scheme.equals("bundleresource"))) {
                throw new TransformerException("refusing to load " + resolved + ": only local resources are read");
            }
            URL url = resolved.toURL();
            InputSource input = new InputSource(url.openStream());
            input.setSystemId(resolved.toString());
            return new SAXSource(SecureXml.reader(), input);
        } catch (java.net.URISyntaxException | IOException | SAXException | IllegalArgumentException e) {
            throw new TransformerException("cannot load " + href + ": " + e.getMessage(), e);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static InputSource withSystemId(InputSource input, URL url) {
        input.setSystemId(url.toExternalForm());
        return input;
    }

    private static String cacheKey(SchemaChoice choice) {
        return choice.path().map(p -> {
            try {
                return (choice.grammar() ? "g:" : "r:") + p + "@" + Files.getLastModifiedTime(p).toMillis() + "/" + Files.size(p);
            } catch (IOException e) {
                return (choice.grammar() ? "g:" : "r:") + p;
            }
        }).orElse("builtin");
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static URL resource(String name) {
        URL url = JingSchematronValidator.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is missing from the bundle's class path (siglum.tei-schemas, SchXslt)");
        }
        return url;
    }
}
