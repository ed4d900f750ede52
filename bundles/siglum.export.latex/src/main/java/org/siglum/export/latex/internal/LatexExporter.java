package org.siglum.export.latex.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.apparatus.ApparatusService;
import org.siglum.apparatus.Witness;
import org.siglum.citations.CitationFormatter;
import org.siglum.citations.FormattedEdition;
import org.siglum.citations.OutputFormat;
import org.siglum.export.Diagnostic;
import org.siglum.export.ExportException;
import org.siglum.export.ExportOption;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.Exporter;
import org.siglum.export.OutputFiles;
import org.siglum.export.ProgressMonitor;
import org.siglum.export.XsltService;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * Format {@code latex}: {@code BASENAME.tex}, a reledmac document for XeLaTeX. The witnesses' sigla come
 * from the {@link ApparatusService}, the notes' citations and the bibliography from the {@link CitationFormatter}; the
 * stylesheet {@code tei-to-reledmac.xsl} does the rest.
 */
@Component(service = Exporter.class)
public final class LatexExporter implements Exporter {

    static final URL STYLESHEET = LatexExporter.class.getResource("tei-to-reledmac.xsl");

    private final XsltService xslt;
    private final ApparatusService apparatus;
    private final CitationFormatter citations;

    @Activate
    public LatexExporter(@Reference XsltService xslt, @Reference ApparatusService apparatus,
            @Reference CitationFormatter citations) {
        this.xslt = xslt;
        this.apparatus = apparatus;
        this.citations = citations;
    }

    @Override
    public String id() {
        return "latex";
    }

    @Override
    public String name() {
        return "LaTeX (reledmac, for XeLaTeX or LuaLaTeX)";
    }

    @Override
    public List<ExportOption> options() {
        return List.of(new ExportOption("style", "the citation style", CitationFormatter.DEFAULT_STYLE),
                new ExportOption("locale", "the CSL locale; auto: from the edition's xml:lang (th: th-TH)",
                        CitationFormatter.AUTO_LOCALE),
                new ExportOption("font", "the main font family (default: by the edition's main script: Norasi for "
                        + "Thai, Noto Serif for Latin and Greek, Noto Naskh Arabic, Noto Serif Hebrew, ...)", ""));
    }

    @Override
    public ExportResult export(ExportRequest request, ProgressMonitor monitor) throws ExportException {
        monitor.begin("latex", 4);
        List<Diagnostic> diagnostics = new ArrayList<>();
        monitor.subTask("compiling the stylesheet");
        XsltExecutable stylesheet = xslt.compile(STYLESHEET);
        XdmNode edition = xslt.edition(request);
        monitor.worked(1);
        monitor.checkCanceled();

        monitor.subTask("witnesses and citations");
        Map<String, String> sigla = new HashMap<>();
        for (Witness witness : apparatus.witnesses(request.document())) {
            sigla.put(witness.id(), witness.siglum());
        }
        String style = request.option("style").orElse(CitationFormatter.DEFAULT_STYLE);
        String locale = citations.locale(request.document(),
                request.option("locale").orElse(CitationFormatter.AUTO_LOCALE));
        FormattedEdition formatted;
        try {
            formatted = citations.format(request.document(), style, locale, OutputFormat.TEXT);
        } catch (IllegalArgumentException e) {
            throw new ExportException(e.getMessage(), e);
        }
        Map<String, String> noteCitations = new HashMap<>();
        for (FormattedEdition.FormattedNote note : formatted.notes()) {
            if (note.noteId() != null) {
                noteCitations.put(note.noteId(), note.citation());
            }
        }
        monitor.worked(1);
        monitor.checkCanceled();

        monitor.subTask("tei-to-reledmac.xsl");
        Xslt30Transformer transformer = xslt.transformer(stylesheet, request, diagnostics::add);
        Map<QName, XdmValue> parameters = new HashMap<>();
        parameters.put(new QName("sigla"), XdmMap.makeMap(sigla));
        parameters.put(new QName("citations"), XdmMap.makeMap(noteCitations));
        parameters.put(new QName("bibliography"), new XdmValue(
                formatted.bibliography().stream().map(XdmAtomicValue::new).toList()));
        parameters.put(new QName("font"), new XdmAtomicValue(request.option("font").orElse("")));
        Path target = request.outputDirectory().resolve(request.baseName() + ".tex");
        try {
            transformer.setStylesheetParameters(parameters);
            transformer.setGlobalContextItem(edition);
            transformer.setBaseOutputURI(target.toUri().toString());
            OutputFiles.write(target, out -> {
                Serializer serializer = xslt.processor().newSerializer(out);
                try {
                    transformer.applyTemplates(edition, serializer);
                } catch (SaxonApiException e) {
                    throw new ExportException(request.edition().getFileName() + ": the LaTeX stylesheet failed: "
                            + e.getMessage(), e);
                }
                monitor.checkCanceled();
            });
        } catch (SaxonApiException e) {
            throw new ExportException(request.edition().getFileName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ExportException(target + ": cannot write: " + e.getMessage(), e);
        }
        monitor.worked(2);
        return new ExportResult(id(), List.of(target), diagnostics);
    }
}
