package org.siglum.export.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/** The web edition of the sample is valid HTML5, as the Nu HTML Checker (the W3C's validator, run offline) says. */
class WebEditionValidityTest {

    @Test
    void theWebEditionOfTheSampleIsValidHtml5(@TempDir Path out) throws Exception {
        WebEditions.export(WebEditions.sample(), out);
        Path index = out.resolve("chapter-3/index.html");

        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // informational remarks (e.g. the XHTML-style slash on void elements) do not make a page invalid
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": fatal: " + e.getMessage());
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        // the checker's own HTML5 schema, from its jar (no network: the URI names a bundled resource)
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        validator.checkHtmlFile(index.toFile(), true);

        assertThat(errors).as("HTML5 errors in the web edition").isEmpty();
    }
}
