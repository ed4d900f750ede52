package org.siglum.cli.textcrit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.cli.CommandException;
import org.siglum.cli.ExitCode;
import org.siglum.cli.testing.TestCommandContext;
import org.siglum.collation.internal.ThaiCollator;
import org.siglum.suspects.internal.ThaiSuspectFinder;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

class CommandsTest {

    @TempDir
    Path dir;

    private TestCommandContext context;

    @BeforeEach
    void aFreshContext() {
        context = new TestCommandContext(dir);
    }

    private SuspectsCommand suspects() {
        SuspectsCommand c = new SuspectsCommand();
        c.finder = new ThaiSuspectFinder();
        return c;
    }

    private CollateCommand collate() {
        CollateCommand c = new CollateCommand();
        c.collator = new ThaiCollator();
        c.apparatus = new org.siglum.apparatus.internal.DocumentApparatus();
        c.witnessText = new org.siglum.witness.internal.TeiWitnessText();
        return c;
    }

    private String out() {
        return context.outText();
    }

    @Test
    void suspectsListsAMixedScriptWordAsTsvWithLineAndColumn() throws Exception {
        Files.writeString(dir.resolve("ocr.txt"), "บทที่ 3\nนายทروتสกี กล่าว");
        int exit = suspects().run(context, List.of("ocr.txt"));
        assertThat(exit).isEqualTo(ExitCode.FINDINGS);
        List<String> lines = out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("offset\tlength\tline\tcolumn\tscore\tform\tsuggestion\treasons");
        assertThat(lines.get(1).split("\t")).containsSubsequence("11", "7", "2", "4").contains("ทروتสกี", "ทรอตสกี");
    }

    @Test
    void suspectsOfACleanTextExitZero() throws Exception {
        Files.writeString(dir.resolve("clean.txt"), "นโยบายเศรษฐกิจใหม่");
        assertThat(suspects().run(context, List.of("clean.txt", "--format", "json"))).isEqualTo(ExitCode.OK);
        assertThat(out().strip()).isEqualTo("[]");
    }

    @Test
    void aFileThatIsNotUtf8IsAnInputErrorWithItsPlace() throws Exception {
        Files.write(dir.resolve("bad.txt"), new byte[] {'a', '\n', 'b', (byte) 0xFF});
        assertThatThrownBy(() -> suspects().run(context, List.of("bad.txt")))
                .isInstanceOf(CommandException.class).hasMessage("bad.txt:2:2: not UTF-8 text (byte offset 3)");
    }

