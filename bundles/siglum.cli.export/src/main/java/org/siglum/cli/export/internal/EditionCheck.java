package org.siglum.cli.export.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.siglum.apparatus.ApparatusEntry;
import org.siglum.apparatus.ApparatusService;
import org.siglum.apparatus.Reading;
import org.siglum.apparatus.Witness;
import org.siglum.citations.NoteFinding;
import org.siglum.citations.NoteService;
import org.siglum.core.EditionDocument;
import org.siglum.core.Problem;
import org.siglum.core.TextLocation;

/** Whether an edition is fit to export: what would make a format fail or print wrong references, found up front. */
final class EditionCheck {

    private EditionCheck() {
    }

    /**
     * The problems, each one line {@code name:line:col: sentence}: well-formedness errors (and then nothing else), a
     * {@code @wit} naming an undeclared witness, a citation ({@code ptr}) to a missing bibliography entry, a
     * {@code --wit} the edition does not declare.
     */
    static List<String> problems(String name, EditionDocument document, ApparatusService apparatus, NoteService notes,
            String wit) {
        List<String> problems = new ArrayList<>();
        for (Problem problem : document.tree().problems()) {
            if (problem.isError()) {
                problems.add(name + ":" + problem.line() + ":" + problem.column() + ": " + problem.message());
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Set<String> declared = new LinkedHashSet<>();
        for (Witness witness : apparatus.witnesses(document)) {
            declared.add(witness.id());
        }
        String declaredList = declared.isEmpty() ? "none" : String.join(", ", declared);
        for (ApparatusEntry entry : apparatus.entries(document)) {
            List<Reading> readings = new ArrayList<>(entry.readings());
            entry.lemma().ifPresent(l -> readings.add(0, l));
            for (Reading reading : readings) {
                for (String w : reading.witnesses()) {
                    if (!declared.contains(w)) {
                        TextLocation at = document.locate(reading.start());
                        problems.add(name + ":" + at.line() + ":" + at.column() + ": @wit names witness " + w
                                + ", which the edition does not declare (declared: " + declaredList + ")");
                    }
                }
            }
        }
        for (NoteFinding finding : notes.check(document)) {
            if (finding.kind() == NoteFinding.Kind.CITATION_UNRESOLVED) {
                problems.add(name + ":" + finding.line() + ":" + finding.column() + ": " + finding.message());
            }
        }
        if (wit != null) {
            String id = wit.startsWith("#") ? wit.substring(1) : wit;
            if (!declared.contains(id)) {
                problems.add(name + ": --wit " + id + ": no such witness (declared: " + declaredList + ")");
            }
        }
        return problems;
    }
}
