package org.siglum.ui.export.internal;

import java.nio.file.Path;

import org.siglum.apparatus.internal.DocumentApparatus;
import org.siglum.citations.internal.TeiBibliographyService;
import org.siglum.citations.internal.CiteprocCitationFormatter;
import org.siglum.citations.internal.TeiNoteService;
import org.siglum.export.html.internal.HtmlExporter;
import org.siglum.export.internal.SaxonXslt;
import org.siglum.export.pdf.internal.PdfExporter;
import org.siglum.export.pdf.internal.PrintExporters;
import org.siglum.export.text.internal.TextExporter;
import org.siglum.witness.internal.TeiWitnessText;

/**
 * The real services and exporters, wired by hand as SCR wires them; made once for all the tests (Saxon compiles
 * once).
 */
final class Services {

    static final TeiWitnessText WITNESS = new TeiWitnessText();
    static final DocumentApparatus APPARATUS = new DocumentApparatus();
    static final TeiNoteService NOTES = new TeiNoteService();
    static final CiteprocCitationFormatter CITATIONS = new CiteprocCitationFormatter(NOTES, new TeiBibliographyService());
    static final SaxonXslt XSLT = new SaxonXslt();
    static final TextExporter TEXT = new TextExporter(WITNESS);
    static final HtmlExporter HTML = new HtmlExporter(XSLT, CITATIONS);
    static final PdfExporter PDF = PrintExporters.wired(XSLT, CITATIONS);

    private Services() {
    }

    static Path sample() {
        return Path.of(System.getProperty("siglum.root", "../.."), "samples", "chapter-3.xml").toAbsolutePath()
                .normalize();
    }
}
