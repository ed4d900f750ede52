package org.siglum.ocr.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlNode;
import org.siglum.core.XmlText;
import org.siglum.core.XmlTree;
import org.siglum.ocr.ImportOptions;
import org.siglum.ocr.PageSeparation;
import org.siglum.ocr.TextImport;
import org.siglum.ocr.TextLayout;
import org.siglum.ocr.internal.PlainTextOcrImporter;
import org.siglum.witness.internal.TeiWitnessText;

/**
 * The import of a plain OCR text of a book, on the plain text Tesseract wrote for pages we typeset and degraded
 * (bench/ocr-pages: a Thai chapter opening, an English one with footnotes, a Thai one scanned poorly, with specks the
 * OCR read as text and page numbers it misread), the pages joined as real exports join them (a blank line, or a
 * form feed), checked against what the typesetter wrote: pages, running heads, page numbers, footnotes, paragraphs.
 */
class PlainBookImportTest {

    static final String TEI = LayoutImportTest.TEI;
    private final PlainTextOcrImporter importer = new PlainTextOcrImporter();

    /** A book of test data: its pages as Tesseract wrote them (a file a page, or the book with form feeds). */
    record Book(String name, int pages) {
        List<String> pageTexts() throws IOException {
            List<String> out = new ArrayList<>();
            if (pages == 0) {
                for (String page : LayoutImportTest.resource(name + "/book-ff.txt").split("\f")) {
                    if (!page.isBlank()) {
                        out.add(page);
                    }
                }
                return out;
            }
            for (int p = 1; p <= pages; p++) {
                out.add(LayoutImportTest.resource(name + "/p00" + p + ".txt"));
            }
            return out;
        }

        String text(String separator) throws IOException {
            StringBuilder all = new StringBuilder();
            List<String> texts = pageTexts();
            for (int p = 0; p < texts.size(); p++) {
                String page = texts.get(p);
                all.append(separator.equals("\f") ? page + "\f"
                        : page.stripTrailing() + "\n" + (p + 1 < texts.size() ? "\n" : ""));
            }
            return all.toString();
        }

        Truth truth() throws IOException {
            return Truth.read(LayoutImportTest.resource(name + "/truth.json"));
        }
    }

    /** Three to eight pages each, and the 41 pages of our chapter typeset as a book (the book with form feeds). */
    static final List<Book> BOOKS = List.of(new Book("book1", 3), new Book("book2-en", 6), new Book("book3-th", 8),
            new Book("book4-th", 0));

    static Stream<Arguments> books() {
        List<Arguments> out = new ArrayList<>();
        for (Book book : BOOKS) {
            out.add(Arguments.of(book, "\n"));
            out.add(Arguments.of(book, "\f"));
        }
        return out.stream();
    }

    private TextImport imported(Book book, String separator) throws IOException {
        return importer.importBook(book.text(separator), ImportOptions.defaults().withSource(book.name()),
                TextLayout.auto());
    }

