package org.siglum.export.text.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.core.EditionDocument;
import org.siglum.core.testing.ProjectFiles;
import org.siglum.export.ExportCanceledException;
import org.siglum.export.ExportException;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.ProgressMonitor;
import org.siglum.witness.WitnessText;
import org.siglum.witness.internal.TeiWitnessText;

class TextExporterTest {

    private static final String EDITION = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><sourceDesc><listWit>
            <witness xml:id="OCR">OCR</witness><witness xml:id="ED">edited</witness></listWit></sourceDesc></fileDesc></teiHeader>
            <text><body><p>ก่อน<app><lem wit="#ED">ถูก</lem><rdg wit="#OCR">ผิด</rdg></app>หลัง</p></body></text></TEI>
            """;

    private final WitnessText witnessText = new TeiWitnessText();
    private final TextExporter exporter = new TextExporter(witnessText);

    @TempDir
    Path dir;

    private ExportRequest request(String xml, Map<String, String> options) throws Exception {
        Path file = Files.writeString(dir.resolve("ed.xml"), xml, StandardCharsets.UTF_8);
        return new ExportRequest(EditionDocument.read(file), file, dir.resolve("out"), options);
    }

    @Test
    void writesTheEditedTextsWitnessByDefaultAndTheAskedOneOtherwise() throws Exception {
        ExportResult edited = exporter.export(request(EDITION, Map.of()), ProgressMonitor.NONE);
        assertThat(edited.files()).containsExactly(dir.resolve("out/ed.ED.txt"));
        assertThat(Files.readString(edited.files().get(0))).isEqualTo("ก่อนถูกหลัง\n");
        ExportResult ocr = exporter.export(request(EDITION, Map.of("wit", "#OCR")), ProgressMonitor.NONE);
        assertThat(Files.readString(ocr.files().get(0))).isEqualTo("ก่อนผิดหลัง\n");
        assertThat(ocr.files().get(0).getFileName()).hasToString("ed.OCR.txt");
    }

    @Test
    void anEditionThatDeclaresNoWitnessGivesItsEditedTextTheLemmata() throws Exception {
        String undeclared = """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/>
                <text><body><p>ก่อน<app><lem wit="#A">ถูก</lem><rdg wit="#B">ผิด</rdg></app>หลัง<note>หมายเหตุ</note></p>
                <p>ต่อ<app><lem>ไป</lem><rdg wit="B">ไม่</rdg></app></p></body></text></TEI>
                """;
        ExportResult result = exporter.export(request(undeclared, Map.of()), ProgressMonitor.NONE);
        assertThat(result.files()).containsExactly(dir.resolve("out/ed.txt"));
        assertThat(Files.readString(result.files().get(0))).isEqualTo("ก่อนถูกหลัง\n\nต่อไป\n");
        assertThat(result.diagnostics()).extracting(d -> d.message())
                .containsExactly("the edition declares no witness: the text of its lemmata and of the text around them");
    }

    @Test
    void theSampleEditionsTextIsExactlyWhatWitnessTextGives(@TempDir Path out) throws Exception {
        Path sample = ProjectFiles.file("samples/chapter-3.xml");
        EditionDocument document = EditionDocument.read(sample);
        for (String wit : new String[] {"ED", "OCR"}) {
            ExportResult result = exporter.export(new ExportRequest(document, sample, out, Map.of("wit", wit)),
                    ProgressMonitor.NONE);
            assertThat(Files.readString(result.files().get(0)))
                    .isEqualTo(witnessText.text(document.tree(), wit).strip() + "\n");
        }
        assertThat(Files.readString(out.resolve("chapter-3.ED.txt"))).contains("ประหัตประหาร")
                .doesNotContain("ประทัดประหาร");
        assertThat(Files.readString(out.resolve("chapter-3.OCR.txt"))).contains("ประทัดประหาร");
    }

    @Test
    void anUnknownWitnessIsRefusedAndNothingIsWritten() throws Exception {
        assertThatThrownBy(() -> exporter.export(request(EDITION, Map.of("wit", "X")), ProgressMonitor.NONE))
                .isInstanceOf(ExportException.class).hasMessage("ed.xml: no witness X (declared: OCR, ED)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aCancelledExportLeavesTheOldFileInPlace() throws Exception {
        Path old = Files.writeString(Files.createDirectories(dir.resolve("out")).resolve("ed.ED.txt"), "old\n");
        ProgressMonitor cancelled = new ProgressMonitor() {
            public void begin(String task, int totalWork) { }
            public void worked(int work) { }
            public void subTask(String name) { }
            public boolean isCanceled() { return true; }
        };
        assertThatThrownBy(() -> exporter.export(request(EDITION, Map.of()), cancelled))
                .isInstanceOf(ExportCanceledException.class);
        assertThat(Files.readString(old)).isEqualTo("old\n");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files).containsExactly(old);
        }
    }

    @Test
    void anEditionThatIsNotWellFormedIsRefusedWithItsLineAndColumn() throws Exception {
        assertThatThrownBy(() -> exporter.export(request("<TEI>\n<p></TEI>", Map.of()), ProgressMonitor.NONE))
                .isInstanceOf(ExportException.class).hasMessageStartingWith("ed.xml:2:");
    }
}
