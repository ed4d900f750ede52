package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siglum.tei.schemas.Validators;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code siglum app} as a script runs it, on a copy of the valid fixture edition: each change leaves every byte
 * outside the edited entry as it was, and the result is valid against siglum.rng and siglum.sch.
 */
class AppCommandLineIT {

    private static Validators.Schematron schematron;

    @TempDir
    Path dir;

    @BeforeAll
    static void compileTheSchematron() throws Exception {
        schematron = new Validators.Schematron(Siglum.root().resolve("tei-schemas/siglum.sch"));
    }

    private Path edition() throws Exception {
        Path copy = dir.resolve("edition.xml");
        Files.copy(Siglum.root().resolve("tei-schemas/src/test/resources/valid/edition.xml"), copy);
        return copy;
    }

    private static void assertValid(Path file) throws Exception {
        assertThat(Validators.relaxng(Siglum.root().resolve("tei-schemas/siglum.rng"), file))
                .as("RELAX NG (siglum.rng)").isEmpty();
        assertThat(schematron.validate(file)).as("Schematron (siglum.sch), warnings included").isEmpty();
    }

    /** The bytes before {@code start} and after {@code end} of before are those at the ends of after. */
    private static void assertOnlyChangedBetween(byte[] before, byte[] after, int start, int end) {
        int tail = before.length - end;
        assertThat(after.length).isGreaterThanOrEqualTo(start + tail);
        assertThat(Arrays.copyOfRange(after, 0, start)).as("bytes before the entry")
                .isEqualTo(Arrays.copyOfRange(before, 0, start));
        assertThat(Arrays.copyOfRange(after, after.length - tail, after.length)).as("bytes after the entry")
                .isEqualTo(Arrays.copyOfRange(before, end, before.length));
    }

    private static int bytes(String text, int chars) {
        return text.substring(0, chars).getBytes(StandardCharsets.UTF_8).length;
    }

    private static void assertOneLine(Siglum.Run run) {
        assertThat(run.out().lines()).as(run.toString()).hasSize(1);
    }

    @Test
    void addingAnEntryChangesOnlyItsRangeAndTheEditionStaysValid() throws Exception {
        Path file = edition();
        byte[] before = Files.readAllBytes(file);
        String text = new String(before, StandardCharsets.UTF_8);
        int start = text.indexOf("กลอนสอง");
        int end = start + "กลอนสอง".length();
        Siglum.Run run = Siglum.run(dir, "app", "add", "edition.xml", "--range", start + ":" + end, "--wit", "OCR",
                "--text", "กลอนสอ", "--cause", "ocr-error", "--type", "omission");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertOneLine(run);
        assertThat(run.out()).startsWith("edition.xml:108:14: added entry app-1 over \"กลอนสอง\"");
        byte[] after = Files.readAllBytes(file);
        assertOnlyChangedBetween(before, after, bytes(text, start), bytes(text, end));
        assertThat(new String(after, StandardCharsets.UTF_8)).contains("<l><app xml:id=\"app-1\"><lem>กลอนสอง</lem>"
                + "<rdg wit=\"#OCR\" cause=\"ocr-error\" type=\"omission\">กลอนสอ</rdg></app></l>");
        assertThat(dir.resolve("edition.xml~")).hasBinaryContent(before);
        assertValid(file);

        // by lines and columns, and a reading added to the new entry
        run = Siglum.run(dir, "app", "add", "edition.xml", "--app", "app-1", "--wit", "ED", "--text", "กลอน ๒",
                "--cause", "conjecture");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertValid(file);
        run = Siglum.run(dir, "app", "add", "edition.xml", "--range", "8:28-8:34", "--wit", "OCR", "--text",
                "ประวัติศาสตร", "--cause", "ocr-error");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("siglum: edition.xml:8:28: the range is outside the edition's text: "
                + "entries belong in <text>");
    }

    @Test
    void promotingAReadingChangesOnlyItsEntryAndTheEditionStaysValid() throws Exception {
        Path file = edition();
        byte[] before = Files.readAllBytes(file);
        String text = new String(before, StandardCharsets.UTF_8);
        int start = text.indexOf("<app type=\"ocr\">");
        int end = text.indexOf("</app>", start) + "</app>".length();
        Siglum.Run run = Siglum.run(dir, "app", "promote", "edition.xml", "--app", "1", "--wit", "OCR");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertOneLine(run);
        byte[] after = Files.readAllBytes(file);
        assertOnlyChangedBetween(before, after, bytes(text, start), bytes(text, end));
        assertThat(new String(after, StandardCharsets.UTF_8)).contains("<app type=\"ocr\"><lem wit=\"#OCR\">ยืดอำนาจ"
                + "</lem><rdg wit=\"#ED\" cause=\"ocr-error\" type=\"substitution\">ยึดอำนาจ</rdg></app>");
        assertValid(file);

        // a lemma without @wit, and an omission (an empty reading): the old lemma's witness is named
        before = after;
        text = new String(before, StandardCharsets.UTF_8);
        start = text.indexOf("<app><lem>หนึ่ง");
        end = text.indexOf("</app>", start) + "</app>".length();
        run = Siglum.run(dir, "app", "promote", "edition.xml", "--app", "3", "--wit", "OCR", "--lemma-wit", "ED");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        after = Files.readAllBytes(file);
        assertOnlyChangedBetween(before, after, bytes(text, start), bytes(text, end));
        assertThat(new String(after, StandardCharsets.UTF_8)).contains("<l>กลอน<app><lem wit=\"#OCR\"></lem>"
                + "<rdg wit=\"#ED\" cause=\"ocr-error\" type=\"omission\">หนึ่ง</rdg></app></l>");
        assertValid(file);
    }

