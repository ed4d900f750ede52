package org.siglum.tei.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.transform.stream.StreamSource;

import org.siglum.core.testing.ProjectFiles;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;

import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;

/**
 * Test-side validators: Jing for RELAX NG, SchXslt + Saxon-HE (s9api) for Schematron. Shared with other modules' tests
 * through this module's test jar.
 */
public final class Validators {

    private Validators() {
    }

    /** This module's folder in the project ({@link ProjectFiles}). */
    static Path moduleDir() {
        return ProjectFiles.file("tei-schemas");
    }

    /** The shared {@code tei} folder with tei_all.rng beside the repository ({@link ProjectFiles}), or null. */
    static Path sharedTei() {
        return ProjectFiles.sharedIfPresent("tei").filter(tei -> Files.isRegularFile(tei.resolve("tei_all.rng")))
                .orElse(null);
    }

    public record Problem(int line, String message) {
    }

    /** Validates doc against a RELAX NG (XML syntax) schema; returns every error Jing reports. */
    public static List<Problem> relaxng(Path schema, Path doc) throws IOException, SAXException {
        List<Problem> problems = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(new Problem(e.getLineNumber(), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(new Problem(e.getLineNumber(), e.getMessage()));
            }
        };
        PropertyMapBuilder props = new PropertyMapBuilder();
        ValidateProperty.ERROR_HANDLER.put(props, handler);
        ValidationDriver driver = new ValidationDriver(props.toPropertyMap());
        if (!driver.loadSchema(ValidationDriver.fileInputSource(schema.toFile()))) {
            throw new IllegalStateException("Jing cannot load the schema " + schema + ": " + problems);
        }
        boolean valid = driver.validate(ValidationDriver.fileInputSource(doc.toFile()));
        if (valid != problems.isEmpty()) {
            throw new IllegalStateException("Jing said valid=" + valid + " with problems " + problems);
        }
        return problems;
    }

    public record Failure(String id, String role, int line, String text) {
    }

    /** A Schematron schema compiled once with SchXslt, run with Saxon-HE. */
    public static final class Schematron {
        private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
        private final Processor processor = new Processor(false);
        private final XsltExecutable validator;

        public Schematron(Path schema) throws SaxonApiException, IOException {
            URL pipeline = Validators.class.getResource("/xslt/2.0/pipeline-for-svrl.xsl");
            if (pipeline == null) {
                throw new IllegalStateException("SchXslt is not on the test classpath");
            }
            XsltCompiler compiler = processor.newXsltCompiler();
            XsltExecutable schxslt;
            try (InputStream in = pipeline.openStream()) {
                schxslt = compiler.compile(new StreamSource(in, pipeline.toString()));
            }
            XsltTransformer compile = schxslt.load();
            compile.setSource(new StreamSource(schema.toFile()));
            XdmDestination xslt = new XdmDestination();
            compile.setDestination(xslt);
            compile.transform();
            validator = compiler.compile(xslt.getXdmNode().asSource());
        }

        public List<Failure> validate(Path doc) throws SaxonApiException {
            DocumentBuilder builder = processor.newDocumentBuilder();
            builder.setLineNumbering(true);
            XdmNode source = builder.build(doc.toFile());
            XsltTransformer run = validator.load();
            run.setInitialContextNode(source);
            XdmDestination svrl = new XdmDestination();
            run.setDestination(svrl);
            run.transform();

            XPathCompiler xpath = processor.newXPathCompiler();
            xpath.declareNamespace("svrl", SVRL);
            List<Failure> failures = new ArrayList<>();
            for (XdmItem item : xpath.evaluate("//svrl:failed-assert | //svrl:successful-report", svrl.getXdmNode())) {
                XdmNode node = (XdmNode) item;
                String location = node.getAttributeValue(new QName("location"));
                XdmItem target = processor.newXPathCompiler().evaluateSingle(location, source);
                int line = target instanceof XdmNode n ? n.getLineNumber() : -1;
                failures.add(new Failure(node.getAttributeValue(new QName("id")), node.getAttributeValue(new QName("role")),
                        line, node.getStringValue().trim().replaceAll("\\s+", " ")));
            }
            return failures;
        }
    }
}
