package org.siglum.export.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The web edition of every real edition of ../shared/corpus loses nothing: the text of every p and every note of the
 * TEI, read here by the JDK's DOM with the page's one policy (the lemma or first reading of an entry, the correction,
 * regularised or expanded form of a choice, notes apart), is in the page's text; and lang/dir are right for the
 * Syriac, Hebrew and Arabic editions.
 */
class CorpusWebEditionTest {

    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    /** What the page adds of its own (numbers, marks, labels), not the edition's text. */
    private static final Set<String> LABELS = Set.of("pb", "pb-n", "noteref", "app-mark", "l-n", "lacuna", "milestone",
            "cb", "backlink", "note-number", "app-link", "graphic", "ptr");

    @TempDir
    static Path out;

    static Path corpus() {
        return Path.of(System.getProperty("siglum.root", "../.."), "..", "shared", "corpus").toAbsolutePath().normalize();
    }

    @TestFactory
    Stream<DynamicTest> everyParagraphAndNoteOfEveryCorpusEditionIsInItsWebEdition() throws Exception {
        Path corpus = corpus();
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus + ": the real editions are not here");
        List<Path> editions;
        try (Stream<Path> files = Files.list(corpus)) {
            editions = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertThat(editions).isNotEmpty();
        return editions.stream().map(edition -> DynamicTest.dynamicTest(edition.getFileName().toString(), () -> {
            Document tei = dom(edition);
            Document page = WebEditions.transform(edition, out);
            String visible = squeeze(pageText(page.getDocumentElement(), false));
            String all = squeeze(pageText(page.getDocumentElement(), true));
            List<String> missing = new ArrayList<>();
            int checked = 0;
            for (Element text : elements(tei, "text")) {
                if (!text.getParentNode().getLocalName().equals("TEI")) {
                    continue;
                }
                for (String name : List.of("p", "note")) {
                    for (Element e : elementsUnder(text, name)) {
                        if (insideChoiceAlternative(e)) {
                            continue;
                        }
                        String expected = squeeze(editionText(e));
                        if (expected.isEmpty()) {
                            continue;
                        }
                        checked++;
                        // the readings of witnesses and the apparatus's notes are in the page, shown on request
                        boolean shownOnRequest = name.equals("note") || hasAncestor(e, "rdg") || hasAncestor(e, "app");
                        String page2 = shownOnRequest ? all : visible;
                        if (!page2.contains(expected)) {
                            missing.add("<" + name + "> " + divergence(expected, page2));
                        }
                    }
                }
            }
            assertThat(missing).as("text of %s missing from its web edition (%d checked)", edition.getFileName(), checked)
                    .isEmpty();
            String file = edition.getFileName().toString();
            Element html = page.getDocumentElement();
            if (file.startsWith("19_")) {
                assertThat(html.getAttribute("lang")).isEqualTo("syc");
                assertThat(html.getAttribute("dir")).isEqualTo("rtl");
            } else if (file.startsWith("20_")) {
                // the edition declares no language: its letters are Hebrew, the language not said
                assertThat(html.getAttribute("lang")).isEqualTo("und-Hebr");
                assertThat(html.getAttribute("dir")).isEqualTo("rtl");
            } else if (file.startsWith("21_")) {
                assertThat(html.getAttribute("lang")).isEqualTo("ar");
                assertThat(html.getAttribute("dir")).isEqualTo("rtl");
                // English inside the Arabic runs left to right, the Arabic right to left
                for (String lang : List.of("en", "ar")) {
                    List<Element> marked = elements(page, "*").stream().filter(e -> e.getAttribute("lang").equals(lang) && inText(e))
                            .toList();
                    assertThat(marked).as("elements in " + lang).isNotEmpty();
                    assertThat(marked).allSatisfy(e -> assertThat(direction(e)).as(lang)
                            .isEqualTo(lang.equals("ar") ? "rtl" : "ltr"));
                }
            }
        }));
    }

