package org.siglum.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.siglum.apparatus.ApparatusService;
import org.siglum.apparatus.Witness;
import org.siglum.citations.NoteFinding;
import org.siglum.citations.NoteService;
import org.siglum.core.EditionDocument;
import org.siglum.core.Problem;
import org.siglum.core.TextLocation;
import org.siglum.core.XmlAttribute;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;
import org.siglum.core.tei.TeiEdition;

/**
 * Whether an edition is fit to export, and what in it is odd: found before anything is written. The command line
 * ({@code siglum export}) and the window's export dialog both ask it, over the services they were given.
 * <p>
 * Only a file that is not well-formed stops an export. What real editions do that our own would not (a {@code @wit}
 * token that no {@code <witness>} declares, a pointer to nowhere, a page break of an edition that is not a witness, a
 * citation of a missing bibliography entry) is a warning with its line and column, and the formats do the sensible
 * thing: the token is shown as its own siglum, the pointer as plain text, the break labelled from its {@code @n} and
 * {@code @ed}/{@code @edRef}. A scholar who wants those refused asks for {@link #refusals(List, boolean) strict}
 * checking ({@code --strict}).
 */
public final class EditionCheck {

    private static final String TEI = TeiEdition.TEI_NS;

    private final ApparatusService apparatus;
    private final NoteService notes;

    public EditionCheck(ApparatusService apparatus, NoteService notes) {
        this.apparatus = apparatus;
        this.notes = notes;
    }

