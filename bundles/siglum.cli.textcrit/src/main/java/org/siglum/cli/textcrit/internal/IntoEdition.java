package org.siglum.cli.textcrit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.siglum.apparatus.ApparatusEntry;
import org.siglum.apparatus.ApparatusException;
import org.siglum.apparatus.ApparatusService;
import org.siglum.apparatus.ReadingSpec;
import org.siglum.collation.Collation;
import org.siglum.collation.CollationOptions;
import org.siglum.collation.Collator;
import org.siglum.collation.Reading;
import org.siglum.collation.VariantPlace;
import org.siglum.collation.Witness;
import org.siglum.core.EditionDocument;
import org.siglum.thai.Token;
import org.siglum.thai.Tokens;
import org.siglum.witness.WitnessText;

/**
 * {@code collate --into EDITION.xml --wit ID TEXT.txt}: the new witness is collated against the edition's base text
 * (in every entry the lemma: the text of a witness no reading names yet), declared, and each difference recorded as
 * its reading: a new entry over the base text's words, or a reading added to the entry the place falls in.
 */
final class IntoEdition {

    /** What was done. */
    record Outcome(int places, int entries, int readings, List<String> skipped) {
    }

    private IntoEdition() {
    }

    static Outcome run(EditionDocument document, String id, String source, String text, String language, String cause,
            Collator collator, ApparatusService apparatus, WitnessText witnessText) throws ApparatusException {
        // the witness is not yet named by any reading, so its text is the lemma's everywhere: the base text
        String base = witnessText.extract(document.tree(), id).text();
        Collation collation = collator.collate(List.of(new Witness("base", base), new Witness(id, text)),
                new CollationOptions(language));
        apparatus.addWitness(document, id, source);
        // offsets after the new witness in the header
        WitnessText.Extract extract = witnessText.extract(document.tree(), id);
        if (!extract.text().equals(base)) {
            throw new IllegalStateException("the base text changed when the witness was declared");
        }
        List<ApparatusEntry> entries = apparatus.entries(document);
        List<Token> baseWords = Tokens.words(base, language);
        List<Token> witnessWords = Tokens.words(text, language);

        // each place as a base range and the witness's reading over it; insertions take in the word before them
        List<int[]> ranges = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (VariantPlace place : collation.places()) {
            Reading lemma = place.lemma();
            Reading reading = place.readings().get(1);
            int s = lemma.start();
            int e = lemma.end();
            String readingText = reading.text();
            if (s == e) {
                Token before = last(baseWords, s);
                Token witnessBefore = last(witnessWords, reading.start());
                if (before == null || witnessBefore == null) {
                    skipped.add("an addition at the very start (" + reading.text() + ")");
                    continue;
                }
                s = before.start();
                readingText = text.substring(witnessBefore.start(), reading.end());
            }
            ranges.add(new int[] {s, e});
            texts.add(readingText);
        }

        // group the places that fall in one existing entry; the rest become entries of their own
        Map<ApparatusEntry, List<Integer>> inEntries = new LinkedHashMap<>();
        List<Integer> own = new ArrayList<>();
        for (int k = 0; k < ranges.size(); k++) {
            int docStart = extract.start()[ranges.get(k)[0]];
            int docEnd = extract.end()[ranges.get(k)[1] - 1];
            ApparatusEntry holder = null;
            for (ApparatusEntry entry : entries) {
                if (entry.start() < docEnd && docStart < entry.end()) {
                    holder = entry;
                }
            }
            if (holder == null) {
                own.add(k);
            } else {
                inEntries.computeIfAbsent(holder, x -> new ArrayList<>()).add(k);
            }
        }
        // apply from the end of the document backwards, so that the offsets still to use stay valid
        record Job(int docStart, Runnable run) {
        }
        int[] counts = new int[2];
        List<Job> jobs = new ArrayList<>();
        for (int k : own) {
            int[] r = ranges.get(k);
            int docStart = extract.start()[r[0]];
            int docEnd = extract.end()[r[1] - 1];
            String readingText = texts.get(k);
            jobs.add(new Job(docStart, () -> {
                try {
                    apparatus.createEntry(document, docStart, docEnd, List.of(), ReadingSpec.of(id, readingText, cause));
                    counts[0]++;
                } catch (ApparatusException ex) {
                    skipped.add(base.substring(r[0], r[1]) + " -> " + readingText + ": " + ex.getMessage());
                }
            }));
        }
        for (Map.Entry<ApparatusEntry, List<Integer>> group : inEntries.entrySet()) {
            ApparatusEntry entry = group.getKey();
            // the entry's lemma in the base text: the characters that came from inside the entry
            int a = -1;
            int b = -1;
            for (int i = 0; i < base.length(); i++) {
                if (extract.start()[i] >= entry.start() && extract.end()[i] <= entry.end()) {
                    a = a < 0 ? i : a;
                    b = i + 1;
                }
            }
            List<Integer> places = group.getValue();
            int first = ranges.get(places.get(0))[0];
            int last = ranges.get(places.get(places.size() - 1))[1];
            if (a < 0 || first < a || last > b) {
                skipped.add(base.substring(first, last) + ": crosses the edge of entry " + entry.id());
                continue;
            }
            StringBuilder reading = new StringBuilder();
            int at = a;
            for (int k : places) {
                reading.append(base, at, ranges.get(k)[0]).append(texts.get(k));
                at = ranges.get(k)[1];
            }
            reading.append(base, at, b);
            jobs.add(new Job(entry.start(), () -> {
                try {
                    apparatus.addReading(document, entry.id(), ReadingSpec.of(id, reading.toString(), cause));
                    counts[1]++;
                } catch (ApparatusException ex) {
                    skipped.add("entry " + entry.id() + ": " + ex.getMessage());
                }
            }));
        }
        jobs.sort(Comparator.comparingInt(Job::docStart).reversed());
        for (Job job : jobs) {
            job.run().run();
        }
        return new Outcome(collation.places().size(), counts[0], counts[1], skipped);
    }

    /** The last token that ends at or before an offset. */
    private static Token last(List<Token> tokens, int offset) {
        Token result = null;
        for (Token t : tokens) {
            if (t.end() <= offset) {
                result = t;
            } else {
                break;
            }
        }
        return result;
    }
}