    /** Where the page parts from the edition: the longest beginning of the expected text that the page holds. */
    private static String divergence(String expected, String page) {
        int low = 0;
        int high = expected.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (page.contains(expected.substring(0, mid))) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        String found = expected.substring(0, low);
        int at = found.isEmpty() ? -1 : page.indexOf(found);
        return "…" + found.substring(Math.max(0, low - 30)) + " | expected: "
                + expected.substring(low, Math.min(expected.length(), low + 40)) + " | page: "
                + (at < 0 ? "" : page.substring(at + low, Math.min(page.length(), at + low + 40)));
    }

    /** In the edition's text (main), not the page's own labels. */
    private static boolean inText(Element e) {
        for (Node n = e; n instanceof Element element; n = n.getParentNode()) {
            if (element.getLocalName().equals("main")) {
                return true;
            }
        }
        return false;
    }

    /** The direction an element of the page runs in: the dir of its nearest ancestor-or-self that says one. */
    private static String direction(Element e) {
        for (Node n = e; n instanceof Element element; n = n.getParentNode()) {
            if (element.hasAttribute("dir")) {
                return element.getAttribute("dir");
            }
        }
        return "ltr";
    }

    /** The TEI's words as the page shows them: notes apart, one reading per entry, one form per choice. */
    private static String editionText(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element e) {
                if (!TEI.equals(e.getNamespaceURI())) {
                    text.append(editionText(e));
                    continue;
                }
                switch (e.getLocalName()) {
                    case "note", "witDetail", "rdgGrp" -> { }
                    case "rdg" -> {
                        if (firstReading(e)) {
                            text.append(editionText(e));
                        }
                    }
                    case "choice" -> {
                        Element shown = preferred(e);
                        if (shown != null) {
                            text.append(editionText(shown));
                        }
                    }
                    default -> text.append(editionText(e));
                }
            }
        }
        return text.toString();
    }

    /** An entry without a lemma shows its first reading. */
    private static boolean firstReading(Element rdg) {
        Element app = (Element) rdg.getParentNode();
        for (Node n = app.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (e.getLocalName().equals("lem") || e.getLocalName().equals("rdg"))) {
                return e == rdg;
            }
        }
        return false;
    }

    private static Element preferred(Element choice) {
        for (String name : List.of("corr", "reg", "expan")) {
            for (Node n = choice.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getLocalName().equals(name)) {
                    return e;
                }
            }
        }
        for (Node n = choice.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static boolean insideChoiceAlternative(Element e) {
        for (Node n = e; n.getParentNode() instanceof Element parent; n = parent) {
            if (parent.getLocalName().equals("choice") && preferred(parent) != n) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAncestor(Element e, String name) {
        for (Node n = e.getParentNode(); n instanceof Element parent; n = parent.getParentNode()) {
            if (parent.getLocalName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The page's text without its own labels; without what is hidden unless {@code hiddenToo}. */
    private static String pageText(Node node, boolean hiddenToo) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element e) {
                if (e.getLocalName().equals("script") || e.getLocalName().equals("nav")
                        || Stream.of(e.getAttribute("class").split(" ")).anyMatch(LABELS::contains)) {
                    continue;
                }
                if (!hiddenToo && (e.hasAttribute("hidden") || e.getAttribute("class").equals("app-panel"))) {
                    continue;
                }
                text.append(pageText(e, hiddenToo));
            }
        }
        return text.toString();
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00A0\\u200B\\u200C\\u200D\\u200E\\u200F\\uFEFF]+", "");
    }

    private static List<Element> elements(Document d, String name) {
        List<Element> list = new ArrayList<>();
        var nodes = name.equals("*") ? d.getElementsByTagNameNS("*", "*") : d.getElementsByTagNameNS(TEI, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static List<Element> elementsUnder(Element root, String name) {
        List<Element> list = new ArrayList<>();
        var nodes = root.getElementsByTagNameNS(TEI, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static Document dom(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
