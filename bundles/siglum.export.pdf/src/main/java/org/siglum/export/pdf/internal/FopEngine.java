package org.siglum.export.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFRenderer;
import org.apache.fop.render.xml.XMLRenderer;
import org.siglum.core.Xml;
import org.siglum.export.Diagnostic;
import org.siglum.export.ExportException;
import org.w3c.dom.Document;

/**
 * Apache FOP with a font for every script: a family chain (the main family first, then a font for each script that is
 * installed) in a generated configuration with no auto-detection and no font cache. FOP picks, for each character,
 * the first family of the chain that has its glyph. Complex scripts (shaping and bidi) are a setting of the whole
 * {@link FopFactory}: Arabic, Syriac and the Indic scripts need them on, Thai needs them off (they misplace its marks),
 * so the exporter keeps an engine of each kind (decision 0040). A {@link FopFactory} is safe to share between runs.
 */
final class FopEngine {

    /** A font: family, file name stem, and the package that brings it (null when the font is optional). */
    private record FontSpec(String family, String stem, String advice) {
    }

    private static final FontSpec NORASI = new FontSpec("Norasi", "Norasi",
            "the Thai font Norasi is not installed: apt-get install fonts-thai-tlwg");
    private static final FontSpec DEJAVU = new FontSpec("DejaVuSerif", "DejaVuSerif",
            "the font DejaVu Serif is not installed: apt-get install fonts-dejavu-core");

    /** The fonts of other scripts (fonts-noto-core), used when installed, in the order FOP tries them. */
    private static final List<FontSpec> SCRIPT_FONTS = optional("NotoSerif", "NotoNaskhArabic", "NotoSerifHebrew",
            "NotoSansSyriac", "NotoSerifDevanagari", "NotoSerifBengali", "NotoSerifGurmukhi", "NotoSerifGujarati",
            "NotoSerifTamil", "NotoSerifTelugu", "NotoSerifKannada", "NotoSerifMalayalam", "NotoSerifSinhala",
            "NotoSerifTibetan", "NotoSerifMyanmar", "NotoSerifKhmer", "NotoSerifLao", "NotoSerifArmenian",
            "NotoSerifGeorgian", "NotoSerifEthiopic", "NotoSansCoptic", "NotoSansGothic", "NotoSansRunic",
            "NotoSansSamaritan", "NotoSansMongolian", "NotoSansThaana", "NanumMyeongjo", "DroidSansFallbackFull", "NotoSans", "NotoSansSymbols",
            "NotoSansSymbols2", "NotoSansMath");

    /**
     * FOP, Batik, xmlgraphics-commons and PDFBox log through commons-logging, which falls back to java.util.logging at
     * INFO: an Arabic or Syriac edition printed 177,000 lines of font-table notes on standard error. What matters to the
     * user reaches them as FOP's events (decision 0040); their logs say only what is severe. Kept in a field: the
     * logging framework holds its loggers weakly, and a collected logger would forget its level.
     */
    private static final List<java.util.logging.Logger> QUIET_LOGS = quiet("org.apache.fop", "org.apache.xmlgraphics",
            "org.apache.batik", "org.apache.pdfbox", "org.apache.fontbox");