    /**
     * The problems of an edition, each with the edition's {@code name} as source and its line and column:
     * well-formedness errors ({@link Diagnostic.Severity#ERROR}, and then nothing else), else warnings: each witness
     * token no {@code <witness>} declares ({@code @wit}, {@code @edRef}, {@code @ed} in the text), each local pointer
     * ({@code ptr}/{@code ref}/{@code note} {@code @target}, any {@code @ref}) that leads nowhere, and each citation of a
     * missing bibliography entry. A token or pointer used in many places is one warning at its first place, with the
     * count. Empty when nothing is odd.
     */
    public List<Diagnostic> problems(String name, EditionDocument document) {
        List<Diagnostic> problems = new ArrayList<>();
        for (Problem problem : document.tree().problems()) {
            if (problem.isError()) {
                problems.add(diagnostic(Diagnostic.Severity.ERROR, name, problem.line(), problem.column(),
                        problem.message()));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        XmlTree tree = document.tree();
        Set<String> declared = witnesses(document);
        Map<String, XmlElement> ids = new HashMap<>();
        for (XmlElement e : tree.elementList()) {
            e.xmlId().ifPresent(id -> ids.putIfAbsent(id, e));
        }
        List<int[]> text = ranges(tree, "text");
        List<int[]> header = ranges(tree, "teiHeader");
        Map<String, Odd> witnessTokens = new LinkedHashMap<>();
        Map<String, Odd> editions = new LinkedHashMap<>();
        Map<String, Odd> pointers = new LinkedHashMap<>();
        for (XmlElement e : tree.elementList()) {
            if (!within(text, e.start()) || within(header, e.start())) {
                continue;
            }
            for (XmlAttribute a : e.attributes()) {
                switch (a.qName()) {
                    case "wit" -> tokens(a.value(), declared, witnessTokens, a);
                    case "edRef", "ed" -> tokens(a.value(), declared, editions, a);
                    case "target" -> {
                        if (e.is(TEI, "ptr") || e.is(TEI, "ref") || e.is(TEI, "note")) {
                            dangling(a.value(), ids, pointers, a);
                        }
                    }
                    case "ref" -> dangling(a.value(), ids, pointers, a);
                    default -> {
                    }
                }
            }
        }
        witnessTokens.forEach((token, odd) -> problems.add(warning(name, tree, odd, "@wit names witness " + token
                + places(odd) + ", which no <witness> of a listWit declares" + target(ids.get(token))
                + ": shown as its siglum " + siglum(token, ids.get(token)))));
        editions.forEach((token, odd) -> problems.add(warning(name, tree, odd, "@" + odd.attribute.qName()
                + " names the edition " + token + places(odd) + ", which is not a declared witness"
                + target(ids.get(token)) + ": its breaks are labelled " + siglum(token, ids.get(token)))));
        pointers.forEach((token, odd) -> problems.add(warning(name, tree, odd, "@" + odd.attribute.qName()
                + " points to #" + token + places(odd) + ", which is not in the edition: shown as plain text")));
        for (NoteFinding finding : notes.check(document)) {
            if (finding.kind() == NoteFinding.Kind.CITATION_UNRESOLVED) {
                problems.add(diagnostic(Diagnostic.Severity.WARNING, name, finding.line(), finding.column(),
                        finding.message()));
            }
        }
        return problems;
    }

    /**
     * What stops an export among an edition's {@link #problems problems}: its errors (the file is not well-formed) and,
     * when {@code strict}, its warnings too.
     */
    public static List<Diagnostic> refusals(List<Diagnostic> problems, boolean strict) {
        return problems.stream()
                .filter(d -> d.severity() == Diagnostic.Severity.ERROR
                        || strict && d.severity() == Diagnostic.Severity.WARNING)
                .toList();
    }

    /** A witness token or a pointer that is odd: where it is first, and how often. */
    private static final class Odd {
        final XmlAttribute attribute;
        int count;

        Odd(XmlAttribute attribute) {
            this.attribute = attribute;
        }
    }

    /**
     * Where the TEI elements of a name stand, as [start, end) offsets: looked up by offset, not by walking each
     * element's ancestors, which costs the square of the depth in a deeply nested file.
     */
    private static List<int[]> ranges(XmlTree tree, String localName) {
        List<int[]> ranges = new ArrayList<>();
        for (XmlElement e : tree.elementsNamed(TEI, localName)) {
            ranges.add(new int[] {e.start(), e.end()});
        }
        return ranges;
    }

    private static boolean within(List<int[]> ranges, int offset) {
        for (int[] r : ranges) {
            if (offset >= r[0] && offset < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** The witness a {@code @wit}-like token names: {@code #A}, {@code A}, {@code #A?citedRange=...} all name A. */
    static String witnessOf(String token) {
        String id = token.startsWith("#") ? token.substring(1) : token;
        int query = id.indexOf('?');
        return query < 0 ? id : id.substring(0, query);
    }

    private static void tokens(String value, Set<String> declared, Map<String, Odd> odd, XmlAttribute at) {
        for (String token : value.trim().split("\\s+")) {
            String id = witnessOf(token);
            if (!id.isEmpty() && !declared.contains(id)) {
                odd.computeIfAbsent(id, k -> new Odd(at)).count++;
            }
        }
    }

    private static void dangling(String value, Map<String, XmlElement> ids, Map<String, Odd> odd, XmlAttribute at) {
        for (String token : value.trim().split("\\s+")) {
            if (token.startsWith("#") && token.length() > 1 && !ids.containsKey(token.substring(1))) {
                odd.computeIfAbsent(token.substring(1), k -> new Odd(at)).count++;
            }
        }
    }

    private static String places(Odd odd) {
        return odd.count > 1 ? " (" + odd.count + " places, the first here)" : "";
    }

    private static String target(XmlElement element) {
        return element == null ? "" : " (it is a <" + element.localName() + ">)";
    }

    /** What the formats show for an undeclared witness: the target's {@code @n} where it has one, else the id. */
    private static String siglum(String id, XmlElement target) {
        return "\"" + (target == null ? id : target.attribute("n").filter(n -> !n.isBlank()).orElse(id)) + "\"";
    }

    private static Diagnostic warning(String name, XmlTree tree, Odd odd, String message) {
        TextLocation at = tree.locate(odd.attribute.start());
        return diagnostic(Diagnostic.Severity.WARNING, name, at.line(), at.column(), message);
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

    private static Diagnostic diagnostic(Diagnostic.Severity severity, String name, int line, int column,
            String message) {
        return new Diagnostic(severity, name, line, column, message);
    }
}
