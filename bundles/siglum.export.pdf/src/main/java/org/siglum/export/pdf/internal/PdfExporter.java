package org.siglum.export.pdf.internal;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.transform.stream.StreamSource;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.citations.CitationFormatter;
import org.siglum.citations.FormattedEdition;
import org.siglum.citations.OutputFormat;
import org.siglum.core.XmlTree;
import org.siglum.export.Diagnostic;
import org.siglum.export.ExportException;
import org.siglum.export.ExportOption;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.Exporter;
import org.siglum.export.OutputFiles;
import org.siglum.export.ProgressMonitor;
import org.siglum.export.XsltService;
import org.w3c.dom.Document;

import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;

/**
 * The print edition ({@code pdf}): the edited text on book pages, numbered every fifth line, with the critical
 * apparatus keyed by line and the footnotes at the foot of each page, the source's page breaks in the margin, and the
 * bibliography at the end.
 */
@Component(service = Exporter.class)
public final class PdfExporter implements Exporter {

    private static final List<Path> SYSTEM_FONTS = List.of(Path.of("/usr/share/fonts/truetype/tlwg"),
            Path.of("/usr/share/fonts/truetype/dejavu"), Path.of("/usr/share/fonts/truetype/thai"),
            Path.of("/usr/share/fonts/truetype/noto"), Path.of("/usr/share/fonts/truetype/nanum"),
            Path.of("/usr/share/fonts/truetype/droid"));

    @Reference
    XsltService xslt;

    @Reference
    CitationFormatter citations;

    private final List<Path> fontDirectories;
    /** Engines by main family and complex scripts on or off: a FopFactory is costly to set up and safe to share. */
    private final Map<String, FopEngine> engines = new HashMap<>();

    public PdfExporter() {
        this(SYSTEM_FONTS);
    }

    /** An exporter whose fonts come from the given folders (tests point it to an empty one). */
    PdfExporter(List<Path> fontDirectories) {
        this.fontDirectories = List.copyOf(fontDirectories);
    }

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String name() {
        return "Print edition (PDF)";
    }

    @Override
    public List<ExportOption> options() {
        return List.of(new ExportOption("page", "the page size: A5 or B5", "A5"),
                new ExportOption("style", "the citation style of notes and bibliography",
                        CitationFormatter.DEFAULT_STYLE),
                new ExportOption("locale", "the CSL locale; auto: from the edition's xml:lang (th: th-TH)",
                        CitationFormatter.AUTO_LOCALE),
                new ExportOption("font", "the main font family (e.g. Norasi, Kinnari, NotoSerif; default: Norasi for "
                        + "Thai, else NotoSerif); other scripts fall back to the installed fonts for them", ""));
    }

    private synchronized FopEngine engine(String mainFamily, boolean complexScripts) throws ExportException {
        String key = mainFamily + (complexScripts ? "+complex" : "");
        FopEngine engine = engines.get(key);
        if (engine == null) {
            engine = FopEngine.create(fontDirectories, mainFamily, complexScripts);
            engines.put(key, engine);
        }
        return engine;
    }