    @Test
    void collateWritesTeiWithOneAppPerChangedWord() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "ในปี 1921 สถานการณ์เช่นนี้ทำให้คนไม่พอใจ");
        Files.writeString(dir.resolve("b.txt"), "ในปี 1921 สอดานการณ์เช่นนี้ทำให้คน ไม่พอใจ");
        assertThat(collate().run(context, List.of("a.txt", "b.txt", "-o", "app.xml"))).isEqualTo(ExitCode.OK);
        Input.Builder tei = Input.fromFile(dir.resolve("app.xml").toFile());
        JAXPXPathEngine xpath = new JAXPXPathEngine();
        xpath.setNamespaceContext(java.util.Map.of("t", "http://www.tei-c.org/ns/1.0"));
        assertThat(xpath.evaluate("count(//t:app)", tei.build())).isEqualTo("1");
        assertThat(xpath.evaluate("//t:app/t:lem", tei.build())).isEqualTo("สถานการณ์");
        assertThat(xpath.evaluate("//t:app/t:lem/@wit", tei.build())).isEqualTo("#a");
        assertThat(xpath.evaluate("//t:app/t:rdg[@wit='#b']", tei.build())).isEqualTo("สอดานการณ์");
        assertThat(xpath.evaluate("count(//t:listWit/t:witness)", tei.build())).isEqualTo("2");
        assertThat(xpath.evaluate("concat(//t:ab/text()[1], //t:app/t:lem, //t:ab/text()[2])", tei.build())).isEqualTo("ในปี 1921 สถานการณ์เช่นนี้ทำให้คนไม่พอใจ");
    }

    @Test
    void collateAsATableAndWithSigla() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "ก ข ค");
        Files.writeString(dir.resolve("b.txt"), "ก ค");
        collate().run(context, List.of("a.txt", "b.txt", "--format", "table", "--wit", "A,OCR"));
        assertThat(out()).isEqualTo("offset\tA\tOCR\n2\tข\t-\n");
    }

    @Test
    void collateNeedsTwoWitnessesAndIntoNeedsOneSiglum() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "ก");
        assertThatThrownBy(() -> collate().run(context, List.of("a.txt"))).isInstanceOf(CommandException.class)
                .hasMessageStartingWith("collate: give at least two witnesses");
        assertThatThrownBy(() -> collate().run(context, List.of("--into", "e.xml", "a.txt"))).isInstanceOf(CommandException.class)
                .hasMessageContaining("--into needs one --wit ID and one TEXT.txt");
    }

    @Test
    void collateIntoAnEditionDeclaresTheWitnessAndRecordsEachDifferenceAsItsReading() throws Exception {
        Path edition = dir.resolve("ed.xml");
        Files.writeString(edition, """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>\
                <publicationStmt><p>p</p></publicationStmt><sourceDesc><listWit><witness xml:id="OCR">OCR</witness></listWit>\
                </sourceDesc></fileDesc></teiHeader>
                <text><body><p>นโยบาย<app><lem>เศรษฐกิจ</lem><rdg wit="#OCR">เศรษฐกิข</rdg></app>ใหม่ ในปี 1921 \
                สถานการณ์เช่นนี้ทำให้คนไม่พอใจ</p></body></text></TEI>
                """);
        Files.writeString(dir.resolve("b.txt"), "นโยบายเศรษฐกิดใหม่ ในปี 1921 สอดานการณ์เช่นนี้ทำให้คนไม่พอใจ");
        int exit = collate().run(context, List.of("--into", "ed.xml", "--wit", "B", "b.txt"));
        assertThat(exit).as(context.errText()).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("2 variant places, 1 new entries, 1 readings in existing entries, 0 skipped");
        JAXPXPathEngine xpath = new JAXPXPathEngine();
        xpath.setNamespaceContext(java.util.Map.of("t", "http://www.tei-c.org/ns/1.0", "xml", "http://www.w3.org/XML/1998/namespace"));
        java.util.function.Function<String, String> at = x -> xpath.evaluate(x, Input.fromFile(edition.toFile()).build());
        assertThat(at.apply("count(//t:listWit/t:witness)")).isEqualTo("2");
        assertThat(at.apply("//t:witness[2]/@xml:id")).isEqualTo("B");
        assertThat(at.apply("count(//t:app)")).isEqualTo("2");
        assertThat(at.apply("//t:app[1]/t:rdg[@wit='#B']")).isEqualTo("เศรษฐกิด");
        assertThat(at.apply("//t:app[2]/t:lem")).isEqualTo("สถานการณ์");
        assertThat(at.apply("//t:app[2]/t:rdg[@wit='#B']")).isEqualTo("สอดานการณ์");
        assertThatThrownBy(() -> collate().run(context, List.of("--into", "ed.xml", "--wit", "B", "b.txt")))
                .isInstanceOf(CommandException.class).hasMessage("collate: ed.xml has a witness B already");
    }

    @Test
    void siglaFromFileNamesAreXmlNamesAndUnique() {
        java.util.Set<String> used = new java.util.HashSet<>();
        assertThat(CollateCommand.siglum("dir/1921 copy.txt", used)).isEqualTo("w1921_copy");
        used.add("a");
        assertThat(CollateCommand.siglum("x/a.txt", used)).isEqualTo("a-2");
    }
}
