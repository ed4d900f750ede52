package org.siglum.apparatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.siglum.apparatus.internal.DocumentApparatus;
import org.siglum.apparatus.internal.SeriesCorrections;
import org.siglum.core.EditionDocument;
import org.siglum.core.testing.ProjectFiles;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

class CorrectionServiceTest {

    /** "กรรมกร" (workers) for "กรรมการ" (committee), in every kind of place the base text has. */
    private static final String EDITION = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader><fileDesc><sourceDesc><listWit>
                <witness xml:id="OCR">OCR</witness><witness xml:id="ED">Editor</witness>
              </listWit></sourceDesc></fileDesc></teiHeader>
              <text><body>
                <div xml:id="d1">
                  <head>กรรมกร ของพรรค</head>
                  <p>ตั้งกรรมกร ๕๐ ชุด<app type="ocr" xml:id="e1"><lem wit="#ED">ยึดอำนาจ</lem><rdg wit="#OCR" cause="ocr-error" type="vowel">ยืดอำนาจ</rdg></app> และกรรม<lb/>กร อีก</p>
                  <p>ไม่ใช่<note>กรรมกร ในหมายเหตุ</note> และ<hi>กรรม</hi>กร ที่ขอบ</p>
                </div>
                <div n="two">
                  <p>ท้ายย่อหน้ากรรม</p><p>กร ต้นย่อหน้า และ<app type="ocr"><lem wit="#ED">กรรมกร</lem><rdg wit="#OCR" cause="ocr-error">กรรมกก</rdg></app> กรรมกรั</p>
                </div>
              </body></text>
            </TEI>
            """;

    private final CorrectionService corrections = new SeriesCorrections();
    private final ApparatusService apparatus = new DocumentApparatus();

    private static EditionDocument edition() {
        return EditionDocument.ofText(EDITION, "e.xml");
    }

    private static Correction committee(EditionDocument document, CorrectionService service) {
        return Correction.of("กรรมกร", "กรรมการ", service.defaults(document)).withType("real-word");
    }

    @Test
    void theDefaultsAreWhatTheEditionsOcrEntriesAlreadySay() {
        CorrectionDefaults d = corrections.defaults(edition());
        assertThat(d.witness()).contains("OCR");
        assertThat(d.lemmaWitnesses()).containsExactly("ED");
        assertThat(d.cause()).isEqualTo("ocr-error");
        assertThat(d.entryType()).contains("ocr");
        assertThat(d.types()).containsExactly("vowel");
    }

    @Test
    void anEditionWithoutEntriesDefaultsToItsOcrAndEdWitnessesAndNoEntryType() {
        EditionDocument bare = EditionDocument.ofText(EDITION.replaceAll("<app.*?</app>", ""), "bare.xml");
        CorrectionDefaults d = corrections.defaults(bare);
        assertThat(d.witness()).contains("OCR");
        assertThat(d.lemmaWitnesses()).containsExactly("ED");
        assertThat(d.entryType()).isEmpty();
        EditionDocument none = EditionDocument.ofText(EDITION.replace("<witness xml:id=\"ED\">Editor</witness>", "")
                .replaceAll("<app.*?</app>", ""), "none.xml");
        assertThat(corrections.defaults(none).lemmaWitnesses()).isEmpty();
    }

    @Test
    void everyOccurrenceInTheBaseTextIsFoundAlsoSplitByMarkupButNotInNotesReadingsOrAcrossParagraphs()
            throws Exception {
        EditionDocument document = edition();
        List<Occurrence> found = corrections.occurrences(document, "กรรมกร", Scope.everywhere());
        String text = document.text();
        assertThat(found).extracting(o -> text.substring(o.start(), o.end())).containsExactly(
                "กรรมกร", "กรรมกร", "กรรม<lb/>กร", "กรรม</hi>กร", "กรรมกร");
        assertThat(found).extracting(Occurrence::form).containsOnly("กรรมกร");
        // the one split by a line break, with its place and context
        Occurrence split = found.get(2);
        assertThat(split.line()).isEqualTo(8);
        assertThat(split.column()).isEqualTo(text.split("\n")[7].codePointCount(0,
                text.split("\n")[7].indexOf("กรรม<lb/>")) + 1);
        assertThat(split.before()).endsWith("และ");
        assertThat(split.after()).isEqualTo(" อีก");
        assertThat(split.inContext()).endsWith("และ[กรรมกร] อีก…");
        assertThat(found.get(0).before()).as("a head starts its own context").isEmpty();
        // what cannot carry an entry says why
        assertThat(found).extracting(Occurrence::recordable).containsExactly(true, true, true, false, false);
        assertThat(found.get(3).refusal()).contains("crosses the end of <hi>");
        assertThat(found.get(4).refusal()).contains("inside the entry");
    }

    @Test
    void theScopeNarrowsTheSearchToLinesADivisionOrANeighbourhood() throws Exception {
        EditionDocument document = edition();
        assertThat(corrections.occurrences(document, "กรรมกร", Scope.parse("div:d1"))).hasSize(4);
        assertThat(corrections.occurrences(document, "กรรมกร", Scope.parse("div:two"))).hasSize(1);
        assertThat(corrections.occurrences(document, "กรรมกร", Scope.parse("div:2")))
                .isEqualTo(corrections.occurrences(document, "กรรมกร", Scope.parse("div:two")));
        assertThat(corrections.occurrences(document, "กรรมกร", Scope.parse("lines:8-9"))).extracting(Occurrence::line)
                .containsExactly(8, 8, 9);
        assertThat(corrections.occurrences(document, "กรรมกร", Scope.parse("near:อีก"))).hasSize(1)
                .allSatisfy(o -> assertThat(o.after()).isEqualTo(" อีก"));
        assertThatThrownBy(() -> corrections.occurrences(document, "กรรมกร", Scope.parse("div:nowhere")))
                .isInstanceOf(ApparatusException.class).hasMessageContaining("no division 'nowhere'");
        assertThatThrownBy(() -> Scope.parse("pages:1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a kind of scope");
        assertThatThrownBy(() -> Scope.parse("lines:9-3")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSeriesIsRecordedAsEntriesOverExactlyTheFormsAndOneUndoTakesItBack() throws Exception {
        EditionDocument document = edition();
        List<Occurrence> recordable = corrections.occurrences(document, "กรรมกร", Scope.everywhere()).stream()
                .filter(Occurrence::recordable).toList();
        int entries = apparatus.entries(document).size();

        ApparatusChange change = corrections.correct(document, recordable, committee(document, corrections));

        String expected = EDITION
                .replace("<head>กรรมกร ของพรรค", "<head>" + entry("app-1", "กรรมการ") + " ของพรรค")
                .replace("ตั้งกรรมกร ๕๐", "ตั้ง" + entry("app-2", "กรรมการ") + " ๕๐")
                .replace("และกรรม<lb/>กร อีก", "และ" + entry("app-3", "กรรม<lb/>การ") + " อีก");
        Diff diff = DiffBuilder.compare(expected).withTest(document.text()).checkForIdentical().build();
        assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
        assertThat(document.text()).as("byte for byte, outside the three forms too").isEqualTo(expected);
        assertThat(change.replacements()).hasSize(3).allSatisfy(r -> assertThat(r.length()).isEqualTo(
                "กรรมกร".length() + (EDITION.startsWith("<lb/>", r.offset() + 4) ? 5 : 0)));
        assertThat(change.description()).isEqualTo(
                "recorded 3 corrections of \"กรรมกร\" as \"กรรมการ\" (entries app-1 to app-3)");
        assertThat(apparatus.entries(document)).hasSize(entries + 3)
                .filteredOn(e -> e.id().startsWith("app-")).allSatisfy(e -> {
                    assertThat(e.lemmaText()).isEqualTo("กรรมการ");
                    assertThat(e.readingOf("OCR").map(Reading::text)).contains("กรรมกร");
                });

        document.undo();
        assertThat(document.text()).isEqualTo(EDITION);
        assertThat(document.canUndo()).as("the series was one step").isFalse();
    }

    private static String entry(String id, String lemma) {
        return "<app xml:id=\"" + id + "\" type=\"ocr\"><lem wit=\"#ED\">" + lemma + "</lem><rdg wit=\"#OCR\""
                + " cause=\"ocr-error\" type=\"real-word\">กรรมกร</rdg></app>";
    }

    @Test
    void aChangeInsideTheMarkupOfASplitFormKeepsTheMarkupAfterTheNewLetters() throws Exception {
        String text = EDITION.replace("กรรม<lb/>กร", "กรร<lb/>มกร");
        EditionDocument document = EditionDocument.ofText(text, "split.xml");
        Occurrence split = corrections.occurrences(document, "กรรมกร", Scope.lines(8, 8)).get(1);
        corrections.correct(document, List.of(split), Correction.of("กรรมกร", "กรมการ", corrections.defaults(document)));
        // the letters that differ span the line break: the new ones stand before it, the kept end after it
        assertThat(document.text()).contains("<lem wit=\"#ED\">กรมกา<lb/>ร</lem><rdg wit=\"#OCR\" cause=\"ocr-error\">"
                + "กรรมกร</rdg>");
    }

    @Test
    void aRefusedSeriesChangesNothing() throws Exception {
        EditionDocument document = edition();
        List<Occurrence> all = corrections.occurrences(document, "กรรมกร", Scope.everywhere());
        Correction c = committee(document, corrections);
        assertThatThrownBy(() -> corrections.correct(document, all, c)).isInstanceOf(ApparatusException.class)
                .hasMessageContaining("line 9 cannot be recorded: it crosses the end of <hi>");
        assertThatThrownBy(() -> corrections.correct(document, all.subList(0, 1), c.withWitness("B")))
                .hasMessageContaining("'B' is not declared");
        assertThatThrownBy(() -> corrections.correct(document, all.subList(0, 1), c.withLemma("กรรมกร")))
                .hasMessageContaining("the same as the text");
        assertThatThrownBy(() -> corrections.correct(document, List.of(), c)).hasMessageContaining("no place");
        assertThat(document.text()).isEqualTo(EDITION);
        assertThat(document.canUndo()).isFalse();

        // an occurrence found before the text changed is not recorded over other text
        document.replace(all.get(1).start(), 0, "x");
        assertThatThrownBy(() -> corrections.correct(document, all.subList(1, 2), c))
                .hasMessageContaining("no longer reads \"กรรมกร\"");
    }

    @Test
    void theSummarySaysInOneLineWhatBecomesOfTheText() {
        CorrectionDefaults d = corrections.defaults(edition());
        Correction c = Correction.of("ประทัดประหาร", "ประหัตประหาร", d).withType("misrecognised-letter");
        assertThat(c.summary()).isEqualTo("The text will read \"ประหัตประหาร\" (ED); \"ประทัดประหาร\" is kept as the "
                + "reading of OCR (ocr-error, misrecognised-letter).");
        assertThat(c.withLemma("ประทัดประหาร").summary()).startsWith("Nothing will change: type the correction");
    }

    @Test
    void onTheSampleEveryRecordableOccurrenceOfAFormBecomesAValidEntry() throws Exception {
        EditionDocument document = EditionDocument.read(ProjectFiles.file("samples/chapter-3.xml"));
        String before = document.text();
        // a form the sample has many times in its base text
        String form = "ของ";
        List<Occurrence> found = corrections.occurrences(document, form, Scope.everywhere());
        assertThat(found).hasSizeGreaterThan(20);
        assertThat(found).allSatisfy(o -> assertThat(before.substring(o.start(), o.end()).replaceAll("<[^>]*>", ""))
                .isEqualTo(form));
        List<Occurrence> recordable = found.stream().filter(Occurrence::recordable).toList();
        int entries = apparatus.entries(document).size();
        corrections.correct(document, recordable, Correction.of(form, "ขอ", corrections.defaults(document)));
        assertThat(document.problems()).isEmpty();
        assertThat(apparatus.entries(document)).hasSize(entries + recordable.size());
        assertThat(corrections.occurrences(document, form, Scope.everywhere())).hasSize(found.size() - recordable.size());
        document.undo();
        assertThat(document.text()).isEqualTo(before);
    }
}
