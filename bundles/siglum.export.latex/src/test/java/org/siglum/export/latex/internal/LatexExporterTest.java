package org.siglum.export.latex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.apparatus.internal.DocumentApparatus;
import org.siglum.citations.internal.TeiBibliographyService;
import org.siglum.citations.internal.CiteprocCitationFormatter;
import org.siglum.citations.internal.TeiNoteService;
import org.siglum.core.EditionDocument;
import org.siglum.core.testing.ProjectFiles;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.ProgressMonitor;
import org.siglum.export.internal.SaxonXslt;

/**
 * The LaTeX export: the document checked as text (escapes, one {@code \\edtext} per entry, balanced braces), and the
 * sample compiled with XeLaTeX (reledmac, polyglossia, a TLWG font), which ./run-tests installs from Debian.
 */
class LatexExporterTest {

    private static final String SMALL = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
            <sourceDesc><listWit><witness xml:id="OCR">OCR</witness><witness xml:id="ED">edited</witness></listWit></sourceDesc></fileDesc></teiHeader>
            <text><body><div><head>หัว</head><p>a \\ b { c } d $ e &amp; f # g ^ h _ i ~ j % k
            <app><lem wit="#ED">ถูก_1</lem><rdg wit="#OCR">ผิด%</rdg></app> ข<anchor xml:id="a1" type="note" n="7"/><note xml:id="n1" place="foot" n="3" target="#a1">โน้ต {x}</note></p></div></body></text></TEI>
            """;

    private final TeiNoteService notes = new TeiNoteService();
    private final LatexExporter exporter = new LatexExporter(new SaxonXslt(), new DocumentApparatus(),
            new CiteprocCitationFormatter(notes, new TeiBibliographyService()));

    @TempDir
    Path dir;

    private String export(Path edition) throws Exception {
        ExportResult result = exporter.export(
                new ExportRequest(EditionDocument.read(edition), edition, dir.resolve("out"), Map.of()),
                ProgressMonitor.NONE);
        assertThat(result.files()).hasSize(1);
        return Files.readString(result.files().get(0));
    }

    private static Path sample() {
        return ProjectFiles.file("samples/chapter-3.xml");
    }

    /** Braces balance when the escaped ones are left out, and never go below zero. */
    private static void assertBalanced(String tex) {
        String unescaped = tex.replace("\\\\", "").replace("\\{", "").replace("\\}", "");
        int depth = 0;
        for (int i = 0; i < unescaped.length(); i++) {
            char c = unescaped.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("brace depth at %d", i).isNotNegative();
        }
        assertThat(depth).as("unclosed braces").isZero();
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void latexsSpecialCharactersAreEscapedInTheTextTheApparatusAndTheNotes() throws Exception {
        Path edition = Files.writeString(dir.resolve("small.xml"), SMALL, StandardCharsets.UTF_8);
        String tex = export(edition);
        assertThat(tex).contains("a \\textbackslash{} b \\{ c \\} d \\$ e \\& f \\# g \\textasciicircum{} h \\_ i "
                + "\\textasciitilde{} j \\% k")
                .contains("\\edtext{ถูก\\_1}{\\Afootnote{ผิด\\% \\textit{OCR}}}")
                .contains("\\setcounter{footnoteA}{2}\\footnoteA{โน้ต \\{x\\}}")
                .contains("\\eledchapter[หัว]{หัว}");
        assertBalanced(tex);
    }

    @Test
    void theSampleIsAReledmacDocumentWithOneEdtextPerEntryAndItsNotesAsASeparateSeries_notCompiledHere()
            throws Exception {
        Path sample = sample();
        String tex = export(sample);
        String xml = Files.readString(sample);
        assertThat(count(tex, "\\\\edtext\\{")).isEqualTo(count(xml, "<app[ >]")).isEqualTo(136);
        assertThat(count(tex, "\\\\Afootnote\\{")).isEqualTo(136);
        assertThat(tex).startsWith("% !TEX program = xelatex").contains("\\usepackage[series={A}]{reledmac}")
                .contains("\\XeTeXlinebreaklocale \"th\"").contains("\\setmainfont[Script=Thai]{Norasi}")
                .contains("\\beginnumbering").contains("\\endnumbering").contains("\\pstart").contains("\\pend")
                .contains("\\edtext{ประหัตประหาร}{\\Afootnote{ประทัดประหาร \\textit{OCR}}}")
                .contains("\\ledsidenote{OCR~").contains("\\eledchapter[บทที่ 3 นโยบายเศรษฐกิจใหม่]{").contains("\\chapter*{บรรณานุกรม}")
                .doesNotContain("medium: workers for committees") // certainty notes are the editor's, not printed
                .endsWith("\\end{document}\n");
        // the five footnotes, at their anchors, with their texts and formatted citations
        assertThat(count(tex, "\\\\footnoteA\\{")).isEqualTo(5);
        assertThat(tex).contains("\\setcounter{footnoteA}{24}\\footnoteA{N. I. Bukharin on Lenin")
                .contains("Foundations of Leninism").doesNotContain("\\#stalin1953foundations");
        assertThat(count(tex, "\\\\pstart")).isEqualTo(count(tex, "\\\\pend"));
        assertBalanced(tex);
    }

    @Test
    void theSampleCompilesWithXeLaTeX() throws Exception {
        String xelatex = onPath("xelatex");
        assertThat(xelatex).as("xelatex is not on the PATH: ./run-tests installs it (Debian texlive-xetex, "
                + "texlive-humanities for reledmac, texlive-lang-other for Thai)").isNotNull();
        Path sample = sample();
        export(sample);
        Process p = new ProcessBuilder(xelatex, "-interaction=nonstopmode", "-halt-on-error", "chapter-3.tex")
                .directory(dir.resolve("out").toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("xelatex.log").toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("xelatex.log"))).isZero();
        assertThat(dir.resolve("out/chapter-3.pdf")).exists();
    }

    private static String onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