    @ParameterizedTest
    @MethodSource("books")
    void everyPageIsFoundAndItsRunningHeadAndNumberAreFw(Book book, String separator) throws IOException {
        TextImport result = imported(book, separator);
        XmlTree tree = XmlTree.parse(result.xml());
        assertThat(tree.problems()).isEmpty();
        Truth truth = book.truth();
        assertThat(result.pages()).isEqualTo(separator.equals("\f") ? PageSeparation.FORM_FEED
                : PageSeparation.BLANK_LINE);
        assertThat(result.pageCount()).isEqualTo(truth.pages().size());
        assertThat(tree.elementsNamed(TEI, "pb")).hasSize(truth.pages().size());
        // every running head the typesetter set is an fw header, and no more
        List<String> headers = new ArrayList<>();
        for (XmlElement fw : tree.elementsNamed(TEI, "fw")) {
            if (fw.attribute("type").orElse("").equals("header")) {
                headers.add(PageRoles.letters(fw.textContent()));
            }
        }
        List<String> truthHeads = truth.pages().stream().map(Truth.Page::head).filter(h -> !h.isEmpty())
                .map(PageRoles::letters).toList();
        // every header is one the typesetter set (in order), and at most one in twenty is missed (the OCR misreads
        // some beyond recognition)
        assertThat(headers.size()).isLessThanOrEqualTo(truthHeads.size())
                .isGreaterThanOrEqualTo(truthHeads.size() - truthHeads.size() / 20);
        int t = 0;
        for (String header : headers) {
            while (t < truthHeads.size() && PageRoles.similarity(header, truthHeads.get(t)) <= 0.7) {
                t++;
            }
            assertThat(t).as("header %s is no running head the typesetter set", header).isLessThan(truthHeads.size());
            t++;
        }
        // every folio the OCR read is a page number and the pb's n; none is left in a paragraph
        List<String> numbers = tree.elementsNamed(TEI, "pb").stream().map(pb -> pb.attribute("n").orElse(""))
                .filter(n -> !n.isEmpty()).toList();
        assertThat(numbers).hasSizeGreaterThanOrEqualTo(truth.pages().size() - truth.pages().size() / 5 - 1);
        assertThat(tree.elementsNamed(TEI, "fw").stream().filter(fw -> fw.attribute("type").orElse("")
                .equals("pageNum"))).hasSizeGreaterThanOrEqualTo(numbers.size());
        // no printed line of a paragraph is a running head
        for (XmlElement p : tree.elementsNamed(TEI, "p")) {
            for (String line : ownText(p).split("\n")) {
                for (String head : headers) {
                    assertThat(PageRoles.similarity(PageRoles.letters(line), head)).as("a running head left in a"
                            + " paragraph: %s", line).isLessThan(0.9);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("books")
    void theOcrWitnessGivesTheTextBack(Book book, String separator) throws IOException {
        String text = book.text(separator);
        XmlTree tree = XmlTree.parse(imported(book, separator).xml());
        String witness = new TeiWitnessText().text(tree, "OCR");
        assertThat(collapse(witness)).isEqualTo(collapse(text.replace('\f', '\n')));
    }

    @ParameterizedTest
    @MethodSource("books")
    void theFootnotesAtAPagesFootAreNotesOfThatPage(Book book, String separator) throws IOException {
        XmlTree tree = XmlTree.parse(imported(book, separator).xml());
        Truth truth = book.truth();
        List<String> expected = new ArrayList<>();
        for (Truth.Page page : truth.pages()) {
            for (Truth.Line line : page.lines()) {
                if (line.kind().equals("note") && line.text().matches("[¹²³⁴-⁹]+ .*")) {
                    expected.add(PageRoles.letters(line.text()));
                }
            }
        }
        List<XmlElement> notes = tree.elementsNamed(TEI, "note").stream()
                .filter(n -> n.attribute("source").isPresent()).toList();
        assertThat(notes).hasSize(expected.size());
        for (int i = 0; i < notes.size(); i++) {
            XmlElement note = notes.get(i);
            assertThat(note.attribute("n")).contains(Integer.toString(i + 1));
            assertThat(note.attribute("place")).contains("foot");
            String letters = PageRoles.letters(note.textContent());
            assertThat(PageRoles.similarity(letters, expected.get(i).substring(0, Math.min(letters.length(),
                    expected.get(i).length())))).as(note.textContent()).isGreaterThan(0.6);
            // the note stands on its page: the pb before it is the page's
            XmlElement pbBefore = null;
            for (XmlElement pb : tree.elementsNamed(TEI, "pb")) {
                if (pb.start() < note.start()) {
                    pbBefore = pb;
                }
            }
            assertThat(pbBefore).isNotNull();
        }
    }

    /**
     * Paragraphs as the typesetter set them: a paragraph start the import found is one of the truth's (its first
     * letters nearly equal), over the four books together. Tesseract's blank lines fall inside paragraphs as often
     * as between them, and a paragraph that ends with a full line cannot be told from one that goes on: more are
     * joined than split.
     */
    @Test
    void printedLinesAreJoinedIntoTheParagraphsOfTheBook() throws IOException {
        int truthStarts = 0;
        int found = 0;
        int ours = 0;
        int right = 0;
        for (Book book : BOOKS) {
            List<String> starts = new ArrayList<>();
            List<Integer> seen = new ArrayList<>();
            for (Truth.Page page : book.truth().pages()) {
                for (Truth.Line line : page.lines()) {
                    if (line.kind().equals("body") && !seen.contains(line.paragraph())) {
                        seen.add(line.paragraph());
                        starts.add(head(line.text()));
                    }
                }
            }
            XmlTree tree = XmlTree.parse(imported(book, "\n").xml());
            int body = tree.elementsNamed(TEI, "body").get(0).start();
            List<String> paragraphs = tree.elementsNamed(TEI, "p").stream().filter(p -> p.start() > body)
                    .map(p -> head(ownText(p))).toList();
            truthStarts += starts.size();
            ours += paragraphs.size();
            found += (int) starts.stream().filter(s -> paragraphs.stream().anyMatch(p -> near(s, p))).count();
            right += (int) paragraphs.stream().filter(p -> starts.stream().anyMatch(s -> near(s, p))).count();
        }
        System.out.printf("plain book import: paragraph starts %d of %d found, %d of %d right%n", found, truthStarts,
                right, ours);
        assertThat((double) found / truthStarts).as("paragraphs found: %d of %d", found, truthStarts)
                .isGreaterThanOrEqualTo(0.7);
        assertThat((double) right / ours).as("paragraphs right: %d of %d", right, ours).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void pageNumbersOutOfSequenceAreWarnedWithTheirLineAndColumn() throws IOException {
        // the OCR read the folios ๔๕ ๔๖ ๔๗ as ๕๕ ๕๐ ๕๓
        TextImport result = imported(BOOKS.get(0), "\n");
        assertThat(result.warnings()).hasSize(2);
        assertThat(result.warnings().get(0)).matches("\\d+:1: page number ๕๐ does not follow ๕๕.*");
        assertThat(result.warnings().get(1)).matches("\\d+:\\d+: page number ๕๓ does not follow ๕๐.*");
    }

    @Test
    void aParagraphRunsOnOverAPageBreakAfterAFullLine() throws IOException {
        XmlTree tree = XmlTree.parse(imported(BOOKS.get(0), "\n").xml());
        // the chapter's first paragraph goes on over pages 1 and 2: the pb of page 2 and its running head are in it
        XmlElement pb = tree.elementsNamed(TEI, "pb").get(1);
        assertThat(pb.parent().localName()).isEqualTo("p");
        assertThat(pb.attribute("n")).contains("๕๐");
        assertThat(tree.elementsNamed(TEI, "fw").stream().filter(fw -> fw.parent() == pb.parent())).isNotEmpty();
    }

    @Test
    void aMarkerAndTheNoteAtThePagesFootAreLinked() {
        String text = """
                A Short History                                     9

                The first page of the text runs on to its foot,¹ with a note
                marked in it and more text after the marker to fill the line,
                and more lines after it, as a page has them, one after another
                until the page is full: a page of a book holds twenty or more,
                and this one, which is short, holds six lines of its text, all
                of them nearly as long as the others, then its footnote below.

                ¹ The note at the foot of the page.

                10                                     A Short History

                The second page goes on with a paragraph that ends here.
                """;
        TextImport result = importer.importBook(text, ImportOptions.defaults().withTitle("T"), TextLayout.auto());
        XmlTree tree = XmlTree.parse(result.xml());
        assertThat(tree.problems()).isEmpty();
        assertThat(result.pageCount()).isEqualTo(2);
        XmlElement anchor = tree.elementsNamed(TEI, "anchor").get(0);
        XmlElement note = tree.elementsNamed(TEI, "note").get(0);
        assertThat(tree.elementsNamed(TEI, "note")).hasSize(1);
        assertThat(note.attribute("target")).contains("#" + anchor.xmlId().orElseThrow());
        assertThat(note.attribute("n")).contains("1");
        assertThat(note.textContent()).contains("The note at the foot");
        assertThat(collapse(new TeiWitnessText().text(tree, "OCR"))).isEqualTo(collapse(text));
    }

    @Test
    void runningHeadsWithoutNumbersCountWhenTheyRepeatThreeTimes() {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 4; p++) {
            text.append("Letters from the North\n\n");
            for (int k = 0; k < 4; k++) {
                text.append("Body text of page ").append(p).append(" that fills a line as a body line does in it\n");
            }
            text.append("Body text of page ").append(p).append(" that fills a line as a body line does in a book\n");
            text.append("and a second line of it that also fills the measure of the page ok\n\n");
        }
        TextImport result = importer.importBook(text.toString(), new ImportOptions("en", "OCR", null, null),
                TextLayout.auto());
        // the first is the chapter's title, which the running heads of its pages repeat
        assertThat(result.pageCount()).isEqualTo(4);
        assertThat(result.runningHeads()).isEqualTo(3);
        assertThat(result.headings()).isEqualTo(1);
        assertThat(result.xml()).contains("<head>Letters from the North</head>",
                "<fw type=\"header\" source=\"#OCR\">Letters from the North</fw>");
    }

    @Test
    void theUserSaysHowPagesAreToldApartAndWhetherLinesAreKept() throws IOException {
        String text = BOOKS.get(1).text("\n");
        TextImport none = importer.importBook(text, ImportOptions.defaults(), new TextLayout(PageSeparation.NONE,
                false));
        assertThat(none.pages()).isEqualTo(PageSeparation.NONE);
        assertThat(none.pageCount()).isEqualTo(1);
        assertThat(none.xml()).doesNotContain("<pb").doesNotContain("<fw");
        TextImport kept = importer.importBook(text, ImportOptions.defaults(), new TextLayout(PageSeparation.BLANK_LINE,
                true));
        assertThat(kept.xml()).contains("<lb/>").contains("<pb n=\"13\" edRef=\"#OCR\"/>");
        // the text has no form feed: read as one page, the form feed not being there
        TextImport formFeed = importer.importBook(text, ImportOptions.defaults(),
                new TextLayout(PageSeparation.FORM_FEED, false));
        assertThat(formFeed.pageCount()).isEqualTo(1);
    }

    @Test
    void aTextWithoutFurnitureIsImportedAsThePlainImportDoesWithAWarning() {
        String text = "บทที่ 1\n\nข้อความย่อหน้าแรกที่ยาวพอสมควร\nบรรทัดที่สอง\n\nย่อหน้าที่สอง\n";
        TextImport result = importer.importBook(text, ImportOptions.defaults(), TextLayout.auto());
        assertThat(result.xml()).isEqualTo(importer.importText(text, ImportOptions.defaults()));
        assertThat(result.warnings()).singleElement().asString().contains("no running heads or page numbers");
    }

    /** Text of an element without its fw and notes (what the edition's paragraph says), a new line at each lb. */
    static String ownText(XmlElement e) {
        StringBuilder out = new StringBuilder();
        for (XmlNode child : e.children()) {
            if (child instanceof XmlText t) {
                out.append(t.text());
            } else if (child instanceof XmlElement c && c.localName().equals("lb")) {
                out.append('\n');
            } else if (child instanceof XmlElement c && !c.localName().equals("fw") && !c.localName().equals("note")) {
                out.append(ownText(c));
            }
        }
        return out.toString();
    }

    private static String head(String text) {
        String letters = PageRoles.letters(text);
        return letters.substring(0, Math.min(10, letters.length()));
    }

    private static boolean near(String a, String b) {
        return PageRoles.similarity(a, b) >= 0.6;
    }

    static String collapse(String s) {
        return s.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }
}
