package org.siglum.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.core.EditionDocument;
import org.siglum.export.Diagnostic;
import org.siglum.export.ExportException;
import org.siglum.export.ExportRequest;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

class SaxonXsltTest {

    private static final String EDITION = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><div><head>บทที่ 3</head></div></body></text></TEI>
            """;

    private final SaxonXslt xslt = new SaxonXslt();
    private final URL probe = SaxonXsltTest.class.getResource("probe.xsl");

    @TempDir
    Path dir;

    private ExportRequest request() throws Exception {
        Path editionDir = Files.createDirectories(dir.resolve("edition"));
        Path file = Files.writeString(editionDir.resolve("chapter.xml"), EDITION, StandardCharsets.UTF_8);
        return new ExportRequest(EditionDocument.read(file), file, dir.resolve("out"), Map.of());
    }

    private String run(ExportRequest request, List<Diagnostic> diagnostics, String read, String write)
            throws Exception {
        Files.createDirectories(request.outputDirectory());
        Xslt30Transformer t = xslt.transformer(xslt.compile(probe), request, diagnostics::add);
        t.setStylesheetParameters(Map.of(new QName("read"), new XdmAtomicValue(read), new QName("write"),
                new XdmAtomicValue(write)));
        t.setBaseOutputURI(request.outputDirectory().resolve("main.xml").toUri().toString());
        XdmDestination out = new XdmDestination();
        t.applyTemplates(xslt.edition(request), out);
        return out.getXdmNode().getStringValue();
    }

    @Test
    void aStylesheetIsCompiledOnceAndItsMessagesBecomeDiagnostics() throws Exception {
        XsltExecutable first = xslt.compile(probe);
        assertThat(xslt.compile(probe)).isSameAs(first);
        List<Diagnostic> diagnostics = new ArrayList<>();
        assertThat(run(request(), diagnostics, "", "")).isEqualTo("บทที่ 3");
        assertThat(diagnostics).extracting(Diagnostic::message).containsExactly("heads: 1");
        assertThat(diagnostics.get(0).source()).isEqualTo("probe.xsl");
        assertThat(diagnostics.get(0).line()).isPositive();
    }

    @Test
    void aStylesheetReadsTheEditionsFolderButNothingElse(@TempDir Path elsewhere) throws Exception {
        ExportRequest request = request();
        Path beside = Files.writeString(request.edition().getParent().resolve("beside.txt"), "ข้างกัน");
        assertThat(run(request, new ArrayList<>(), beside.toUri().toString(), "")).startsWith("ข้างกัน");
        Path canary = Files.writeString(elsewhere.resolve("canary.txt"), "CANARY");
        assertThatThrownBy(() -> run(request, new ArrayList<>(), canary.toUri().toString(), ""))
                .isInstanceOf(SaxonApiException.class).hasMessageContaining("may read only the edition's folder")
                .hasMessageNotContaining("CANARY");
    }

    @Test
    void aStylesheetReachesNoNetwork() throws Exception {
        try (ServerSocket listener = new ServerSocket(0)) {
            listener.setSoTimeout(300);
            assertThatThrownBy(() -> run(request(), new ArrayList<>(),
                    "http://127.0.0.1:" + listener.getLocalPort() + "/x.txt", "")).isInstanceOf(SaxonApiException.class);
            assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void aStylesheetWritesIntoTheOutputFolderOnly() throws Exception {
        ExportRequest request = request();
        run(request, new ArrayList<>(), "", "part.xml");
        assertThat(request.outputDirectory().resolve("part.xml")).exists();
        assertThatThrownBy(() -> run(request, new ArrayList<>(), "", dir.resolve("escaped.xml").toUri().toString()))
                .isInstanceOf(SaxonApiException.class);
        assertThat(dir.resolve("escaped.xml")).doesNotExist();
    }

    @Test
    void theEditionIsParsedWithoutReadingExternalEntities(@TempDir Path elsewhere) throws Exception {
        Path canary = Files.writeString(elsewhere.resolve("canary.txt"), "CANARY");
        Path editionDir = Files.createDirectories(dir.resolve("e"));
        Path file = Files.writeString(editionDir.resolve("x.xml"), "<!DOCTYPE TEI [<!ENTITY c SYSTEM \""
                + canary.toUri() + "\">]><TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text>&c;</text></TEI>");
        ExportRequest request = new ExportRequest(EditionDocument.read(file), file, dir.resolve("o"), Map.of());
        // the parser skips external entities: the tree has the element, not the canary's text
        assertThat(xslt.edition(request).getStringValue()).doesNotContain("CANARY");
    }

    @Test
    void aStylesheetThatDoesNotCompileIsNamedWithItsLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.xsl"), """
                <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:template match="/"><xsl:value-of select="1 +"/></xsl:template>
                </xsl:stylesheet>
                """);
        assertThatThrownBy(() -> xslt.compile(bad.toUri().toURL())).isInstanceOf(ExportException.class)
                .hasMessageStartingWith("stylesheet bad.xsl does not compile: bad.xsl:2:");
    }
}
