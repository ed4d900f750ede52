package org.siglum.suspects;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.siglum.core.EditionDocument;

/** Finds spans that look like OCR errors, with ranked corrections. */
@ProviderType
public interface SuspectFinder {

    /** The suspects of a plain text, most suspect first (ties in text order). */
    List<Suspect> find(String text);

    /**
     * The suspects of a plain text, knowing what an edition teaches: its recorded OCR errors rank the same
     * confusions high, its words (persons' names) are correct Thai.
     *
     * @since 1.1
     */
    List<Suspect> find(String text, Evidence evidence);

    /**
     * The suspects of an edition's text: the text of its {@code body} (or the whole document without a body),
     * leaving out readings ({@code rdg}) and notes, which are not the base text. Offsets are document offsets, so a
     * suspect can be selected or replaced in the source; a word split by markup is looked at in one piece. What the
     * edition records is learned first ({@link #evidence(EditionDocument)}).
     */
    List<Suspect> find(EditionDocument document);

    /**
     * What an edition teaches: every {@code app} whose {@code rdg} has {@code cause="ocr-error"} (the reading against
     * the lemma), and the names of its {@code listPerson} with their variants.
     *
     * @since 1.1
     */
    Evidence evidence(EditionDocument document);

    /**
     * What the finder knows Thai words from (word lists and their sizes) and what it lacks, in English sentences;
     * loads the word lists if they are not loaded yet.
     *
     * @since 1.1
     */
    List<String> lexiconStatus();
}
