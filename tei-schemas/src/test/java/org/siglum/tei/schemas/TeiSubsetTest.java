package org.siglum.tei.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.ArrayList;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * siglum.rng is a subset of tei_all.rng: every element it declares is a TEI element, and for each
 * element the child elements and attributes it admits are among those TEI admits for that element.
 */
class TeiSubsetTest {

    private static final String RNG = "http://relaxng.org/ns/structure/1.0";

    /** A RELAX NG grammar read as defines and element patterns. */
    static final class Grammar {
        final Map<String, List<Element>> defines = new HashMap<>();
        final Map<String, List<Element>> elements = new TreeMap<>();

        Grammar(Path file) throws Exception {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Element root = f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            NodeList defs = root.getElementsByTagNameNS(RNG, "define");
            for (int i = 0; i < defs.getLength(); i++) {
                Element d = (Element) defs.item(i);
                defines.computeIfAbsent(d.getAttribute("name"), k -> new ArrayList<>()).add(d);
            }
            NodeList els = root.getElementsByTagNameNS(RNG, "element");
            for (int i = 0; i < els.getLength(); i++) {
                Element e = (Element) els.item(i);
                elements.computeIfAbsent(e.getAttribute("name"), k -> new ArrayList<>()).add(e);
            }
        }

        /** Child element names and attribute names one element pattern admits, following refs. */
        void collect(Element pattern, Set<String> seen, Set<String> children, Set<String> attributes) {
            for (Node n = pattern.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element c) || !RNG.equals(c.getNamespaceURI())) {
                    continue;
                }
                switch (c.getLocalName()) {
                    case "element" -> children.add(c.getAttribute("name"));
                    case "attribute" -> attributes.add(c.getAttribute("name"));
                    case "ref" -> {
                        if (seen.add(c.getAttribute("name"))) {
                            for (Element d : defines.getOrDefault(c.getAttribute("name"), List.of())) {
                                collect(d, seen, children, attributes);
                            }
                        }
                    }
                    default -> collect(c, seen, children, attributes);
                }
            }
        }
    }

    private static Grammar siglum;
    private static Grammar tei;

    @BeforeAll
    static void load() throws Exception {
        siglum = new Grammar(Validators.moduleDir().resolve("siglum.rng"));
        Path shared = Validators.sharedTei();
        tei = shared == null ? null : new Grammar(shared.resolve("tei_all.rng"));
    }

    @Test
    void siglumDeclaresTheElementsOfItsModules() {
        assertThat(siglum.elements.keySet()).contains("TEI", "teiHeader", "app", "lem", "rdg", "witness", "note",
                "anchor", "biblStruct", "citedRange", "persName", "person", "pb", "lb", "choice", "sic", "corr",
                "variantEncoding").doesNotContain("list", "table", "figure");
    }

    @Test
    void everyElementOfSiglumIsATeiElement() {
        assumeTrue(tei != null, "../shared/tei/tei_all.rng is absent: skipping the comparison with the full TEI");
        assertThat(tei.elements.keySet()).containsAll(siglum.elements.keySet());
    }

    @Test
    void everyElementAdmitsOnlyChildrenAndAttributesTeiAdmits() {
        assumeTrue(tei != null, "../shared/tei/tei_all.rng is absent: skipping the comparison with the full TEI");
        Map<String, Set<String>> extra = new TreeMap<>();
        siglum.elements.forEach((name, patterns) -> {
            Set<String> teiChildren = new HashSet<>();
            Set<String> teiAttributes = new HashSet<>();
            for (Element p : tei.elements.getOrDefault(name, List.of())) {
                tei.collect(p, new HashSet<>(), teiChildren, teiAttributes);
            }
            for (Element p : patterns) {
                Set<String> children = new TreeSet<>();
                Set<String> attributes = new TreeSet<>();
                siglum.collect(p, new HashSet<>(), children, attributes);
                children.removeAll(teiChildren);
                attributes.removeAll(teiAttributes);
                attributes.forEach(a -> children.add("@" + a));
                if (!children.isEmpty()) {
                    extra.put(name, children);
                }
            }
        });
        assertThat(extra).as("children and attributes siglum.rng admits that tei_all.rng does not").isEmpty();
    }
}
