package org.siglum.citations;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.transform.stream.StreamSource;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;

/** Our schema as tei-schemas' tests run it: siglum.rng with Jing, siglum.sch with SchXslt and Saxon-HE. */
final class TeiValidity {
    private TeiValidity() {
    }

    /** Every problem: grammar errors and failed Schematron asserts, one line each. */
    static List<String> problems(Path doc) throws Exception {
        List<String> problems = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("rng " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("rng " + e.getLineNumber() + ": " + e.getMessage());
            }
        };
        PropertyMapBuilder props = new PropertyMapBuilder();
        ValidateProperty.ERROR_HANDLER.put(props, handler);
        ValidationDriver driver = new ValidationDriver(props.toPropertyMap());
        URL rng = TeiValidity.class.getResource("/org/siglum/tei/schemas/siglum.rng");
        driver.loadSchema(ValidationDriver.uriOrFileInputSource(rng.toString()));
        driver.validate(ValidationDriver.fileInputSource(doc.toFile()));

        Processor processor = new Processor(false);
        XsltCompiler compiler = processor.newXsltCompiler();
        URL pipeline = TeiValidity.class.getResource("/xslt/2.0/pipeline-for-svrl.xsl");
        XsltExecutable schxslt;
        try (InputStream in = pipeline.openStream()) {
            schxslt = compiler.compile(new StreamSource(in, pipeline.toString()));
        }
        URL sch = TeiValidity.class.getResource("/org/siglum/tei/schemas/siglum.sch");
        XsltTransformer compile = schxslt.load();
        compile.setSource(new StreamSource(sch.toString()));
        XdmDestination xslt = new XdmDestination();
        compile.setDestination(xslt);
        compile.transform();
        XsltTransformer run = compiler.compile(xslt.getXdmNode().asSource()).load();
        run.setSource(new StreamSource(doc.toFile()));
        XdmDestination svrl = new XdmDestination();
        run.setDestination(svrl);
        run.transform();
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("svrl", "http://purl.oclc.org/dsdl/svrl");
        for (XdmItem item : xpath.evaluate("//svrl:failed-assert", svrl.getXdmNode())) {
            problems.add("sch: " + item.getStringValue().trim().replaceAll("\\s+", " "));
        }
        return problems;
    }
}
