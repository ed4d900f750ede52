package org.siglum.export;

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

/**
 * Whether an edition is fit to export: what would make a format fail or print wrong references, found before anything
 * is written. The command line ({@code siglum export}) and the window's export dialog both ask it, over the services
 * they were given.
 */
public final class EditionCheck {

    private final ApparatusService apparatus;
    private final NoteService notes;

    public EditionCheck(ApparatusService apparatus, NoteService notes) {
        this.apparatus = apparatus;
        this.notes = notes;
    }

    /**
     * The problems of an edition, each an error with the edition's {@code name} as source and its line and column:
     * well-formedness errors (and then nothing else), a {@code @wit} naming an undeclared witness, a citation
     * ({@code ptr}) to a missing bibliography entry. Empty when the edition may be exported.
     */
    public List<Diagnostic> problems(String name, EditionDocument document) {
        List<Diagnostic> problems = new ArrayList<>();
        for (Problem problem : document.tree().problems()) {
            if (problem.isError()) {
                problems.add(error(name, problem.line(), problem.column(), problem.message()));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Set<String> declared = witnesses(document);
        for (ApparatusEntry entry : apparatus.entries(document)) {
            List<Reading> readings = new ArrayList<>(entry.readings());
            entry.lemma().ifPresent(l -> readings.add(0, l));
            for (Reading reading : readings) {
                for (String w : reading.witnesses()) {
                    if (!declared.contains(w)) {
                        TextLocation at = document.locate(reading.start());
                        problems.add(error(name, at.line(), at.column(), "@wit names witness " + w
                                + ", which the edition does not declare (declared: " + list(declared) + ")"));
                    }
                }
            }
        }
        for (NoteFinding finding : notes.check(document)) {
            if (finding.kind() == NoteFinding.Kind.CITATION_UNRESOLVED) {
                problems.add(error(name, finding.line(), finding.column(), finding.message()));
            }
        }
        return problems;
    }

    /** The ids of the witnesses the edition declares, in document order. */
    public Set<String> witnesses(EditionDocument document) {
        Set<String> declared = new LinkedHashSet<>();
        for (Witness witness : apparatus.witnesses(document)) {
            declared.add(witness.id());
        }
        return declared;
    }

    /**
     * Whether {@code witness} (with or without {@code #}) is declared by the edition: empty if so, else one sentence
     * naming the declared ones.
     */
    public java.util.Optional<String> undeclaredWitness(EditionDocument document, String witness) {
        String id = witness.startsWith("#") ? witness.substring(1) : witness;
        Set<String> declared = witnesses(document);
        return declared.contains(id) ? java.util.Optional.empty()
                : java.util.Optional.of(id + ": no such witness (declared: " + list(declared) + ")");
    }

    private static String list(Set<String> declared) {
        return declared.isEmpty() ? "none" : String.join(", ", declared);
    }

    private static Diagnostic error(String name, int line, int column, String message) {
        return new Diagnostic(Diagnostic.Severity.ERROR, name, line, column, message);
    }
}
