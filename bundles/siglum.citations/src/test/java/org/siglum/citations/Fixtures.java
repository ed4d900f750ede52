package org.siglum.citations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.siglum.citations.internal.TeiBibliographyService;
import org.siglum.citations.internal.CiteprocCitationFormatter;
import org.siglum.citations.internal.TeiNoteService;

/** The real services, wired by hand as SCR wires them, and the test files. */
final class Fixtures {
    static final NoteService NOTES = new TeiNoteService();
    static final BibliographyService BIB = new TeiBibliographyService();
    static final CitationFormatter FORMATTER = new CiteprocCitationFormatter(NOTES, BIB);

    private Fixtures() {
    }

    static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a test file in dir. */
    static Path copy(String resource, Path dir) throws IOException {
        Path file = dir.resolve(resource);
        Files.writeString(file, text(resource));
        return file;
    }
}
