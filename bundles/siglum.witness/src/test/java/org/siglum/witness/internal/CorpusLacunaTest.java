package org.siglum.witness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.siglum.core.EditionDocument;
import org.siglum.core.XmlTree;
import org.siglum.core.testing.ProjectFiles;
import org.siglum.witness.WitnessText;

/**
 * The lacunae and fragments of the real editions in ../shared/corpus: the Greek edition's witness y (a lacuna of two
 * pages, "κινού" .. "πρὸς"), and the Syriac edition's fragmentary witness EA (37 witStart/witEnd).
 */
class CorpusLacunaTest {
    private final WitnessText witnesses = new TeiWitnessText();

    private static XmlTree corpus(String prefix) throws Exception {
        Path dir = ProjectFiles.shared("corpus");
        Path file;
        try (var files = Files.list(dir)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
        }
        Assumptions.assumeTrue(file != null, "../shared/corpus/" + prefix + "*.xml is absent: this test needs it");
        return EditionDocument.read(file).tree();
    }

    /** The file writes some accents as Greek Extended letters (U+1F71), which NFC makes the tonos forms written here. */
    private static String plain(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }

    @Test
    void theGreekWitnessYHasNoTextInItsLacuna() throws Exception {
        XmlTree tree = corpus("07_");
        String y = plain(witnesses.text(tree, "y")).replaceAll("\\s+", " ");
        String edited = plain(witnesses.text(tree, "A")).replaceAll("\\s+", " ");
        // the text between <lacunaStart/> and <lacunaEnd/> of y's readings
        assertThat(edited).contains("μενον, οὐ διανοηθήσεται", "ἔμελλε γὰρ καὶ μεγάλη στάσις γίγνεσθαι");
        assertThat(y).doesNotContain("μενον, οὐ διανοηθήσεται", "ἔμελλε γὰρ καὶ μεγάλη στάσις γίγνεσθαι");
        assertThat(y).contains("ἐπὶ τὸ φύσει αὐτά, τοῦ μὲν καίοντος");
    }

    @Test
    void theSyriacFragmentaryWitnessHasTextOnlyBetweenItsWitStartsAndWitEnds() throws Exception {
        XmlTree tree = corpus("19_");
        String source = tree.text(0, tree.length());
        WitnessText.Extract ea = witnesses.extract(tree, "EA");
        int firstStart = source.indexOf("<witStart");
        assertThat(firstStart).isPositive();
        assertThat(ea.text().strip()).isNotEmpty();
        for (int i = 0; i < ea.text().length(); i++) {
            if (!Character.isWhitespace(ea.text().charAt(i))) {
                int at = ea.start()[i];
                assertThat(at).as("character %d of EA comes from after its first witStart", i).isGreaterThan(firstStart);
                int lastStart = source.lastIndexOf("<witStart", at);
                int lastEnd = source.lastIndexOf("<witEnd", at);
                assertThat(lastStart).as("offset %d lies after a witStart, not a witEnd", at).isGreaterThan(lastEnd);
            }
        }
    }
}
