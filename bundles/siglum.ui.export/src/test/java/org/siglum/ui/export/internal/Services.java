package org.siglum.ui.export.internal;

import java.nio.file.Path;

import org.siglum.apparatus.internal.DocumentApparatus;
import org.siglum.citations.internal.BibliographyServiceImpl;
import org.siglum.citations.internal.CitationFormatterImpl;
import org.siglum.citations.internal.NoteServiceImpl;
import org.siglum.export.html.internal.HtmlExporter;
import org.siglum.export.internal.SaxonXslt;
import org.siglum.export.pdf.internal.PdfExporter;
import org.siglum.export.pdf.internal.PrintExporters;
import org.siglum.export.text.internal.TextExporter;
import org.siglum.witness.internal.WitnessTextComponent;

/**
 * The real services and exporters, wired by hand as SCR wires them; made once for all the tests (Saxon compiles
 * once).
 */
final class Services {

    static final WitnessTextComponent WITNESS = new WitnessTextComponent();
    static final DocumentApparatus APPARATUS = new DocumentApparatus();
    static final NoteServiceImpl NOTES = new NoteServiceImpl();
    static final CitationFormatterImpl CITATIONS = new CitationFormatterImpl(NOTES, new BibliographyServiceImpl());
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
