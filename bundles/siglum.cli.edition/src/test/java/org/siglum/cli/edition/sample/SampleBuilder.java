package org.siglum.cli.edition.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.siglum.citations.BibliographyException;
import org.siglum.citations.BibliographyService;
import org.siglum.citations.NoteService;
import org.siglum.citations.internal.TeiBibliographyService;
import org.siglum.citations.internal.TeiNoteService;
import org.siglum.core.EditionDocument;
import org.siglum.core.TextReplacement;
import org.siglum.core.Xml;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;
import org.siglum.core.testing.ProjectFiles;
import org.siglum.ocr.ImportOptions;
import org.siglum.ocr.internal.PlainTextOcrImporter;
import org.siglum.witness.WitnessText;
import org.siglum.witness.internal.TeiWitnessText;

/**
 * Builds samples/chapter-3.xml from the seed and the labels (samples/ocr-errors.tsv, samples/persons.tsv): imports
 * the seed, then makes the editor's changes as text replacements on the document: every labelled OCR error an
 * {@code app}, every spelling of a person a {@code persName}, the notes' text, the edited text's witness, the list
 * of persons. Run by {@link SampleEditionTest} (and with {@code -Dsiglum.sample.write=true} it writes the file).
 */
public final class SampleBuilder {
    static final String TEI = "http://www.tei-c.org/ns/1.0";

    record Error(String id, int offset, int length, String ocr, String correction, String kind, String confidence,
            String note) {
        int end() {
            return offset + length;
        }
    }

    record Person(String id, String preferred, List<String> spellings, String role, String note) {
    }

    /** A span of the seed that becomes one replacement: a person's name (with the errors inside it) or an error. */
    record Unit(int start, int end, Person person, List<Error> errors) {
    }

    /** What the builder could not place, for the report (empty for the committed sample). */
    final List<String> skipped = new ArrayList<>();

