package org.siglum.export.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siglum.export.Diagnostic;
import org.siglum.export.ExportResult;
import org.siglum.export.ProgressMonitor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The print edition of every real edition in {@code ../shared/corpus}: the text of every paragraph and every note,
 * read from the TEI independently (JDK DOM and XPath), is in the PDF's text, and FOP found a glyph for every
 * character. Skips when the corpus is absent.
 */
class CorpusPrintTest {

    private static final Path CORPUS = Path.of(System.getProperty("siglum.root", "../..")).resolve("../shared/corpus");

    static Stream<Path> corpus() throws Exception {
        if (!Files.isDirectory(CORPUS)) {
            return Stream.of((Path) null);
        }
        String only = System.getProperty("corpus.only", "");
        List<Path> files = new ArrayList<>();
        try (var list = Files.list(CORPUS)) {
            list.filter(p -> p.toString().endsWith(".xml")).filter(p -> p.getFileName().toString().startsWith(only))
                    .sorted().forEach(files::add);
        }
        return files.isEmpty() ? Stream.of((Path) null) : files.stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyParagraphAndNoteOfARealEditionIsPrintedWithAGlyphForEveryCharacter(Path edition, @TempDir Path dir)
            throws Exception {
        assumeTrue(edition != null, "../shared/corpus is absent (or -Dcorpus.only matches no file): skipped");
        long t0 = System.nanoTime();
        ExportResult result = PdfExporterTest.exporter(null)
                .export(PdfExporterTest.request(edition, dir, Map.of()), ProgressMonitor.NONE);
        System.out.printf("pdf of %s: %d ms%n", edition.getFileName(), (System.nanoTime() - t0) / 1_000_000);
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .noneMatch(m -> m.contains("glyphNotAvailable"));
        Path kept = Files.createDirectories(Path.of("target/corpus-pdf")).resolve(result.files().get(0).getFileName());
        Files.copy(result.files().get(0), kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // pdftotext's reading order groups a line's superscript markers apart from it; -raw keeps the content order,
        // which for right-to-left lines is the visual one: those are read in pdftotext's logical order
        boolean rightToLeft = Scripts.isRightToLeft(language(edition));
        String printed = letters(rightToLeft
                ? PdfExporterTest.run("pdftotext", result.files().get(0).toString(), "-")
                : PdfExporterTest.run("pdftotext", "-raw", result.files().get(0).toString(), "-"));
        List<String> missing = new ArrayList<>();
        for (String expected : texts(edition)) {
            String l = letters(expected);
            if (!l.isEmpty() && !printedInOrder(l, printed)) {
                missing.add(expected.length() > 200 ? expected.substring(0, 200) + "..." : expected);
            }
        }
        assertThat(missing).as(edition.getFileName() + ": paragraphs and notes not in the PDF").isEmpty();
    }

    /** The edition's main language, read independently: xml:lang of its body, text or TEI. */
    static String language(Path edition) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        Document doc = dbf.newDocumentBuilder().parse(edition.toFile());
        for (String name : List.of("body", "text")) {
            NodeList list = doc.getElementsByTagNameNS("http://www.tei-c.org/ns/1.0", name);
            if (list.getLength() > 0 && ((Element) list.item(0)).hasAttribute("xml:lang")) {
                return ((Element) list.item(0)).getAttribute("xml:lang");
            }
        }
        return doc.getDocumentElement().getAttribute("xml:lang");
    }

    /**
     * The text of every {@code p} and {@code note} in the text, as a reader of the edition sees it: readings of
     * the apparatus other than the lemma, the abbreviation beside its expansion, the error beside its correction,
     * deletions and notes inside the element are not part of it.
     */
    static List<String> texts(Path edition) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        Document doc = dbf.newDocumentBuilder().parse(edition.toFile());
        var xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            public String getNamespaceURI(String prefix) {
                return "tei".equals(prefix) ? "http://www.tei-c.org/ns/1.0" : null;
            }

            public String getPrefix(String uri) {
                return null;
            }

            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        NodeList nodes = (NodeList) xpath.evaluate("//tei:text//tei:p | //tei:text//tei:note", doc,
                XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            StringBuilder out = new StringBuilder();
            read((Element) nodes.item(i), out, true);
            texts.add(out.toString().replaceAll("\\s+", " ").strip());
        }
        return texts;
    }

    private static void read(Element e, StringBuilder out, boolean top) {
        String name = e.getLocalName();
        if (!top && List.of("note", "rdg", "abbr", "sic", "orig", "del", "fw", "surplus", "figDesc", "rdgGrp",
                "witDetail", "am").contains(name)) {
            return;
        }
        if (!top && "app".equals(name) && e.getElementsByTagNameNS("*", "lem").getLength() == 0) {
            // an apparatus without a lemma prints its first reading as the text
            NodeList rdgs = e.getElementsByTagNameNS("http://www.tei-c.org/ns/1.0", "rdg");
            if (rdgs.getLength() > 0) {
                read((Element) rdgs.item(0), out, true);
            }
            return;
        }
        for (var c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                read(child, out, false);
            } else if (c.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
                out.append(c.getNodeValue());
            }
        }
    }

    /**
     * Letters only: line breaks, line numbers, hyphens, spaces and word breaks do not count, nor combining marks
     * (pdftotext gives a mark FOP positioned over an Arabic or Syriac letter on a line of its own).
     */
    static String letters(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(Character::isLetter).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** How far a piece of a paragraph may stand from the one before: a running head, a page's foot, a margin label. */
    private static final int GAP = 4000;

    /**
     * Whether the expected letters are printed, in pieces of 12 letters (5 at a seam, or what is left), each within
     * {@link #GAP} of the one before: a page break puts its foot and the next running head inside a paragraph.
     */
    static boolean printedInOrder(String expected, String printed) {
        int pos = 0;
        int from = -1;
        while (pos < expected.length()) {
            // pdftotext may give a line's chunks in another order (a right-to-left line, a line with superscript
            // markers): a piece may stand just before the one it follows, and one that spans such a seam is shorter
            int at = -1;
            int k = 0;
            for (int size : new int[] { 12, 8, 5 }) {
                k = Math.min(size, expected.length() - pos);
                String piece = expected.substring(pos, pos + k);
                at = from < 0 ? printed.indexOf(piece) : printed.indexOf(piece, Math.max(0, from - GAP));
                if (at >= 0 && (from < 0 || at - from <= GAP)) {
                    break;
                }
                at = -1;
            }
            if (at < 0) {
                return false;
            }
            while (pos + k < expected.length() && at + k < printed.length()
                    && printed.charAt(at + k) == expected.charAt(pos + k)) {
                k++;
            }
            pos += k;
            from = at + k;
        }
        return true;
    }
}