    @Override
    public ExportResult export(ExportRequest request, ProgressMonitor monitor) throws ExportException {
        PageFormat page;
        try {
            page = PageFormat.valueOf(request.option("page").orElse("A5").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ExportException("unknown page size " + request.option("page").orElse("")
                    + ": the print edition has A5 and B5");
        }
        String style = request.option("style").orElse(CitationFormatter.DEFAULT_STYLE);
        String locale = citations.locale(request.document(),
                request.option("locale").orElse(CitationFormatter.AUTO_LOCALE));
        if (!citations.styles().contains(style)) {
            throw new ExportException("unknown citation style " + style);
        }
        monitor.begin("Print edition of " + request.edition().getFileName(), 6);
        List<Diagnostic> diagnostics = new ArrayList<>();
        check(request);
        // the Thai font's absence is reported before anything else is done
        engine("Norasi", false);
        monitor.worked(1);
        monitor.checkCanceled();

        monitor.subTask("XSLT: TEI to XSL-FO");
        Document book = galley(request, style, locale, diagnostics);
        monitor.worked(1);
        monitor.checkCanceled();

        Galley galley = new Galley(book);
        boolean rightToLeft = Scripts.isRightToLeft(galley.language());
        Scripts scripts = Scripts.of(book.getDocumentElement());
        String mainFamily = request.option("font").filter(f -> !f.isBlank()).orElse(scripts.letters(UnicodeScript.THAI) > 0
                || !FopEngine.installed(fontDirectories, "NotoSerif") ? "Norasi" : "NotoSerif");
        FopEngine fop = engine(mainFamily, scripts.needComplexScripts(rightToLeft));
        // the families the edition's characters need, and those of what the page adds (numbers, labels, the
        // ellipsis of a shortened running head)
        String chain = fop.coverage().chainFor(java.util.stream.IntStream.concat(Dom.characters(book),
                (" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
                        + "\u00A0\u2026\u2013\u2014").codePoints()), fop.fontFamily());
        BookDesign design = new BookDesign(page, chain, fop.coverage(),
                galley.language().isBlank() ? "th" : galley.language(), rightToLeft && fop.complexScripts());
        design.separateScripts(book);
        monitor.subTask("FOP, pass 1: lines");
        List<PrintedLine> lines = new LineSetter(design, fop).lines(galley, diagnostics::add);
        monitor.worked(1);
        monitor.subTask("FOP: pages with their apparatus");
        PageWriter writer = new PageWriter(design, galley);
        List<PrintedPage> pages = new Paginator(design.bodyMpt(), new CandidateLayouts(fop, writer)).paginate(lines,
                monitor, diagnostics::add);
        monitor.worked(1);
        monitor.checkCanceled();

        monitor.subTask("FOP, pass 2: PDF");
        Document composed = writer.composed(lines, pages);
        Path target = request.outputDirectory().resolve(request.baseName() + ".pdf");
        try {
            OutputFiles.write(target, out -> {
                fop.pdf(composed, out, diagnostics::add);
                monitor.checkCanceled();
            });
        } catch (IOException e) {
            throw new ExportException(target + ": cannot write: " + e.getMessage(), e);
        }
        monitor.worked(2);
        return new ExportResult(id(), List.of(target), diagnostics);
    }

    /** The edition as the galley: the XSLT step, with the citation service's formatted notes and bibliography. */
    private Document galley(ExportRequest request, String style, String locale, List<Diagnostic> diagnostics)
            throws ExportException {
        FormattedEdition formatted = citations.format(request.document(), style, locale, OutputFormat.FO);
        URL stylesheet = PdfExporter.class.getResource("tei-to-galley.xsl");
        try {
            DocumentBuilder builder = xslt.processor().newDocumentBuilder();
            Map<net.sf.saxon.s9api.XdmAtomicValue, XdmValue> notes = new HashMap<>();
            for (FormattedEdition.FormattedNote note : formatted.notes()) {
                if (note.noteId() != null) {
                    notes.put(new net.sf.saxon.s9api.XdmAtomicValue(note.noteId()), element(builder, note.citation()));
                }
            }
            List<XdmNode> bibliography = new ArrayList<>();
            for (String entry : formatted.bibliography()) {
                bibliography.add(element(builder, entry));
            }
            Xslt30Transformer t = xslt.transformer(xslt.compile(stylesheet), request, diagnostics::add);
            t.setStylesheetParameters(Map.of(new QName("citations"), new XdmMap(notes), new QName("bibliography"),
                    new XdmValue(bibliography)));
            java.io.StringWriter out = new java.io.StringWriter();
            Serializer serializer = xslt.processor().newSerializer(out);
            XdmNode edition = xslt.edition(request);
            // the stylesheet's tables of notes are global variables over the edition
            t.setGlobalContextItem(edition);
            t.applyTemplates(edition, serializer);
            return Dom.parse(out.toString(), true);
        } catch (SaxonApiException e) {
            throw new ExportException(request.edition().getFileName() + ": tei-to-galley.xsl: " + e.getMessage(), e);
        }
    }

    private static XdmNode element(DocumentBuilder builder, String fragment) throws SaxonApiException {
        XdmNode doc = builder.build(new StreamSource(new StringReader(fragment)));
        return (XdmNode) doc.children().iterator().next();
    }

    /**
     * Only a file that is not well-formed stops the print edition; what is odd in a well-formed one (an undeclared
     * witness, a pointer to nowhere) the command's {@code EditionCheck} reports as a warning, and the galley prints it
     * sensibly (decision 0039).
     */
    private static void check(ExportRequest request) throws ExportException {
        XmlTree tree = request.document().tree();
        if (!tree.isWellFormed()) {
            var problem = tree.problems().get(0);
            throw new ExportException(request.edition().getFileName() + ": " + problem);
        }
    }
}
