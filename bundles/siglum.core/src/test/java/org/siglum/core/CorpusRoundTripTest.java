package org.siglum.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class CorpusRoundTripTest {

    @Test
    void everyCorpusFileReadsBackToTheSameBytes() throws Exception {
        for (Path f : Corpus.files()) {
            byte[] bytes = Files.readAllBytes(f);
            EditionDocument doc = EditionDocument.read(f);
            assertThat(doc.toBytes()).as(f.getFileName().toString()).isEqualTo(bytes);
        }
    }

    @Test
    void everyCorpusFileIsWellFormedAsTheJdkParserSays() throws Exception {
        for (Path f : Corpus.files()) {
            byte[] bytes = Files.readAllBytes(f);
            EditionDocument doc = EditionDocument.read(f);
            List<Problem> errors = doc.problems().stream().filter(Problem::isError).toList();
            assertThat(errors.isEmpty()).as(f.getFileName() + ": " + errors).isEqualTo(Sax.wellFormed(bytes));
        }
    }

    @Test
    void corpusElementCountsMatchTheJdkDomParser() throws Exception {
        for (Path f : Corpus.files()) {
            var dbf = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            var dom = dbf.newDocumentBuilder().parse(f.toFile());
            XmlTree tree = EditionDocument.read(f).tree();
            assertThat(tree.elements().count()).as(f.getFileName().toString())
                    .isEqualTo(dom.getElementsByTagNameNS("*", "*").getLength());
            for (String local : List.of("div", "p", "app", "rdg", "note", "bibl", "persName", "witness")) {
                assertThat(tree.elementsNamed(org.siglum.core.tei.TeiEdition.TEI_NS, local)).as(f.getFileName() + " " + local)
                        .hasSize(dom.getElementsByTagNameNS(org.siglum.core.tei.TeiEdition.TEI_NS, local).getLength());
            }
            assertThat(tree.root().orElseThrow().textContent()).as(f.getFileName() + " text")
                    .isEqualTo(dom.getDocumentElement().getTextContent());
        }
    }
}
