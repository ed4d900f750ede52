package org.siglum.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siglum.citations.BibEntry;
import org.siglum.citations.BibliographyException;
import org.siglum.citations.internal.TeiBibliographyService;
import org.siglum.collation.Collation;
import org.siglum.collation.CollationOptions;
import org.siglum.collation.Reading;
import org.siglum.collation.VariantPlace;
import org.siglum.collation.Witness;
import org.siglum.collation.internal.ThaiCollator;
import org.siglum.core.EditionDocument;
import org.siglum.core.EditionException;
import org.siglum.core.Problem;
import org.siglum.core.XmlAttribute;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlNode;
import org.siglum.core.XmlTree;
import org.siglum.core.testing.ProjectFiles;
import org.siglum.ocr.ImportOptions;
import org.siglum.ocr.internal.PlainTextOcrImporter;
import org.siglum.thai.Token;
import org.siglum.thai.Tokens;
import org.siglum.witness.internal.TeiWitnessText;

/**
 * Seeded fuzzing of the parts that read what users bring: the XML core, the OCR import, BibTeX and CSL-JSON, the
 * tokeniser of the collation. No crash, no hang, no exception but our own clear ones, and each target's own promise
 * (offsets inside the text and byte-exact saving; a well-formed import that gives the text back; tokens that cover
 * the text exactly). A short round here ({@code siglum.fuzz.seconds}, 3 s a target); a long one in
 * {@code bench/run-fuzz.sh}. The seed is fixed and printed; {@code -Dsiglum.fuzz.seed=N} repeats a round.
 */
class FuzzTest {

    private static Path root;

    @BeforeAll
    static void where() {
        root = ProjectFiles.root();
        System.out.println("fuzz seed " + Fuzzer.seed() + ", " + Fuzzer.seconds() + " s per target");
    }

    private static byte[] read(String path) {
        try {
            return Files.readAllBytes(root.resolve(path));
        } catch (IOException e) {
            throw new AssertionError("missing fuzz corpus file " + path, e);
        }
    }

