package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.launch.Framework;
import org.siglum.core.EditionDocument;
import org.siglum.core.EditionException;
import org.siglum.core.testing.ProjectFiles;
import org.siglum.launcher.internal.FeatureLauncher;

/**
 * Hostile and broken files through every command that reads an edition, in one running headless product (as
 * {@code bin/siglum} runs them, without a start-up per run). Hostile files (external entities, external DTDs and
 * parameter entities, XInclude, {@code xml-stylesheet} and {@code xml-model} instructions, remote references, entity
 * bombs) read no file and reach no server: a canary file outside the edition's folder never shows in any output and
 * a loopback listener accepts no connection. Broken files (malformed, truncated, wrongly declared, not UTF-8, huge,
 * deep, empty, binary) get a clear message with file, line and column, never a stack trace or a fault (exit 3); the
 * commands that write an edition refuse them. No command changes the file it reads.
 */
class HostileInputIT {

    private static final String CANARY = "CANARY-5e7a1d-never-read";

    private static FeatureLauncher launcher;
    private static Framework framework;
    private static InProcessCli cli;
    private static ServerSocket listener;
    private static final List<String> connections = new CopyOnWriteArrayList<>();
    private static Path root;

    @BeforeAll
    static void start() throws Exception {
        root = Files.createTempDirectory("siglum-hostile");
        Files.writeString(root.resolve("canary.txt"), CANARY + "\n");
        Files.writeString(root.resolve("canary.xml"), "<p xmlns=\"http://www.tei-c.org/ns/1.0\">" + CANARY + "</p>\n");
        Files.writeString(root.resolve("canary.xsl"), """
                <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:template match="/"><out><xsl:value-of select="unparsed-text('canary.txt')"/></out></xsl:template>
                </xsl:stylesheet>
                """);
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepter = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    byte[] request = s.getInputStream().readNBytes(Math.max(0, Math.min(200, s.getInputStream().available())));
                    connections.add(new String(request, StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    // closed
                }
            }
        }, "hostile-input listener");
        accepter.setDaemon(true);
        accepter.start();
        launcher = new FeatureLauncher(Siglum.app(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        framework = launcher.start("headless");
        cli = new InProcessCli(framework);
    }

    @AfterAll
    static void stop() throws IOException {
        if (framework != null) {
            launcher.stop(framework);
        }
        if (listener != null) {
            listener.close();
        }
    }

    private static String port() {
        return String.valueOf(listener.getLocalPort());
    }

    private static String http(String path) {
        return "http://127.0.0.1:" + port() + "/" + path;
    }

    /** A small TEI edition with a witness, an apparatus entry, a note and a bibliography; BODY is put in a p. */
    private static String edition(String prolog, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prolog + """
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">
                  <teiHeader>
                    <fileDesc>
                      <titleStmt><title>hostile</title></titleStmt>
                      <publicationStmt><p>test</p></publicationStmt>
                      <sourceDesc><listWit><witness xml:id="OCR">OCR</witness><witness xml:id="ED">edited</witness></listWit></sourceDesc>
                    </fileDesc>
                  </teiHeader>
                  <text>
                    <body>
                      <div><head>บทที่ ๓</head>
                      <p>เลนิน<app><lem wit="#ED">ประสบ</lem><rdg wit="#OCR" cause="ocr-error">ประสพ</rdg></app>ความสำเร็จ<anchor xml:id="a1" type="note"/><note place="foot" n="1" xml:id="n1" target="#a1">ดู <bibl><ptr target="#b1"/></bibl></note></p>
                      <p>BODY</p>
                      </div>
                    </body>
                    <back><listBibl><biblStruct xml:id="b1"><monogr><author>Lenin</author><title>State and Revolution</title><imprint><date>1932</date></imprint></monogr></biblStruct></listBibl></back>
                  </text>
                </TEI>
                """.replace("BODY", body);
    }

    static Stream<Arguments> hostile() {
        Path canary = root.resolve("canary.txt");
        StringBuilder laughs = new StringBuilder("<!DOCTYPE TEI [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        laughs.append("]>\n");
        return Stream.of(
                Arguments.of("external-general-entity", edition("<!DOCTYPE TEI [\n <!ENTITY c SYSTEM \"" + canary.toUri()
                        + "\">\n <!ENTITY r SYSTEM \"../canary.txt\">\n]>\n", "ก&c;ข&r;ค")),
                Arguments.of("external-dtd-and-parameter-entity", edition("<!DOCTYPE TEI SYSTEM \"" + http("ext.dtd")
                        + "\" [\n <!ENTITY % pe SYSTEM \"" + http("pe.ent") + "\">\n %pe;\n <!ENTITY % f SYSTEM \""
                        + canary.toUri() + "\">\n %f;\n]>\n", "ก&undeclared;ข")),
                Arguments.of("public-external-dtd", edition("<!DOCTYPE TEI PUBLIC \"-//Siglum//Hostile//EN\" \""
                        + http("public.dtd") + "\">\n", "กข")),
                Arguments.of("xinclude-outside-the-folder", edition("", "ก<xi:include href=\"../canary.xml\"/>ข"
                        + "<xi:include href=\"../canary.txt\" parse=\"text\"/><xi:include href=\"" + http("inc.xml")
                        + "\"/><xi:include href=\"" + canary.toUri() + "\" parse=\"text\"/>ค")),
                Arguments.of("xml-stylesheet-and-xml-model", edition("<?xml-stylesheet type=\"text/xsl\" href=\""
                        + http("style.xsl") + "\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"../canary.xsl\"?>\n"
                        + "<?xml-model href=\"" + http("schema.rng") + "\" type=\"application/xml\" "
                        + "schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n<?xml-model href=\"" + http("rules.sch")
                        + "\" schematypens=\"http://purl.oclc.org/dsdl/schematron\"?>\n", "กข")),
                Arguments.of("remote-references", edition("", "ก<figure><graphic url=\"" + http("picture.png")
                        + "\"/></figure><figure><graphic url=\"" + canary.toUri() + "\"/></figure><ref target=\""
                        + http("ref") + "\">ลิงก์</ref><ptr target=\"" + canary.toUri() + "\"/>ข")),
                Arguments.of("billion-laughs", edition(laughs.toString(), "&lol9;&lol9;")),
                Arguments.of("quadratic-blowup", edition("<!DOCTYPE TEI [<!ENTITY a \"" + "ก".repeat(50_000) + "\">]>\n",
                        "&a;".repeat(20_000))));
    }

    static Stream<Arguments> broken() {
        String good = edition("", "กข");
        Random random = new Random(20261125);
        byte[] binary = new byte[4096];
        random.nextBytes(binary);
        binary[0] = (byte) 0x89; // a PNG-like start, not text
        StringBuilder deep = new StringBuilder();
        deep.append("<hi>".repeat(100_000)).append("ลึก").append("</hi>".repeat(100_000))
                .append("<note place=\"foot\" n=\"2\">").append("<hi>".repeat(20_000)).append("<bibl><ptr target=\"#b1\"/></bibl>")
                .append("</hi>".repeat(20_000)).append("</note>")
                .append("<app>").append("<rdgGrp>".repeat(20_000)).append("<rdg wit=\"#OCR\">ก</rdg>")
                .append("</rdgGrp>".repeat(20_000)).append("</app>");
        return Stream.of(
                Arguments.of("malformed", good.replace("</head>", "</hed>").getBytes(StandardCharsets.UTF_8), true),
                Arguments.of("truncated-mid-tag", good.substring(0, good.indexOf("<rdg wit") + 6).getBytes(StandardCharsets.UTF_8), true),
                Arguments.of("declared-utf16-but-utf8", good.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
                        .getBytes(StandardCharsets.UTF_8), true),
                Arguments.of("declared-utf8-but-tis620", good.getBytes(java.nio.charset.Charset.forName("TIS-620")), true),
                Arguments.of("invalid-utf8-bytes", concat(good.substring(0, good.indexOf("กข")).getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, good.substring(good.indexOf("กข")).getBytes(StandardCharsets.UTF_8)), true),
                Arguments.of("huge-attribute-value", edition("", "<hi rend=\"" + "x".repeat(5_000_000) + "\">ก</hi>")
                        .getBytes(StandardCharsets.UTF_8), false),
                Arguments.of("hundred-thousand-levels", edition("", deep.toString()).getBytes(StandardCharsets.UTF_8), false),
                Arguments.of("empty", new byte[0], true),
                Arguments.of("binary", binary, true));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Every command that reads an edition, with the edition's name F. */
    private static List<List<String>> readers() {
        List<List<String>> commands = new ArrayList<>(List.of(
                List.of("info", "F"), List.of("info", "F", "--json"), List.of("validate", "F"),
                List.of("validate", "F", "--format", "json"), List.of("witness", "F", "--wit", "OCR"),
                List.of("app", "list", "F"), List.of("app", "witnesses", "F"), List.of("suspects", "F"),
                List.of("correct", "F", "--from", "ก", "--to", "ข", "--dry-run"),
                List.of("notes", "F"), List.of("notes", "F", "--check"), List.of("bib", "list", "F"),
                List.of("bib", "export", "F", "--to", "csl-json"), List.of("cite", "F"), List.of("cite", "F", "--format", "html"),
                List.of("export", "F", "--format", "text", "-o", "out"), List.of("export", "F", "--format", "latex", "-o", "out"),
                List.of("export", "F", "--format", "html", "-o", "out"), List.of("export", "F", "--format", "pdf", "-o", "out")));
        ProjectFiles.sharedIfPresent("tei").map(tei -> tei.resolve("tei_all.rng")).filter(Files::isRegularFile)
                .ifPresent(teiAll -> commands.add(List.of("validate", "--schema", teiAll.toString(), "F")));
        return commands;
    }

    /** The commands that write an edition: each must refuse a broken file and leave it as it was. */
    private static List<List<String>> writers() {
        return List.of(
                List.of("app", "add", "F", "--range", "0:1", "--wit", "OCR", "--text", "x"),
                List.of("app", "add-witness", "F", "--id", "B", "--name", "B"),
                List.of("correct", "F", "--from", "ก", "--to", "ข"),
                List.of("notes", "F", "--renumber"),
                List.of("bib", "import", "refs.bib", "--into", "F"),
                List.of("collate", "--into", "F", "--wit", "B", "b.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void aHostileFileReadsNoFileAndReachesNoServer(String name, String text) throws Exception {
        Path folder = Files.createDirectories(root.resolve(name).resolve("edition"));
        Path file = folder.resolve(name + ".xml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String digest = digest(file);
        List<String> report = new ArrayList<>();
        for (List<String> command : readers()) {
            Siglum.Run run = run(folder, command, file);
            report.add(String.join(" ", command) + " -> " + run.exitCode());
            assertThat(run.out() + run.err()).as("%s: the canary never shows\n%s", command, run).doesNotContain(CANARY);
            assertThat(connections).as("%s: connections to the listener", command).isEmpty();
            assertThat(digest(file)).as("%s leaves the file as it was", command).isEqualTo(digest);
        }
        assertNoCanaryIn(folder);
        // the window opens files through the core
        try {
            EditionDocument opened = EditionDocument.read(file);
            assertThat(opened.text()).isEqualTo(text);
            opened.tree();
            opened.tei().counts();
            assertThat(opened.tree().root().orElseThrow().textContent()).doesNotContain(CANARY);
        } catch (EditionException e) {
            assertThat(e.getMessage()).startsWith(file.getFileName().toString());
        }
        assertThat(connections).isEmpty();
        System.out.println(name + ": " + String.join("; ", report));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void aBrokenFileGetsAClearMessageAndIsLeftAsItWas(String name, byte[] bytes, boolean notAnEdition) throws Exception {
        Path folder = Files.createDirectories(root.resolve("broken").resolve(name));
        Path file = folder.resolve(name + ".xml");
        Files.write(file, bytes);
        Files.writeString(folder.resolve("refs.bib"), CitationFiles.BIBTEX, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.txt"), "เลนินประสพความสำเร็จ\n", StandardCharsets.UTF_8);
        String digest = digest(file);
        List<List<String>> commands = new ArrayList<>(readers());
        if (notAnEdition) {
            commands.addAll(writers());
        }
        List<String> report = new ArrayList<>();
        for (List<String> command : commands) {
            Siglum.Run run = run(folder, command, file);
            report.add(String.join(" ", command) + " -> " + run.exitCode());
            assertThat(digest(file)).as("%s leaves the file as it was\n%s", command, run).isEqualTo(digest);
            assertThat(Files.exists(folder.resolve(name + ".xml~"))).as("%s makes no backup", command).isFalse();
            if (notAnEdition && !command.get(0).equals("info")) {
                assertThat(run.exitCode()).as("%s refuses or reports it\n%s", command, run).isIn(1, 2);
                String said = run.out() + run.err();
                boolean json = command.contains("--json") || command.contains("json") && command.contains("--format");
                String quoted = java.util.regex.Pattern.quote(name + ".xml");
                if (name.equals("empty") || name.equals("binary")) {
                    assertThat(said).as("%s names the file\n%s", command, run).contains(name + ".xml");
                } else if (json && !run.err().contains(name + ".xml:")) {
                    assertThat(said).as("%s: file, line and column in JSON\n%s", command, run)
                            .containsPattern("\"file\": \"" + quoted + "\"").containsPattern("\"line\": \\d+")
                            .containsPattern("\"column\": \\d+");
                } else {
                    assertThat(said).as("%s: FILE:LINE:COL\n%s", command, run).containsPattern(quoted + ":\\d+:\\d+");
                }
            }
        }
        // the window opens a file that is not well-formed as text, to be repaired
        try {
            EditionDocument opened = EditionDocument.read(file);
            opened.tree();
            if (notAnEdition && bytes.length > 0) {
                assertThat(opened.problems()).as("the problems of %s", name).isNotEmpty();
            }
        } catch (EditionException e) {
            assertThat(e.getMessage()).startsWith(name + ".xml");
        }
        System.out.println(name + ": " + String.join("; ", report));
    }

    @org.junit.jupiter.api.Test
    void importOcrKeepsControlCharactersAndRefusesBytesThatAreNotText() throws Exception {
        Path folder = Files.createDirectories(root.resolve("ocr"));
        String text = "บทที่ ๓\n\nเลนิน\u0000ก\u0001ข\u0007 <&]]> <?xml-stylesheet href=\"" + http("s.xsl") + "\"?> &x; "
                + "<!DOCTYPE r SYSTEM \"" + http("d.dtd") + "\"> \uFEFF ค\u000Bง\rจ\u001F\uFFFE\n";
        Files.writeString(folder.resolve("page.txt"), text, StandardCharsets.UTF_8);
        Siglum.Run imported = run(folder, List.of("import-ocr", "F", "-o", "page.xml"), folder.resolve("page.txt"));
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        Siglum.Run info = run(folder, List.of("info", "F", "--json"), folder.resolve("page.xml"));
        assertThat(info.out()).as(info.toString()).contains("\"wellFormed\": true");
        Siglum.Run witness = run(folder, List.of("witness", "F", "--wit", "OCR"), folder.resolve("page.xml"));
        assertThat(witness.exitCode()).as(witness.toString()).isZero();
        assertThat(collapse(witness.out())).isEqualTo(collapse(text));
        assertThat(connections).isEmpty();

        byte[] notUtf8 = {'a', (byte) 0xC3, (byte) 0x28, '\n'};
        Files.write(folder.resolve("latin.txt"), notUtf8);
        Siglum.Run bad = run(folder, List.of("import-ocr", "F", "-o", "latin.xml"), folder.resolve("latin.txt"));
        assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(2);
        assertThat(bad.err()).contains("latin.txt:");
        assertThat(folder.resolve("latin.xml")).doesNotExist();
    }

    private static String collapse(String s) {
        return s.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }

    private static Siglum.Run run(Path folder, List<String> command, Path file) throws Exception {
        List<String> arguments = command.stream().map(a -> a.equals("F") ? file.getFileName().toString() : a).toList();
        Siglum.Run run = cli.run(folder, arguments);
        assertThat(run.exitCode()).as("%s: no fault inside Siglum\n%s", arguments, run).isNotIn(3, 99);
        assertThat(run.err()).as("%s: no stack trace\n%s", arguments, run).doesNotContain("\tat ").doesNotContain("Exception:");
        return run;
    }

    private static void assertNoCanaryIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                assertThat(content).as("%s holds no canary", folder.relativize(p)).doesNotContain(CANARY);
            }
        }
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
