package org.siglum.export.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.xpath.XPath;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The web edition of the structures real TEI P5 editions use, each in a small edition of our own, through the real
 * stylesheet on the real Saxon: nothing of the text is lost, every note is numbered and linked both ways, languages
 * and directions are marked.
 */
class RealTeiStructuresTest {


    @TempDir
    static Path dir;
    private static Document page;
    private static Document arabic;

    private static final String EDITION = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader>
                <fileDesc><titleStmt><title>Structures</title></titleStmt><publicationStmt><p>test</p></publicationStmt>
                  <sourceDesc>
                    <listWit>
                      <witness xml:id="wA"><abbr type="siglum">A</abbr>Codex A</witness>
                      <witness xml:id="wB" n="B">Codex B</witness>
                    </listWit>
                    <listBibl><bibl xml:id="ed1" n="Ed.">An edition</bibl></listBibl>
                  </sourceDesc>
                </fileDesc>
                <encodingDesc><tagsDecl><rendition xml:id="it" scheme="css">font-style: italic</rendition></tagsDecl></encodingDesc>
              </teiHeader>
              <text xml:lang="en">
                <body>
                  <div1 type="book"><head>Book one</head>
                    <div2 type="chapter" xml:id="ch1"><head>Chapter one</head>
                      <p>Plain words<note place="foot">A foot note.</note> and a margin<note place="margin">A margin note.</note>
                        and none<note>A note with no place.</note> and <hi rend="italic">slanted</hi>, <hi rend="bold">heavy</hi>,
                        <hi rend="sup">high</hi>, <hi rend="sub">low</hi>, <hi rend="smallcaps">Small</hi>, <hi rendition="#it">styled</hi>
                        <hi rend="underline">under</hi> words, by <persName><forename>Nancy</forename><surname>Ide</surname></persName>.</p>
                      <p>A list: <list><item>first item</item><item>second item<note>Note in an item.</note></item></list> and on.</p>
                      <lg type="stanza"><l n="1">Sing, goddess</l><l>the wrath</l><l>of Achilles</l><l>son of</l><l>Peleus</l></lg>
                      <table><head>A table</head><row role="label"><cell>Head cell</cell></row><row><cell>Body cell<note>Note in a cell.</note></cell></row></table>
                      <p>She said <q>quoted words</q> and <quote><l>a quoted line</l></quote> then <choice><sic>teh</sic><corr>the</corr></choice>
                        <choice><orig>colour</orig><reg>color</reg></choice> <choice><abbr>Dr</abbr><expan>Doctor</expan></choice>
                        <gap reason="illegible"/> <unclear>blurred</unclear> <supplied>added by us</supplied> <del>struck</del> <add>written over</add>
                        <milestone unit="section" n="7"/> <unknownThing>odd words</unknownThing>.</p>
                      <sp><speaker>Hamlet</speaker><p>To be, or not to be</p><stage>Exit.</stage></sp>
                      <figure><graphic url="images/f1.png"/><figDesc>A described figure</figDesc></figure>
                      <p>The apparatus: <app><lem>base reading</lem><rdg wit="#wB">other reading</rdg><rdg wit="#A"/></app>,
                        a group <app><lem>gamma</lem><rdgGrp><rdg wit="#wB">delta</rdg></rdgGrp></app>,
                        a pointer to an edition <app><lem>alpha</lem><rdg wit="#ed1?citedRange=12">beta</rdg></app>,
                        an unknown token <app><lem>one</lem><rdg wit="#nowhere">two</rdg></app>,
                        a detail <app><lem>kappa</lem><rdg wit="#wB" xml:id="r9">lambda</rdg><witDetail wit="#wB" target="#r9">in the margin</witDetail></app>,
                        a lacuna <app><lem>mu</lem><rdg wit="#wB"><lacunaStart/></rdg></app>,
                        nested <app><lem>outer <app><lem>inner</lem><rdg wit="#wB">innr</rdg></app> text</lem><rdg wit="#wB">outr</rdg></app>,
                        and a note in a reading <app><lem>nu</lem><rdg wit="#wB">xi<note place="margin">Note in a reading.</note></rdg></app>.</p>
                      <p>Attached here<anchor xml:id="an1"/> and <ref target="#ch1">back to the chapter</ref> and <ref target="#missing">a dangling ref</ref>.
                        <pb n="12" edRef="#ed1"/>A page of the edition, <pb n="5r" ed="print"/>a page of the print.</p>
                      <note target="#an1">Note attached by target.</note>
                    </div2>
                  </div1>
                </body>
                <back><div><head>Appendix</head><p>Words in back<note place="end">Note in back.</note></p></div></back>
              </text>
            </TEI>
            """;

    private static final String ARABIC = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
              <teiHeader><fileDesc><titleStmt><title>Arabic</title></titleStmt><publicationStmt><p>test</p></publicationStmt>
                <sourceDesc><p>test</p></sourceDesc></fileDesc></teiHeader>
              <text xml:lang="ar">
                <body>
                  <div><head>مقدمة</head>
                    <p>كلام عربي <foreign xml:lang="en">English words</foreign> و <persName xml:lang="ar-Latn-x-ijmes">Muḥammad</persName>
                      و <foreign xml:lang="he">עברית</foreign> و <foreign xml:lang="fr-Arab">فرنسي</foreign>.</p>
                  </div>
                </body>
              </text>
            </TEI>
            """;