    /** The shared corpus beside the checkout, when present: more to mutate, not required. */
    private static List<byte[]> shared(String folder, String suffix) {
        Optional<Path> dir = ProjectFiles.sharedIfPresent(folder);
        if (dir.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().map(p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertClean(Fuzzer.Result result) {
        assertThat(result.inputs()).as("inputs tried").isPositive();
        assertThat(result.failures()).as("%s: %d inputs, seed %d", result.target(), result.inputs(), result.seed()).isEmpty();
    }

    // ---------------------------------------------------------------- the XML core

    private static final List<String> XML_TOKENS = List.of("<", ">", "</", "/>", "<p>", "</p>", "<app>", "</app>", "&",
            "&amp;", "&lt;", "&#x0E01;", "&#0;", "&#xD800;", "&#1114112;", "&undefined;", ";", "=", "\"", "'", "<!--", "-->",
            "--", "<![CDATA[", "]]>", "<?", "?>", "<?xml version=\"1.0\"?>", "<!DOCTYPE TEI [", "]>",
            "<!DOCTYPE r [<!ENTITY a \"&a;\">]>", "<!ENTITY e \"<p>x</p>\">", "<!ENTITY % p \"\">", "%p;",
            "<!ENTITY x SYSTEM \"file:///etc/passwd\">", "&x;", "<!ATTLIST p a CDATA 'x'>", "xmlns=\"\"", "xmlns:a=\"u\"",
            "a:b", "xml:id=\"x\"", " ", "\n", "\r", "\r\n", "\t", "\u0000", "\uFFFE", "ก", "ไทย", "\u0E48\u0E49",
            "<lb/>", "<pb n=\"1\"/>", "<rdg wit=\"#OCR\">", "</rdg>");

    @Test
    void theXmlCoreParsesAnyBytesWithinItsPromises() {
        List<byte[]> corpus = new ArrayList<>(List.of(read("samples/chapter-3.xml"),
                read("bundles/siglum.citations/src/test/resources/edition.xml"),
                read("bundles/siglum.citations/src/test/resources/broken-notes.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>ก<app><lem>ข</lem><rdg wit=\"#OCR\">ค</rdg></app></p></body></text></TEI>\n"
                        .getBytes(StandardCharsets.UTF_8),
                "<!DOCTYPE r [<!ENTITY a \"ab\"><!ENTITY b \"&a;&a;\">]><r c='&b;'>&b;<![CDATA[x]]><?pi d?><!--c--></r>"
                        .getBytes(StandardCharsets.UTF_8),
                "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><r>ไทย</r>".getBytes(StandardCharsets.UTF_16LE)));
        corpus.addAll(shared("corpus", ".xml"));
        Mutator mutator = new Mutator(corpus, XML_TOKENS);
        assertClean(Fuzzer.run("xml-core", mutator::next, b -> b, List.of(EditionException.class), FuzzTest::checkCore));
    }

    static void checkCore(byte[] bytes) throws Exception {
        EditionDocument document = EditionDocument.parse(bytes, "fuzz.xml");
        String text = document.text();
        XmlTree tree = document.tree();
        int length = text.length();
        if (tree.length() != length) {
            throw new AssertionError("tree length " + tree.length() + " is not the text's " + length);
        }
        for (Problem p : tree.problems()) {
            if (p.offset() < 0 || p.offset() > length || p.line() < 1 || p.column() < 1) {
                throw new AssertionError("problem outside the text: " + p);
            }
        }
        List<XmlNode> nodes = new ArrayList<>(tree.children());
        for (int i = 0; i < nodes.size(); i++) {
            XmlNode node = nodes.get(i);
            if (node.start() < 0 || node.start() > node.end() || node.end() > length) {
                throw new AssertionError("node outside the text: " + node.getClass().getSimpleName() + " " + node.start()
                        + ".." + node.end() + " of " + length);
            }
            if (node instanceof XmlElement e) {
                nodes.addAll(e.children());
                for (XmlAttribute a : e.attributes()) {
                    if (a.start() < e.start() || a.end() > e.end()) {
                        throw new AssertionError("attribute outside its element at " + a.start());
                    }
                    a.value();
                }
            }
        }
        tree.root().ifPresent(XmlElement::textContent);
        if (length > 0) {
            tree.nodeAt(length / 2);
            tree.locate(length);
        }
        document.tei().counts();
        byte[] again = document.toBytes();
        if (!Arrays.equals(again, bytes)) {
            throw new AssertionError("toBytes differs from the bytes read (" + again.length + " against " + bytes.length + ")");
        }
    }

    // ---------------------------------------------------------------- the OCR import

    private static final String[] THAI = {"การ", "เครื่อง", "มือ", "สตาลิน", "ที่", "ได้แก่", "นโยบาย", "ๆ", "ค.ศ.", "๒๔๗๕",
            "บทที่", "\u0E48", "\u0E31", "เเ", "ฯลฯ"};
    private static final String[] ODD = {"<", "&", "]]>", "&amp;", "<p>", "\"", "'", "\u0001", "\u0007", "\u000B", "\u000C",
            "\u001F", "\u007F", "\u0085", "\uFFFE", "\uFFFF", "\uD800", "\uDC00", "\uD83D\uDE00", "\u00A0", "\u2028",
            "\u2029", "\t", "মন্ত্রী", "روت", "¹", "²⁶", "⁰", "\u200B", "\uFEFF", "\u202E", "\u0301"};
    private static final String[] BREAKS = {" ", "", "\n", "\r\n", "\r", "\n\n", "\n \n", "\r\n\r\n", "\n\n\n", "\f"};

    private static String ocrLike(Random random, Mutator seedText) {
        if (random.nextBoolean()) {
            return seedText.nextText(random);
        }
        StringBuilder sb = new StringBuilder();
        int tokens = random.nextInt(200);
        for (int i = 0; i < tokens; i++) {
            int kind = random.nextInt(10);
            String[] pool = kind < 6 ? THAI : kind < 8 ? ODD : BREAKS;
            sb.append(pool[random.nextInt(pool.length)]);
            if (random.nextInt(4) == 0) {
                sb.append(BREAKS[random.nextInt(BREAKS.length)]);
            }
        }
        return sb.toString();
    }

    @Test
    void theOcrImportGivesAWellFormedEditionWhoseOcrWitnessIsTheText() {
        List<byte[]> texts = new ArrayList<>(List.of(read(ProjectFiles.SEED)));
        Mutator seedText = new Mutator(texts, List.of("\n", "\n\n", "\r\n", "¹", "²", " ", "\u000C", "<", "&", "บทที่ ๓\n"));
        PlainTextOcrImporter importer = new PlainTextOcrImporter();
        TeiWitnessText witness = new TeiWitnessText();
        assertClean(Fuzzer.run("ocr-import", r -> ocrLike(r, seedText), s -> s.getBytes(StandardCharsets.UTF_8), List.of(),
                text -> {
                    String xml = importer.importText(text, ImportOptions.defaults());
                    XmlTree tree = XmlTree.parse(xml);
                    if (!tree.problems().isEmpty()) {
                        throw new AssertionError("not well-formed: " + tree.problems().get(0));
                    }
                    String back = witness.text(tree, "OCR");
                    if (!collapse(back).equals(collapse(text))) {
                        throw new AssertionError("the OCR witness is not the text");
                    }
                }));
    }

    private static String collapse(String s) {
        return s.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }

    // ---------------------------------------------------------------- BibTeX and CSL-JSON

    private static final TeiBibliographyService BIB = new TeiBibliographyService();

    private static void checkImport(List<BibEntry> entries) throws Exception {
        EditionDocument edition = EditionDocument.parse(read("bundles/siglum.citations/src/test/resources/edition.xml"), "edition.xml");
        BIB.importEntries(edition, entries);
        XmlTree tree = edition.tree();
        if (!tree.problems().isEmpty()) {
            throw new AssertionError("the import made the edition ill-formed: " + tree.problems().get(0));
        }
        BIB.entries(edition);
        BIB.exportBibTeX(edition);
        BIB.exportCslJson(edition);
    }

    @Test
    void bibTeXIsReadOrRefusedWithAClearMessage() {
        List<byte[]> corpus = List.of(read("samples/chapter-3-sources.bib"),
                read("bundles/siglum.citations/src/test/resources/sources.bib"),
                read("bundles/siglum.citations/src/test/resources/malformed.bib"));
        Mutator mutator = new Mutator(corpus, List.of("@book{", "@article{", "@string{s = \"x\"}", "@comment{", "@preamble{\"x\"}",
                "{", "}", "=", ",", "\"", "#", "\\", "%", "author = {", " and ", "{\\\"o}", "\\v{c}", "year = 2516",
                "title = {", "doi = {10.1/x}", "@", "\n", "s # s", "month = jan", "pages = {1--2}", "editor = {", "others",
                "{{", "}}", "ก", "}\n@book{a,"));
        assertClean(Fuzzer.run("bibtex", mutator::nextText, s -> s.getBytes(StandardCharsets.UTF_8),
                List.of(BibliographyException.class), text -> checkImport(BIB.parseBibTeX(text, "fuzz.bib"))));
    }

    @Test
    void cslJsonIsReadOrRefusedWithAClearMessage() {
        List<byte[]> corpus = List.of(read("bundles/siglum.citations/src/test/resources/sources.json"),
                read("bundles/siglum.citations/src/test/resources/malformed.json"));
        Mutator mutator = new Mutator(corpus, List.of("{", "}", "[", "]", ",", ":", "\"", "\\u0e01", "\\ud800", "\\",
                "null", "true", "1e999", "-0", "0.5", "\"author\": [{\"family\": \"x\"}]", "\"author\": [{}]",
                "\"issued\": {\"date-parts\": [[2516]]}", "\"issued\": {\"date-parts\": [[]]}", "\"issued\": {\"raw\": \"x\"}",
                "\"id\": ", "\"type\": \"book\"", "\"type\": 5", "\"DOI\": \"\"", "[[[[[[[[", "]]]]]]]]", "ก", "\n"));
        assertClean(Fuzzer.run("csl-json", mutator::nextText, s -> s.getBytes(StandardCharsets.UTF_8),
                List.of(BibliographyException.class), text -> checkImport(BIB.parseCslJson(text, "fuzz.json"))));
    }

    // ---------------------------------------------------------------- the collation tokeniser

    @Test
    void theTokeniserCoversEveryTextExactlyAndCollationNeverFails() {
        List<byte[]> texts = new ArrayList<>(List.of(read(ProjectFiles.SEED)));
        texts.add(read("samples/ocr-errors.tsv"));
        Mutator seedText = new Mutator(texts, List.of(" ", "\n", "\u200B", "\uFEFF", "ๆ", "ฯ", "\u0E47", "a", "1", ".", "-"));
        ThaiCollator collator = new ThaiCollator();
        assertClean(Fuzzer.run("tokeniser", r -> {
            String a = ocrLike(r, seedText);
            Random local = new Random(r.nextLong());
            String b = new Mutator(List.of(a.getBytes(StandardCharsets.UTF_8)), List.of(" ", "ก", "\u0E48", "\n"))
                    .nextText(local);
            return new String[] {a, b};
        }, pair -> (pair[0] + "\u0000|\u0000" + pair[1]).getBytes(StandardCharsets.UTF_8), List.of(), pair -> {
            for (String text : pair) {
                checkTokens(text);
            }
            Collation collation = collator.collate(List.of(new Witness("A", pair[0]), new Witness("B", pair[1])),
                    CollationOptions.thai());
            for (VariantPlace place : collation.places()) {
                for (Reading reading : place.readings()) {
                    String text = reading.witness().equals("A") ? pair[0] : pair[1];
                    if (reading.start() < 0 || reading.start() > reading.end() || reading.end() > text.length()) {
                        throw new AssertionError("reading outside its witness: " + reading);
                    }
                }
            }
        }));
    }

    private static void checkTokens(String text) {
        int at = 0;
        for (Token t : Tokens.all(text)) {
            if (t.start() != at || t.end() <= t.start() || !t.text().equals(text.substring(t.start(), t.end()))) {
                throw new AssertionError("tokens do not cover the text exactly at " + at + ": " + t);
            }
            at = t.end();
        }
        if (at != text.length()) {
            throw new AssertionError("tokens end at " + at + " of " + text.length());
        }
    }
}
