package org.siglum.export.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.transform.stream.StreamSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.citations.CitationFormatter;
import org.siglum.citations.FormattedEdition;
import org.siglum.citations.OutputFormat;
import org.siglum.core.Xml;
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
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;

/**
 * The web edition: a folder {@code BASENAME/} with {@code index.html}, {@code siglum.css} and {@code siglum.js}, all
 * the reader needs offline, and the facsimile's page images copied beside them (decision 0048). The edition is checked first (witnesses declared, references resolving) so that a fault
 * is one line naming file, line and column; the folder replaces an earlier one only when it is complete.
 */
@Component(service = Exporter.class)
public final class HtmlExporter implements Exporter {

    static final String ID = "html";
    static final String STYLESHEET = "edition.xsl";
    /** Files copied beside index.html as they are. */
    static final List<String> ASSETS = List.of("siglum.css", "siglum.js");

    private final XsltService xslt;
    private final CitationFormatter citations;

    @Activate
    public HtmlExporter(@Reference XsltService xslt, @Reference CitationFormatter citations) {
        this.xslt = xslt;
        this.citations = citations;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Web edition (HTML)";
    }

    @Override
    public List<ExportOption> options() {
        return List.of(
                new ExportOption("style", "the CSL style of notes and bibliography", CitationFormatter.DEFAULT_STYLE),
                new ExportOption("locale", "the CSL locale; auto: from the edition's xml:lang (th: th-TH)", "auto"));
    }

    @Override
    public ExportResult export(ExportRequest request, ProgressMonitor monitor) throws ExportException {
        Set<String> known = new HashSet<>();
        options().forEach(o -> known.add(o.name()));
        for (String name : request.options().keySet()) {
            if (!known.contains(name)) {
                throw new ExportException("format html has no option --" + name + " (it has --style, --locale)");
            }
        }
        monitor.begin("Web edition of " + request.baseName(), 4);
        monitor.subTask("reading the edition");
        XdmNode edition = xslt.edition(request);
        monitor.worked(1);
        monitor.checkCanceled();

        monitor.subTask("formatting citations");
        String style = request.option("style").filter(s -> !s.isBlank()).orElse(CitationFormatter.DEFAULT_STYLE);
        String locale = citations.locale(request.document(),
                request.option("locale").orElse(CitationFormatter.AUTO_LOCALE));
        if (!citations.styles().contains(style)) {
            throw new ExportException("unknown citation style " + style + " (installed: "
                    + String.join(", ", citations.styles()) + ")");
        }
        if (!citations.locales().contains(locale)) {
            throw new ExportException("unknown citation locale " + locale + " (installed: "
                    + String.join(", ", citations.locales()) + ")");
        }
        FormattedEdition formatted = citations.format(request.document(), style, locale, OutputFormat.HTML);
        XdmNode citationTree = citationTree(formatted);
        monitor.worked(1);
        monitor.checkCanceled();

        monitor.subTask("transforming to HTML");
        List<Diagnostic> diagnostics = new ArrayList<>();
        Path out = request.outputDirectory();
        Path target = out.resolve(request.baseName());
        Path temp;
        try {
            Files.createDirectories(out);
            temp = Files.createTempDirectory(out, "." + request.baseName() + ".");
        } catch (IOException e) {
            throw new ExportException("cannot write into " + out + ": " + e.getMessage(), e);
        }
        FacsimileImages pageImages = FacsimileImages.of(request);
        diagnostics.addAll(pageImages.diagnostics());
        try {
            URL stylesheet = HtmlExporter.class.getResource(STYLESHEET);
            Xslt30Transformer transformer = xslt.transformer(xslt.compile(stylesheet), request, diagnostics::add);
            Path index = temp.resolve("index.html");
            try {
                transformer.setStylesheetParameters(Map.of(new QName("citations"), citationTree,
                        new QName("images"), XdmMap.makeMap(pageImages.hrefs())));
                transformer.setGlobalContextItem(edition);
                transformer.applyTemplates(edition, transformer.newSerializer(index.toFile()));
            } catch (SaxonApiException e) {
                throw new ExportException(request.edition().getFileName() + ": the web edition failed: "
                        + e.getMessage(), e);
            }
            monitor.worked(1);
            monitor.checkCanceled();
            monitor.subTask("writing " + target);
            for (String asset : ASSETS) {
                OutputFiles.write(temp.resolve(asset), o -> {
                    try (InputStream in = HtmlExporter.class.getResourceAsStream(asset)) {
                        in.transferTo(o);
                    }
                });
            }
            pageImages.copyInto(temp);
            readableByAll(temp);
            replace(temp, target);
            monitor.worked(1);
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteTree(temp);
        }
        List<Path> files = new ArrayList<>();
        files.add(target.resolve("index.html"));
        ASSETS.forEach(a -> files.add(target.resolve(a)));
        pageImages.copied().forEach(relative -> files.add(target.resolve(relative)));
        return new ExportResult(ID, files, diagnostics);
    }

    /**
     * The formatted citations as a tree the stylesheet copies from: {@code c:note id} per note, {@code c:entry} per
     * bibliography entry, their content XHTML.
     */
    private XdmNode citationTree(FormattedEdition formatted) throws ExportException {
        StringBuilder xml = new StringBuilder(
                "<c:citations xmlns:c=\"urn:siglum:citations\" xmlns=\"http://www.w3.org/1999/xhtml\">");
        for (FormattedEdition.FormattedNote note : formatted.notes()) {
            if (note.noteId() == null) {
                continue; // the stylesheet finds a note's citations by its xml:id; one without shows its own text
            }
            xml.append("<c:note id=\"").append(Xml.escapeAttribute(note.noteId())).append("\">").append(note.citation())
                    .append("</c:note>");
        }
        for (String entry : formatted.bibliography()) {
            xml.append("<c:entry>").append(entry).append("</c:entry>");
        }
        xml.append("</c:citations>");
        try {
            return xslt.processor().newDocumentBuilder().build(new StreamSource(new StringReader(xml.toString())));
        } catch (SaxonApiException e) {
            throw new ExportException("the formatted citations are not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    /**
     * A web edition is for serving: folders rwxr-xr-x and files rw-r--r-- (the page images' folders too) instead of a
     * temporary's owner-only modes.
     */
    private static void readableByAll(Path dir) throws IOException {
        if (!Files.getFileStore(dir).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString(
                        Files.isDirectory(file) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    /** Moves the complete new folder into place; the old one goes only once the new one is there. */
    private static void replace(Path temp, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a leftover hidden temporary folder is harmless; the export itself succeeded or already failed
        }
    }
}
