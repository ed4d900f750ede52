package org.siglum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siglum.core.EditionDocument;
import org.siglum.validation.Finding;
import org.siglum.validation.SchemaChoice;
import org.siglum.validation.internal.JingSchematronValidator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The generated editions: their counts per size, and valid against siglum.rng and siglum.sch as the sample is. */
class ScaleEditionTest {

    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final Path SAMPLE = Path.of("../samples/chapter-3.xml");

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 100})
    void countsAndValidity(int chapters, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("edition-" + chapters + ".xml");
        Files.writeString(file, ScaleEdition.generate(Files.readString(SAMPLE, StandardCharsets.UTF_8), chapters),
                StandardCharsets.UTF_8);

        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        Document doc = dbf.newDocumentBuilder().parse(file.toFile()); // well-formed
        Element body = (Element) doc.getElementsByTagNameNS(TEI, "body").item(0);
        assertThat(elements(body, "app")).hasSize(chapters * ScaleEdition.APPS_PER_CHAPTER);
        List<Element> footnotes = elements(body, "note").stream().filter(n -> "foot".equals(n.getAttribute("place")))
                .toList();
        assertThat(footnotes).hasSize(chapters * ScaleEdition.NOTES_PER_CHAPTER);
        assertThat(footnotes).extracting(n -> n.getAttribute("n"))
                .containsExactlyElementsOf(numbers(chapters * ScaleEdition.NOTES_PER_CHAPTER));
        List<Element> divisions = elements(body, "div").stream().filter(d -> "chapter".equals(d.getAttribute("type")))
                .toList();
        assertThat(divisions).hasSize(chapters);
        assertThat(divisions.get(chapters - 1).getAttribute("n")).isEqualTo(String.valueOf(chapters));
        assertThat(elements(doc.getDocumentElement(), "person")).hasSize(
                elements(parse(dbf, SAMPLE).getDocumentElement(), "person").size());
        Set<String> ids = new HashSet<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttributeNS("http://www.w3.org/XML/1998/namespace", "id");
            assertThat(id.isEmpty() || ids.add(id)).as("xml:id %s once", id).isTrue();
        }
        if (chapters == 1) {
            assertThat(Files.size(file)).isBetween(100_000L, 300_000L);
        }
        if (chapters == 100) {
            assertThat(Files.size(file)).isBetween(10_000_000L, 20_000_000L);
        }

        List<Finding> findings = new JingSchematronValidator().validate(EditionDocument.read(file), SchemaChoice.siglum());
        assertThat(findings).isEmpty();
    }

    private static Document parse(DocumentBuilderFactory dbf, Path file) throws Exception {
        return dbf.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(Element root, String name) {
        NodeList list = root.getElementsByTagNameNS(TEI, name);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static List<String> numbers(int count) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(String.valueOf(i));
        }
        return out;
    }
}
