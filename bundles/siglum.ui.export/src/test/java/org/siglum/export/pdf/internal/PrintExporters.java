package org.siglum.export.pdf.internal;

import org.siglum.citations.CitationFormatter;
import org.siglum.export.XsltService;

/** The pdf exporter wired by hand to the real services, as SCR wires its package-private fields. */
public final class PrintExporters {

    private PrintExporters() {
    }

    public static PdfExporter wired(XsltService xslt, CitationFormatter citations) {
        PdfExporter exporter = new PdfExporter();
        exporter.xslt = xslt;
        exporter.citations = citations;
        return exporter;
    }
}