    private static List<java.util.logging.Logger> quiet(String... names) {
        List<java.util.logging.Logger> loggers = new ArrayList<>();
        for (String name : names) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
            logger.setLevel(java.util.logging.Level.SEVERE);
            loggers.add(logger);
        }
        return List.copyOf(loggers);
    }

    /** The family chain of the default engine (Thai first), as the tests of pass 2 see it. */
    static final String FONT_FAMILY = "Norasi,DejaVuSerif";

    private final FopFactory factory;
    private final String fontFamily;
    private final boolean complexScripts;
    private final FontCoverage coverage;

    private FopEngine(FopFactory factory, Map<String, Path> chain, boolean complexScripts) {
        this.factory = factory;
        this.fontFamily = String.join(",", chain.keySet());
        this.complexScripts = complexScripts;
        this.coverage = new FontCoverage(chain);
    }

    /** Which family of the chain has which glyph. */
    FontCoverage coverage() {
        return coverage;
    }

    private static List<FontSpec> optional(String... stems) {
        List<FontSpec> specs = new ArrayList<>();
        for (String stem : stems) {
            specs.add(new FontSpec(stem, stem, null));
        }
        return List.copyOf(specs);
    }

    /**
     * An engine for Thai (complex scripts off, Norasi first) whose fonts come from the given folders.
     *
     * @throws ExportException naming the missing font and the package to install
     */
    static FopEngine create(List<Path> fontDirectories) throws ExportException {
        return create(fontDirectories, NORASI.family(), false);
    }

    /**
     * An engine whose family chain begins with {@code mainFamily} (a font file stem in one of the folders, e.g.
     * Norasi, Kinnari, NotoSerif), with complex scripts on or off.
     *
     * @throws ExportException naming the missing font and the package to install
     */
    static FopEngine create(List<Path> fontDirectories, String mainFamily, boolean complexScripts)
            throws ExportException {
        List<FontSpec> chain = new ArrayList<>(List.of(NORASI, DEJAVU));
        chain.addAll(SCRIPT_FONTS);
        FontSpec main = chain.stream().filter(f -> f.family().equals(mainFamily)).findFirst()
                .orElse(new FontSpec(mainFamily, mainFamily, "the font " + mainFamily + " is not installed"));
        chain.remove(main);
        // the main family is required: a scholar who asked for it wants to know it is not there
        chain.add(0, main.advice() != null ? main
                : new FontSpec(main.family(), main.stem(), "the font " + mainFamily + " is not installed:"
                        + " apt-get install fonts-noto-core"));
        StringBuilder fonts = new StringBuilder();
        Map<String, Path> families = new LinkedHashMap<>();
        for (FontSpec spec : chain) {
            Path regular = find(fontDirectories, spec.stem() + ".ttf");
            if (regular == null) {
                regular = find(fontDirectories, spec.stem() + "-Regular.ttf");
            }
            if (regular == null) {
                if (spec.advice() != null) {
                    throw new ExportException(spec.advice());
                }
                continue;
            }
            families.put(spec.family(), regular);
            fonts.append(font(regular, spec.family(), "normal", "normal"));
            String[][] variants = { { "-Bold", "normal", "bold" }, { "-Italic", "italic", "normal" },
                    { "-BoldItalic", "italic", "bold" } };
            for (String[] v : variants) {
                Path file = find(fontDirectories, spec.stem() + v[0] + ".ttf");
                if (file == null && v[0].equals("-BoldItalic")) {
                    file = find(fontDirectories, spec.stem() + "-Bold.ttf");
                }
                fonts.append(font(file != null ? file : regular, spec.family(), v[1], v[2]));
            }
        }
        String conf = """
                <fop version="1.0">
                  <use-cache>false</use-cache>
                  %s
                  <renderers>
                    <renderer mime="application/pdf"><fonts>%s</fonts></renderer>
                  </renderers>
                </fop>
                """.formatted(complexScripts ? "" : "<complex-scripts disabled=\"true\"/>", fonts);
        try {
            FopConfParser parser = new FopConfParser(new ByteArrayInputStream(conf.getBytes(StandardCharsets.UTF_8)),
                    URI.create("file:///"));
            return new FopEngine(parser.getFopFactoryBuilder().build(), families, complexScripts);
        } catch (Exception e) {
            throw new ExportException("cannot configure FOP: " + e.getMessage(), e);
        }
    }

    /** The family chain for {@code font-family}: the main family, then a family for each other script installed. */
    String fontFamily() {
        return fontFamily;
    }

    boolean complexScripts() {
        return complexScripts;
    }

    /** Whether a family's regular face is in one of the folders. */
    static boolean installed(List<Path> fontDirectories, String stem) {
        return find(fontDirectories, stem + ".ttf") != null || find(fontDirectories, stem + "-Regular.ttf") != null;
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
            // FOP's complex scripts write U+FFFF (not an XML character) for a glyph with no character of its own
            byte[] xml = out.toString(StandardCharsets.UTF_8).replace("\uFFFF", "").getBytes(StandardCharsets.UTF_8);
            return Dom.parse(xml);
        } catch (Exception e) {
            throw new ExportException("cannot read FOP's area tree: " + e.getMessage(), e);
        }
    }

    /** Renders a formatting-objects document to PDF. */
    void pdf(Document fo, OutputStream out, Consumer<Diagnostic> diagnostics) throws ExportException {
        FOUserAgent agent = agent(diagnostics);
        IFDocumentHandler handler;
        try {
            handler = agent.getRendererFactory().createDocumentHandler(agent, MimeConstants.MIME_PDF);
        } catch (Exception e) {
            throw new ExportException("cannot set up FOP's PDF renderer: " + e.getMessage(), e);
        }
        agent.setDocumentHandlerOverride(handler);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        run(fo, MimeConstants.MIME_PDF, agent, pdf);
        try {
            out.write(ToUnicodeRepair.repair(pdf.toByteArray(), handler.getFontInfo(), fo));
        } catch (java.io.IOException e) {
            throw new ExportException("cannot write the PDF: " + e.getMessage(), e);
        }
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

    /**
     * How many pages each page-sequence of a formatting-objects document takes, from FOP's own results: the page
     * fitting's question, answered without writing the area tree as XML and reading it back (a quarter of its time).
     * The layout is FOP's for the PDF (its fonts measure the text); the PDF itself is discarded.
     */
    List<Integer> pageCounts(Document fo) throws ExportException {
        Fop fop = run(fo, MimeConstants.MIME_PDF, agent(d -> { }), OutputStream.nullOutputStream());
        List<Integer> counts = new ArrayList<>();
        for (Object sequence : fop.getResults().getPageSequences()) {
            counts.add(((org.apache.fop.apps.PageSequenceResults) sequence).getPageCount());
        }
        return counts;
    }

    private Fop run(Document fo, String mime, FOUserAgent agent, OutputStream out) throws ExportException {
        try {
            Fop fop = factory.newFop(mime, agent, out);
            Transformer identity = TransformerFactory.newDefaultInstance().newTransformer();
            identity.transform(new DOMSource(fo), new SAXResult(fop.getDefaultHandler()));
            return fop;
        } catch (Exception e) {
            throw new ExportException("FOP failed: " + e.getMessage(), e);
        }
    }
}
