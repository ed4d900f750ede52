package org.siglum.export.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.sax.SAXResult;

import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;
import org.apache.fop.render.intermediate.IFRenderer;
import org.apache.fop.render.xml.XMLRenderer;
import org.siglum.core.Xml;
import org.siglum.export.Diagnostic;
import org.siglum.export.ExportException;
import org.w3c.dom.Document;

/**
 * Apache FOP configured for Thai: the TLWG font Norasi with DejaVu Serif for what it lacks, complex scripts off
 * (they misplace Thai marks), no font auto-detection and no font cache. One engine per font configuration; a
 * {@link FopFactory} is safe to share between runs.
 */
final class FopEngine {

    /** The fonts the print edition needs: family, file name stem, and the package that brings them. */
    private record FontSpec(String family, String stem, String advice) {
    }

    private static final List<FontSpec> FONTS = List.of(
            new FontSpec("Norasi", "Norasi", "the Thai font Norasi is not installed: apt-get install fonts-thai-tlwg"),
            new FontSpec("DejaVuSerif", "DejaVuSerif",
                    "the font DejaVu Serif is not installed: apt-get install fonts-dejavu-core"));

    static final String FONT_FAMILY = "Norasi,DejaVuSerif";

    private final FopFactory factory;

    private FopEngine(FopFactory factory) {
        this.factory = factory;
    }

    /**
     * An engine whose fonts come from the given folders.
     *
     * @throws ExportException naming the missing font and the package to install
     */
    static FopEngine create(List<Path> fontDirectories) throws ExportException {
        StringBuilder fonts = new StringBuilder();
        for (FontSpec spec : FONTS) {
            Path regular = find(fontDirectories, spec.stem() + ".ttf");
            if (regular == null) {
                throw new ExportException(spec.advice());
            }
            fonts.append(font(regular, spec.family(), "normal", "normal"));
            String[][] variants = { { "-Bold", "normal", "bold" }, { "-Italic", "italic", "normal" },
                    { "-BoldItalic", "italic", "bold" } };
            for (String[] v : variants) {
                Path file = find(fontDirectories, spec.stem() + v[0] + ".ttf");
                fonts.append(font(file != null ? file : regular, spec.family(), v[1], v[2]));
            }
        }
        String conf = """
                <fop version="1.0">
                  <use-cache>false</use-cache>
                  <complex-scripts disabled="true"/>
                  <renderers>
                    <renderer mime="application/pdf"><fonts>%s</fonts></renderer>
                  </renderers>
                </fop>
                """.formatted(fonts);
        try {
            FopConfParser parser = new FopConfParser(new ByteArrayInputStream(conf.getBytes(StandardCharsets.UTF_8)),
                    URI.create("file:///"));
            return new FopEngine(parser.getFopFactoryBuilder().build());
        } catch (Exception e) {
            throw new ExportException("cannot configure FOP: " + e.getMessage(), e);
        }
    }

    private static Path find(List<Path> dirs, String name) {
        for (Path dir : dirs) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }

    private static String font(Path file, String family, String style, String weight) {
        return "<font kerning=\"yes\" embed-url=\"" + Xml.escapeAttribute(file.toUri().toString()) + "\"><font-triplet name=\""
                + family + "\" style=\"" + style + "\" weight=\"" + weight + "\"/></font>";
    }

    /** Lays out a formatting-objects document and gives FOP's area tree (with the PDF renderer's fonts). */
    Document areaTree(Document fo, Consumer<Diagnostic> diagnostics) throws ExportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FOUserAgent agent = agent(diagnostics);
        XMLRenderer renderer = new XMLRenderer(agent);
        // the area tree must measure text with the fonts the PDF will use
        try {
            IFRenderer pdf = new IFRenderer(agent);
            pdf.setDocumentHandler(agent.getRendererFactory().createDocumentHandler(agent, MimeConstants.MIME_PDF));
            renderer.mimicRenderer(pdf);
        } catch (Exception e) {
            throw new ExportException("cannot set up FOP's PDF renderer: " + e.getMessage(), e);
        }
        agent.setRendererOverride(renderer);
        run(fo, MimeConstants.MIME_FOP_AREA_TREE, agent, out);
        try {
            return Dom.parse(out.toByteArray());
        } catch (Exception e) {
            throw new ExportException("cannot read FOP's area tree: " + e.getMessage(), e);
        }
    }

    /** Renders a formatting-objects document to PDF. */
    void pdf(Document fo, OutputStream out, Consumer<Diagnostic> diagnostics) throws ExportException {
        run(fo, MimeConstants.MIME_PDF, agent(diagnostics), out);
    }

    private FOUserAgent agent(Consumer<Diagnostic> diagnostics) {
        FOUserAgent agent = factory.newFOUserAgent();
        agent.setProducer("Siglum");
        agent.getEventBroadcaster().addEventListener(event -> diagnostics.accept(diagnostic(event)));
        return agent;
    }

    private static Diagnostic diagnostic(Event event) {
        EventSeverity severity = event.getSeverity();
        Diagnostic.Severity s = severity == EventSeverity.FATAL || severity == EventSeverity.ERROR
                ? Diagnostic.Severity.ERROR
                : severity == EventSeverity.WARN ? Diagnostic.Severity.WARNING : Diagnostic.Severity.INFO;
        String message;
        try {
            message = EventFormatter.format(event, Locale.ENGLISH);
        } catch (RuntimeException e) {
            message = event.getEventID();
        }
        return new Diagnostic(s, "fop", 0, 0, event.getEventKey() + ": " + message.replaceAll("\\s+", " "));
    }

    private void run(Document fo, String mime, FOUserAgent agent, OutputStream out) throws ExportException {
        try {
            Fop fop = factory.newFop(mime, agent, out);
            Transformer identity = TransformerFactory.newDefaultInstance().newTransformer();
            identity.transform(new DOMSource(fo), new SAXResult(fop.getDefaultHandler()));
        } catch (Exception e) {
            throw new ExportException("FOP failed: " + e.getMessage(), e);
        }
    }
}