    @BeforeAll
    static void transform() throws Exception {
        page = WebEditions.transform(Files.writeString(dir.resolve("structures.xml"), EDITION, StandardCharsets.UTF_8),
                dir.resolve("out"));
        arabic = WebEditions.transform(Files.writeString(dir.resolve("arabic.xml"), ARABIC, StandardCharsets.UTF_8),
                dir.resolve("out"));
    }

    private static NodeList xpath(Document document, String expression) throws Exception {
        return WebEditions.xpath(document, expression);
    }

    private static NodeList xpath(String expression) throws Exception {
        return xpath(page, expression);
    }

    private static Element one(String expression) throws Exception {
        NodeList found = xpath(expression);
        assertThat(found.getLength()).as(expression).isEqualTo(1);
        return (Element) found.item(0);
    }

    private static String text(String expression) throws Exception {
        return one(expression).getTextContent().replaceAll("\\s+", " ").trim();
    }

    @Test
    void everyNoteWhateverItsPlaceIsNumberedWithAMarkerLinkedBothWays() throws Exception {
        NodeList notes = xpath("//h:section[@id='notes']//h:li");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < notes.getLength(); i++) {
            Element note = (Element) notes.item(i);
            texts.add(note.getTextContent().replaceAll("\\s+", " ").trim());
            String id = note.getAttribute("id").substring("note-".length());
            Element marker = one("//*[@id='noteref-" + id + "']");
            assertThat(marker.getAttribute("href")).isEqualTo("#note-" + id);
            assertThat(marker.getAttribute("class")).isEqualTo("noteref");
            assertThat(xpath("//*[@id='note-" + id + "']//h:a[@class='backlink'][@href='#noteref-" + id + "']")
                    .getLength()).isOne();
        }
        assertThat(texts).hasSize(8);
        assertThat(String.join("|", texts)).contains("A foot note.", "A margin note.", "A note with no place.",
                "Note in an item.", "Note in a cell.", "Note in a reading.", "Note attached by target.",
                "Note in back.");
        // numbered in order where they have no @n
        assertThat(text("(//h:a[@class='noteref'])[1]")).isEqualTo("1");
        // the note attached by @target has its marker at the anchor, after "Attached here"
        Element attached = one("//h:a[@class='noteref'][preceding-sibling::text()[1][contains(., 'Attached here')]]");
        assertThat(one("//*[@id='" + attached.getAttribute("href").substring(1) + "']").getTextContent())
                .contains("Note attached by target.");
    }

    @Test
    void divisionsNestAsSectionsWithHeadingsAndInTheContents() throws Exception {
        assertThat(text("//h:main/h:section[@class='div book']/h:h1")).isEqualTo("Book one");
        assertThat(text("//h:section[@id='ch1']/h:h2")).isEqualTo("Chapter one");
        NodeList toc = xpath("//h:nav//h:a");
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < toc.getLength(); i++) {
            entries.add(toc.item(i).getTextContent());
        }
        assertThat(entries).startsWith("Book one", "Chapter one", "Appendix", "Notes");
    }

    @Test
    void hiBecomesTheElementItsRendSays() throws Exception {
        assertThat(text("//h:span[@class='hi']/h:i[. = 'slanted']")).isEqualTo("slanted");
        assertThat(text("//h:span[@class='hi']/h:b")).isEqualTo("heavy");
        assertThat(text("//h:span[@class='hi']/h:sup")).isEqualTo("high");
        assertThat(text("//h:span[@class='hi']/h:sub")).isEqualTo("low");
        assertThat(text("//h:span[@class='hi smallcaps']")).isEqualTo("Small");
        assertThat(text("//h:span[@class='hi']/h:i[. = 'styled']")).isEqualTo("styled");
        assertThat(text("//h:span[@class='hi']/h:u")).isEqualTo("under");
    }

    @Test
    void listsTablesVerseSpeechAndFiguresKeepTheirShape() throws Exception {
        // a paragraph holding a list is a div: HTML's p holds no list
        Element listParagraph = one("//h:div[@class='p'][h:ul]");
        assertThat(listParagraph.getTextContent()).contains("A list:", "first item", "second item", "and on.");
        assertThat(xpath("//h:ul/h:li").getLength()).isEqualTo(2);
        assertThat(text("//h:table/h:caption")).isEqualTo("A table");
        assertThat(text("//h:table//h:th")).isEqualTo("Head cell");
        assertThat(text("//h:table//h:td")).startsWith("Body cell");
        NodeList lines = xpath("//h:div[@class='lg stanza']/h:div[@class='l']");
        assertThat(lines.getLength()).isEqualTo(5);
        assertThat(((Element) lines.item(0)).getAttribute("data-n")).isEqualTo("1");
        assertThat(((Element) lines.item(4)).getAttribute("data-n")).isEqualTo("5");
        // numbers printed: the line's own @n, and every fifth counted
        assertThat(xpath("//h:div[@class='l']/h:span[@class='l-n']").getLength()).isEqualTo(2);
        assertThat(text("//h:div[@class='sp']/h:p[@class='speaker']")).isEqualTo("Hamlet");
        assertThat(text("//h:div[@class='sp']/h:div[@class='stage']")).isEqualTo("Exit.");
        assertThat(text("//h:figure/h:figcaption")).isEqualTo("A described figure");
        assertThat(text("//h:figure//h:span[@class='graphic']")).isEqualTo("f1.png");
        // nothing fetched: no img
        assertThat(xpath("//h:img").getLength()).isZero();
    }

    @Test
    void quotesChoicesAndEditorialMarksFollowOnePolicyAndUnknownElementsKeepTheirText() throws Exception {
        assertThat(text("//h:q[@class='q']")).isEqualTo("quoted words");
        assertThat(text("//h:blockquote[@class='quote']")).isEqualTo("a quoted line");
        Element corr = one("//h:span[@class='choice'][@title='teh']");
        assertThat(corr.getTextContent()).isEqualTo("the");
        assertThat(text("//h:span[@class='choice'][@title='colour']")).isEqualTo("color");
        assertThat(text("//h:span[@class='choice'][@title='Dr']")).isEqualTo("Doctor");
        assertThat(xpath("//h:span[@class='gap']").getLength()).isOne();
        assertThat(text("//h:span[@class='unclear']")).isEqualTo("blurred");
        assertThat(text("//h:span[@class='supplied']")).isEqualTo("added by us");
        assertThat(text("//h:del")).isEqualTo("struck");
        assertThat(text("//h:ins[@class='add']")).isEqualTo("written over");
        assertThat(text("//h:span[@class='milestone']")).isEqualTo("7");
        assertThat(text("//h:span[@class='unknownThing']")).isEqualTo("odd words");
        // the parts of a name are words of their own, though the encoder wrote no space between them
        assertThat(text("//h:span[@class='persName'][h:span[@class='surname']]").trim()).isEqualTo("Nancy Ide");
    }

    @Test
    void theApparatusNamesWitnessesBySiglumAndPointersByTheirNumber() throws Exception {
        String panels = textOfAll("//h:span[@class='app-panel']");
        // a lemma without @wit is the edited text; a reading of a witness named by its siglum
        assertThat(panels).contains("base reading] other reading B; om. A");
        assertThat(panels).contains("gamma] delta B");
        // a pointer to a bibl: its @n, without '#' or '?citedRange'
        assertThat(panels).contains("alpha] beta Ed.");
        assertThat(panels).contains("one] two nowhere");
        assertThat(panels).contains("kappa] lambda B (B: in the margin)");
        assertThat(panels).contains("mu] lacuna begins B").doesNotContain("mu] om.");
        assertThat(panels).contains("inner] innr B");
        // the lemma of an edition whose lemmata name no witness is shown, for the edited text of its own
        Element base = one("//h:span[@class='lem'][starts-with(., 'base reading')]");
        assertThat(base.getAttribute("data-wit")).contains("siglum-edition");
        assertThat(base.hasAttribute("hidden")).isFalse();
        assertThat(one("//h:span[@class='rdg'][. = 'other reading']").getAttribute("data-wit")).isEqualTo("wB");
        assertThat(xpath("//h:input[@name='witness']/@value").getLength()).isEqualTo(3);
        // the note in a reading: its marker in the reading, a link to it in the panel
        assertThat(xpath("//h:span[@class='rdg']//h:a[@class='noteref'][starts-with(@id, 'noteref-')]").getLength()).isOne();
        assertThat(xpath("//h:span[@class='app-panel']//h:a[@class='noteref'][not(@id)]").getLength()).isOne();
    }

    @Test
    void pointersAndPagesSayWhereTheyLead() throws Exception {
        assertThat(one("//h:a[. = 'back to the chapter']").getAttribute("href")).isEqualTo("#ch1");
        assertThat(xpath("//h:a[. = 'a dangling ref']").getLength()).isZero();
        assertThat(text("//h:span[@class='ref'][. = 'a dangling ref']")).isEqualTo("a dangling ref");
        NodeList pages = xpath("//h:span[@class='pb-n']");
        assertThat(pages.item(0).getTextContent()).isEqualTo("Ed. 12");
        assertThat(pages.item(1).getTextContent()).isEqualTo("print 5r");
        Set<String> ids = new HashSet<>();
        NodeList all = xpath("//@id");
        for (int i = 0; i < all.getLength(); i++) {
            assertThat(ids.add(all.item(i).getNodeValue())).as("unique id " + all.item(i).getNodeValue()).isTrue();
        }
        NodeList links = xpath("//@href[starts-with(., '#')] | //@aria-controls");
        for (int i = 0; i < links.getLength(); i++) {
            assertThat(ids).contains(links.item(i).getNodeValue().replaceFirst("^#", ""));
        }
    }

    @Test
    void theLanguageOfTheTextAndItsDirectionAreOnThePageAndOnEachElement() throws Exception {
        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(page.getDocumentElement().hasAttribute("dir")).isFalse();
        Element html = arabic.getDocumentElement();
        assertThat(html.getAttribute("lang")).isEqualTo("ar");
        assertThat(html.getAttribute("dir")).isEqualTo("rtl");
        Element english = (Element) xpath(arabic, "//h:span[@lang='en']").item(0);
        assertThat(english.getAttribute("dir")).isEqualTo("ltr");
        // a script subtag decides: Arabic in Latin letters runs left to right, French in Arabic letters right to left
        assertThat(((Element) xpath(arabic, "//*[@lang='ar-Latn-x-ijmes']").item(0)).getAttribute("dir")).isEqualTo("ltr");
        Element french = (Element) xpath(arabic, "//*[@lang='fr-Arab']").item(0);
        assertThat(french.hasAttribute("dir")).isFalse();
        assertThat(((Element) xpath(arabic, "//*[@lang='he']").item(0)).hasAttribute("dir")).isFalse();
        // the labels are English, and say so on an Arabic page
        assertThat(((Element) xpath(arabic, "//h:h2[@id='toc-title']").item(0)).getAttribute("lang")).isEqualTo("en");
    }

    private static String textOfAll(String expression) throws Exception {
        NodeList found = xpath(expression);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < found.getLength(); i++) {
            all.append(found.item(i).getTextContent().replaceAll("\\s+", " ").trim()).append('\n');
        }
        return all.toString();
    }
}