    @Test
    void deletingAnEntryLeavesItsLemmaAndChangesNothingElse() throws Exception {
        Path file = edition();
        String before = Files.readString(file);
        String entry = "<app type=\"ocr\"><lem wit=\"#ED\">มนตรี</lem><rdg wit=\"#OCR\" cause=\"ocr-error\" "
                + "type=\"script-confusion\"><foreign xml:lang=\"bn\">মন্ত্রী</foreign></rdg></app>";
        assertThat(before).contains(entry);
        Siglum.Run run = Siglum.run(dir, "app", "delete", "edition.xml", "--app", "2");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().strip()).isEqualTo("edition.xml:95:11: deleted entry 2; its lemma \"มนตรี\" stays as text");
        assertThat(Files.readString(file)).isEqualTo(before.replace(entry, "มนตรี"));
        assertValid(file);

        run = Siglum.run(dir, "app", "delete", "edition.xml", "--app", "1", "--wit", "OCR");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readString(file)).contains("<app type=\"ocr\"><lem wit=\"#ED\">ยึดอำนาจ</lem></app>");
        assertValid(file);
    }

    @Test
    void refusalsAreOneLineInputErrorsAndTheFileStaysAsItWas() throws Exception {
        Path file = edition();
        byte[] before = Files.readAllBytes(file);
        String text = new String(before, StandardCharsets.UTF_8);
        int start = text.indexOf("กลอนสอง");

        Siglum.Run undeclared = Siglum.run(dir, "app", "add", "edition.xml", "--range", start + ":" + (start + 4),
                "--wit", "MS", "--text", "x", "--cause", "ocr-error");
        assertThat(undeclared.exitCode()).isEqualTo(2);
        assertThat(undeclared.err().strip()).isEqualTo("siglum: edition.xml:108:14: the witness 'MS' is not declared "
                + "in a listWit (declared: ED, OCR)");

        int persName = text.indexOf("ทรอตสกี</persName>");
        Siglum.Run crossing = Siglum.run(dir, "app", "add", "edition.xml", "--range", persName + ":"
                + (persName + "ทรอตสกี</persName>".length() + 2), "--wit", "OCR", "--text", "x", "--cause", "ocr-error");
        assertThat(crossing.exitCode()).isEqualTo(2);
        assertThat(crossing.err()).matches("siglum: edition\\.xml:\\d+:\\d+: the range crosses an element boundary: "
                + "it starts in <persName> and ends in <p>\\R");

        Siglum.Run twice = Siglum.run(dir, "app", "add", "edition.xml", "--app", "1", "--wit", "ED", "--text", "x");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("'ED' would be named twice in one entry");

        Siglum.Run noReading = Siglum.run(dir, "app", "promote", "edition.xml", "--app", "3", "--wit", "ED");
        assertThat(noReading.exitCode()).isEqualTo(2);
        assertThat(noReading.err()).contains("entry 3 has no reading of the witness 'ED'");

        for (Siglum.Run run : new Siglum.Run[] {undeclared, crossing, twice, noReading}) {
            assertThat(run.err().lines()).as(run.toString()).hasSize(1);
            assertThat(run.err()).doesNotContain("Exception", "\tat ");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("edition.xml~")).doesNotExist();
    }

    @Test
    void listShowsTheEntriesAndHelpExplainsRanges() throws Exception {
        edition();
        Siglum.Run list = Siglum.run(dir, "app", "list", "edition.xml");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out().lines()).containsExactly(
                "edition.xml:93:32: 1: ยึดอำนาจ ED ] ยืดอำนาจ OCR (ocr-error, substitution)",
                "edition.xml:95:11: 2: มนตรี ED ] মন্ত্রী OCR (ocr-error, script-confusion)",
                "edition.xml:107:18: 3: หนึ่ง ] om. OCR (ocr-error, omission)");
        Siglum.Run help = Siglum.run(dir, "help", "app");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("LINE:COL-LINE:COL", "promote", "FILE~");
    }
}
