package org.siglum.core.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An independent reading of a TEI edition's text (the JDK's DOM, none of Siglum's code), for the tests that check
 * an export against its source: every format must keep the text of every paragraph and every note.
 */
public final class TeiText {

    private static final String NS = "http://www.tei-c.org/ns/1.0";

    private TeiText() {
    }

    /**
     * The text of every element NAME in the edition's text, read with the JDK's DOM: the runs of text between what
     * is printed elsewhere (readings, notes, the source's form of a choice), without white space.
     */
    public static List<String> segments(Path edition, String name) throws Exception {
        List<String> result = new ArrayList<>();
        for (String segment : words(edition, name)) {
            result.add(segment.replace(" ", ""));
        }
        return result;
    }

    /** The same runs of text as {@link #segments}, with their words: white space as one space. */
    public static List<String> words(Path edition, String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(edition.toFile());
        List<String> result = new ArrayList<>();
        NodeList elements = doc.getElementsByTagNameNS(NS, name);
        for (int i = 0; i < elements.getLength(); i++) {
            Element e = (Element) elements.item(i);
            if (!inText(e) || "certainty".equals(e.getAttribute("type")) || excluded(e.getParentNode())
                    || inFormattedBibliography(e)) {
                continue;
            }
            StringBuilder current = new StringBuilder();
            collect(e, current, result);
            flush(current, result);
        }
        return result;
    }

    /**
     * How many notes of the edition's text each format prints as a note of its own: every {@code note} of the text
     * but those of the apparatus (printed in their entry), of the formatted bibliography and of the certainty kind;
     * with {@code nested} false, also not a note inside another note (printed in that note's text where a format
     * cannot set a note in a note).
     */
    public static int notes(Path edition, boolean nested) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(edition.toFile());
        NodeList notes = doc.getElementsByTagNameNS(NS, "note");
        int count = 0;
        for (int i = 0; i < notes.getLength(); i++) {
            Element e = (Element) notes.item(i);
            if (inText(e) && !"certainty".equals(e.getAttribute("type")) && !inFormattedBibliography(e)
                    && !hasAncestor(e, "app") && !hasAncestor(e, "rdg") && !hasAncestor(e, "lem")
                    && (nested || !hasAncestor(e, "note"))) {
                count++;
            }
        }
        return count;
    }

    private static void collect(Node node, StringBuilder current, List<String> result) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                child.getNodeValue().codePoints().map(c -> Character.isWhitespace(c) ? ' ' : c)
                        .filter(c -> c != ' ' || (current.length() > 0 && current.charAt(current.length() - 1) != ' '))
                        .forEach(current::appendCodePoint);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                if (excludedHere((Element) child)) {
                    flush(current, result);
                } else {
                    collect(child, current, result);
                }
            }
        }
    }

    /** Printed elsewhere than in the running text of its paragraph or note, or not printed. */
    private static boolean excludedHere(Element e) {
        String n = e.getLocalName();
        boolean tei = NS.equals(e.getNamespaceURI());
        if (!tei) {
            return false;
        }
        return Set.of("rdg", "note", "witDetail", "lem", "app", "sic", "orig", "abbr", "ptr").contains(n)
                || (n.equals("bibl") && e.getElementsByTagNameNS(NS, "ptr").getLength() > 0);
    }

    private static boolean excluded(Node node) {
        for (Node n = node; n instanceof Element e; n = n.getParentNode()) {
            if (NS.equals(e.getNamespaceURI()) && Set.of("rdg", "sic", "orig", "abbr", "witDetail", "note")
                    .contains(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /** In the list of back that each format replaces by the bibliography the citation formatter makes. */
    private static boolean inFormattedBibliography(Element e) {
        for (Node n = e.getParentNode(); n instanceof Element a; n = a.getParentNode()) {
            if ("listBibl".equals(a.getLocalName()) && a.getParentNode() instanceof Element p
                    && "back".equals(p.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inText(Element e) {
        return hasAncestor(e, "text") && !hasAncestor(e, "teiHeader");
    }

    private static boolean hasAncestor(Element e, String name) {
        for (Node n = e.getParentNode(); n instanceof Element a; n = n.getParentNode()) {
            if (NS.equals(a.getNamespaceURI()) && a.getLocalName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void flush(StringBuilder current, List<String> result) {
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        current.setLength(0);
    }

}