    static List<Error> errors(Path tsv) throws IOException {
        List<Error> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            rows.add(new Error(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4], f[5], f[6],
                    f.length > 8 ? f[8] : ""));
        }
        return rows;
    }

    static List<Person> persons(Path tsv) throws IOException {
        List<Person> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            List<String> spellings = new ArrayList<>();
            for (String s : f[2].split("\\|")) {
                if (!s.isBlank()) {
                    spellings.add(s.strip());
                }
            }
            rows.add(new Person(f[0], f[1], spellings, f[3], f.length > 4 ? f[4] : ""));
        }
        return rows;
    }

    /** The corrected text: the seed with every row's correction in place of its span (README-labels.md). */
    static String corrected(String seed, List<Error> errors) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Error e : errors) {
            sb.append(seed, at, e.offset()).append(e.correction());
            at = e.end();
        }
        return sb.append(seed.substring(at)).toString();
    }

    /** The notes that quote a work of samples/chapter-3-sources.bib, and that work's entry. */
    static final Map<String, String> CITED = Map.of(
            "n2", "stalin1953foundations",
            "n3", "stalin1954bukharingroup",
            "n4", "blok1963chukovsky",
            "n5", "lunacharsky1925cinema");

    /**
     * The edition: the imported seed, the labelled errors as apparatus, the persons, the notes, and the bibliography
     * of the notes' sources imported from BibTeX, each note citing its source by reference.
     */
    String build(String seed, List<Error> errors, List<Person> persons, String bibtex) {
        String imported = new PlainTextOcrImporter().importText(seed,
                ImportOptions.defaults().withSource("chapter-3-ocr.txt"));
        EditionDocument document = EditionDocument.ofText(imported, "chapter-3.xml");
        WitnessText witnesses = new TeiWitnessText();
        WitnessText.Extract ocr = witnesses.extract(document.tree(), "OCR");
        int[][] map = seedToDocument(seed, ocr);

        List<Unit> units = units(seed, errors, persons);
        List<TextReplacement> edits = new ArrayList<>();
        String text = document.text();
        for (Unit unit : units) {
            int ds = map[0][firstNonSpace(seed, unit.start())];
            int de = map[1][lastNonSpace(seed, unit.end())];
            int[] range = balanced(text, ds, de);
            if (range == null) {
                skipped.add((unit.person() != null ? unit.person().id() : unit.errors().get(0).id()) + " at " + unit.start());
                continue;
            }
            edits.add(new TextReplacement(range[0], range[1] - range[0], markup(seed, text, unit, map, range)));
        }
        edits.addAll(headerAndNotes(document.tree(), text, persons));
        document.apply("the editor's apparatus, names and notes", edits);

        BibliographyService bibliography = new TeiBibliographyService();
        try {
            bibliography.importEntries(document, bibliography.parseBibTeX(bibtex, "chapter-3-sources.bib"));
        } catch (BibliographyException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        NoteService notes = new TeiNoteService();
        new java.util.TreeMap<>(CITED).forEach((note, entry) -> notes.cite(document, note, entry, null, null));
        return document.text();
    }

    /** For each seed character that is not white space, the document range its witness character came from. */
    private static int[][] seedToDocument(String seed, WitnessText.Extract ocr) {
        int[] start = new int[seed.length()];
        int[] end = new int[seed.length()];
        String w = ocr.text();
        int j = 0;
        for (int i = 0; i < seed.length(); i++) {
            if (space(seed.charAt(i))) {
                continue;
            }
            while (space(w.charAt(j))) {
                j++;
            }
            if (w.charAt(j) != seed.charAt(i)) {
                throw new IllegalStateException("the OCR witness differs from the seed at " + i);
            }
            start[i] = ocr.start()[j];
            end[i] = ocr.end()[j];
            j++;
        }
        return new int[][] {start, end};
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static int firstNonSpace(String s, int from) {
        while (space(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int lastNonSpace(String s, int end) {
        int i = end - 1;
        while (space(s.charAt(i))) {
            i--;
        }
        return i;
    }

    /** Person spellings (longest first, not inside a longer name, not over part of an error) and the errors. */
    static List<Unit> units(String seed, List<Error> errors, List<Person> persons) {
        record Spelling(String text, Person person) {
        }
        List<Spelling> spellings = new ArrayList<>();
        for (Person p : persons) {
            for (String s : p.spellings()) {
                spellings.add(new Spelling(s, p));
            }
        }
        spellings.sort(Comparator.comparingInt((Spelling s) -> -s.text().length()));
        boolean[] taken = new boolean[seed.length()];
        List<Unit> units = new ArrayList<>();
        for (Spelling s : spellings) {
            for (int at = seed.indexOf(s.text()); at >= 0; at = seed.indexOf(s.text(), at + 1)) {
                int end = at + s.text().length();
                if (notAName(seed, at, end) || anyTaken(taken, at, end)) {
                    continue;
                }
                List<Error> inside = new ArrayList<>();
                boolean crosses = false;
                for (Error e : errors) {
                    if (e.offset() >= at && e.end() <= end) {
                        inside.add(e);
                    } else if (e.offset() < end && e.end() > at) {
                        crosses = true;
                    }
                }
                if (crosses) {
                    continue;
                }
                java.util.Arrays.fill(taken, at, end, true);
                units.add(new Unit(at, end, s.person(), inside));
            }
        }
        for (Error e : errors) {
            if (!anyTaken(taken, e.offset(), e.end())) {
                units.add(new Unit(e.offset(), e.end(), null, List.of(e)));
            }
        }
        units.sort(Comparator.comparingInt(Unit::start));
        return units;
    }

    /** Leningrad and Leninism hold Lenin's name but do not name him. */
    private static boolean notAName(String seed, int at, int end) {
        return seed.startsWith("กราด", end) || seed.substring(0, at).endsWith("ลัทธิ");
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** The range, widened over elements it begins or ends exactly inside, if that makes it well-balanced; else null. */
    private static int[] balanced(String text, int ds, int de) {
        for (int round = 0; round < 4; round++) {
            String piece = text.substring(ds, de);
            if (XmlTree.parse("<x>" + piece + "</x>").isWellFormed() && !piece.contains("<anchor")) {
                return new int[] {ds, de};
            }
            XmlTree tree = XmlTree.parse(text);
            boolean widened = false;
            for (XmlElement e : tree.elementList()) {
                if (!e.selfClosing() && e.startTagEnd() == ds) {
                    ds = e.start();
                    widened = true;
                }
                if (!e.selfClosing() && e.endTagStart() == de) {
                    de = e.end();
                    widened = true;
                }
            }
            if (!widened) {
                return null;
            }
        }
        return null;
    }

    private String markup(String seed, String text, Unit unit, int[][] map, int[] range) {
        if (unit.person() == null) {
            return app(unit.errors().get(0), text.substring(range[0], range[1]));
        }
        StringBuilder sb = new StringBuilder("<persName ref=\"#").append(unit.person().id()).append("\">");
        int at = range[0];
        for (Error e : unit.errors()) {
            int es = map[0][firstNonSpace(seed, e.offset())];
            int ee = map[1][lastNonSpace(seed, e.end())];
            sb.append(text, at, es).append(app(e, text.substring(es, ee)));
            at = ee;
        }
        return sb.append(text, at, range[1]).append("</persName>").toString();
    }

    private static String app(Error e, String ocrMarkup) {
        StringBuilder sb = new StringBuilder("<app type=\"ocr\" xml:id=\"").append(e.id()).append("\"><lem wit=\"#ED\">")
                .append(Xml.escapeText(e.correction())).append("</lem><rdg wit=\"#OCR\" cause=\"ocr-error\" type=\"")
                .append(e.kind()).append("\">").append(ocrMarkup).append("</rdg>");
        if (!e.confidence().equals("high")) {
            // TEI's @cert is not in our subset: the certainty is a note of the entry, which no witness reads
            sb.append("<note type=\"certainty\">").append(e.confidence());
            if (!e.note().isBlank()) {
                sb.append(": ").append(Xml.escapeText(e.note()));
            }
            sb.append("</note>");
        }
        return sb.append("</app>").toString();
    }

    /** The header's witnesses, persons and editorial decisions, and the five notes. */
    private static List<TextReplacement> headerAndNotes(XmlTree tree, String text, List<Person> persons) {
        List<TextReplacement> edits = new ArrayList<>();
        XmlElement listWit = tree.elementsNamed(TEI, "listWit").get(0);
        edits.add(new TextReplacement(listWit.endTagStart(), 0, "  <witness xml:id=\"ED\">The edited text: the OCR text "
                + "corrected by the editor (the lemmata)</witness>\n        "));
        StringBuilder sb = new StringBuilder("\n        <listPerson>\n");
        for (Person p : persons) {
            sb.append("          <person xml:id=\"").append(p.id()).append("\">\n");
            sb.append("            <persName>").append(Xml.escapeText(p.preferred())).append("</persName>\n");
            for (String s : p.spellings()) {
                if (!s.equals(p.preferred())) {
                    sb.append("            <persName type=\"variant\">").append(Xml.escapeText(s)).append("</persName>\n");
                }
            }
            sb.append("            <note>").append(Xml.escapeText(p.role()));
            if (!p.note().isBlank()) {
                sb.append(" ").append(Xml.escapeText(p.note()));
            }
            sb.append("</note>\n          </person>\n");
        }
        sb.append("        </listPerson>");
        edits.add(new TextReplacement(listWit.end(), 0, sb.toString()));

        XmlElement title = tree.elementsNamed(TEI, "title").get(0);
        edits.add(new TextReplacement(title.end(), 0, "\n        <respStmt>\n          <resp>OCR correction, apparatus, names and notes</resp>\n"
                + "          <name>Siglum editors</name>\n        </respStmt>"));

        XmlElement decl = tree.elementsNamed(TEI, "editorialDecl").get(0);
        edits.add(new TextReplacement(decl.endTagStart(), 0, EDITORIAL));

        List<XmlElement> notes = tree.elementsNamed(TEI, "note");
        for (int i = 0; i < notes.size(); i++) {
            XmlElement note = notes.get(i);
            String id = note.xmlId().orElseThrow();
            String target = note.attribute("target").orElseThrow();
            String n = i == 0 ? "25" : note.attribute("n").orElseThrow();
            edits.add(new TextReplacement(note.start(), note.end() - note.start(), "<note xml:id=\"" + id
                    + "\" place=\"foot\" n=\"" + n + "\" target=\"" + target + "\">" + NOTES.get(i) + "</note>"));
        }
        return edits;
    }

    private static final String EDITORIAL = """

                <p>The OCR text is witness OCR; the editor's corrected text is witness ED. Every OCR error the labels
                  (samples/ocr-errors.tsv) record is an app: the correction as lem (ED), the OCR form as rdg (OCR) with
                  cause ocr-error and the kind of error as type. An entry whose correction is not certain (medium, low)
                  carries a note of type certainty, which no witness reads.</p>
                <p>Persons are listed in the source description; each spelling in the text, the OCR-damaged ones
                  included, is a persName pointing to one person.</p>
                <p>The chapter numbers its notes 26, 26, 27, 28, 29; one 26 is wrong and this chapter cannot tell which.
                  The anchors keep the numbers the source prints (anchor/@n, which the OCR witness gives back); the
                  notes carry the edition's numbers (note/@n): the first note is 25, which changes one number and keeps
                  the source's 26 to 29 (docs/decisions/0006).</p>
            """;

    private static final List<String> NOTES = List.of(
            "N. I. Bukharin on Lenin (\"a dictator in the best sense of the word ... for us he was simply Ilyich\"): "
                    + "<bibl><author>N. I. Bukharin</author>, writings on the death of Lenin (<date when=\"1924\">1924</date>)</bibl>; "
                    + "the exact work cannot be told from the text.",
            "Stalin's <title level=\"m\">Foundations of Leninism</title> (พื้นฐานลัทธิเลนิน, 1924), the first edition's "
                    + "passage on the victory of socialism in one country; the Works text:",
            "Stalin's speech on the Bukharin group and the Right deviation, joint meeting of the Politburo and the "
                    + "presidium of the Central Control Commission, late January to early February 1929:",
            "Blok's letter to K. Chukovsky of 26 May 1921 (\"... Mother Russia has devoured me\"):",
            "Lenin's remark that cinema is the most important of the arts, as Lunacharsky recalled a conversation of 1922:");

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        String seed = Files.readString(root.resolve(ProjectFiles.SEED), StandardCharsets.UTF_8);
        SampleBuilder builder = new SampleBuilder();
        String xml = builder.build(seed, errors(root.resolve("samples/ocr-errors.tsv")),
                persons(root.resolve("samples/persons.tsv")),
                Files.readString(root.resolve("samples/chapter-3-sources.bib"), StandardCharsets.UTF_8));
        Files.writeString(root.resolve("samples/chapter-3.xml"), xml, StandardCharsets.UTF_8);
        System.out.println("wrote samples/chapter-3.xml; not placed: " + builder.skipped);
    }
}
