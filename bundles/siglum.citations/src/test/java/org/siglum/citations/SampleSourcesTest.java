package org.siglum.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.core.EditionDocument;
import org.siglum.core.testing.ProjectFiles;

/** samples/chapter-3-sources.bib imports into a copy of an edition, its notes cite it, and it stays valid. */
class SampleSourcesTest {
    @TempDir
    Path dir;

    @Test
    void theChaptersSourcesImportAndTheNotesCiteThem() throws Exception {
        Path bib = ProjectFiles.file("samples/chapter-3-sources.bib");
        Path file = Fixtures.copy("edition.xml", dir);
        EditionDocument doc = EditionDocument.read(file);
        List<BibEntry> records = Fixtures.BIB.parseBibTeX(Files.readString(bib), "chapter-3-sources.bib");
        ImportReport report = Fixtures.BIB.importEntries(doc, records);
        assertThat(report.added()).extracting(BibEntry::id).containsExactly("stalin1953foundations",
                "stalin1954bukharingroup", "blok1963chukovsky", "lunacharsky1925cinema", "lenin1966congress");
        // the chapter's notes: 26 Stalin (one country), 27 Stalin 1929, 28 Blok, 29 Lenin on cinema
        Fixtures.NOTES.cite(doc, "n2", "stalin1953foundations", "page", null);
        Fixtures.NOTES.cite(doc, "n3", "stalin1954bukharingroup", null, null);
        Fixtures.NOTES.cite(doc, "n4", "blok1963chukovsky", null, null);
        Fixtures.NOTES.cite(doc, "n5", "lunacharsky1925cinema", null, null);
        doc.save();
        assertThat(TeiValidity.problems(file)).isEmpty();
        assertThat(Fixtures.NOTES.check(doc)).isEmpty();
        FormattedEdition f = Fixtures.FORMATTER.format(doc, "chicago-notes-bibliography", "en-US", OutputFormat.TEXT);
        assertThat(f.notes()).extracting(FormattedEdition.FormattedNote::citation).containsExactly(
                "J. V. Stalin, “The Foundations of Leninism,” in Works, vol. 6 (Foreign Languages Publishing House,"
                        + " 1953).",
                "J. V. Stalin, “The Bukharin Group and the Right Deviation in Our Party,” in Works, vol. 11 (Foreign"
                        + " Languages Publishing House, 1954).",
                "Aleksandr Blok, “Letter to K. I. Chukovsky, 26 May 1921,” in Sobranie sochinenii v vos’mi tomakh,"
                        + " vol. 8 (Khudozhestvennaia literatura, 1963).",
                "A. V. Lunacharsky, “Beseda s V. I. Leninym o kino,” in Lenin i kino, ed. G. M. Boltianskii"
                        + " (Gosudarstvennoe izdatel’stvo, 1925).");
    }
}
