package org.siglum.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities are bounded, external things are never read, and depth never overflows the stack. */
class SafetyTest {

    private static String laughs() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            sb.append(" <!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                sb.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            sb.append("\">\n");
        }
        return sb.append("]>\n<lolz>&lol9;&lol9;<a v='&lol9;'/></lolz>").toString();
    }

    @Test
    void billionLaughsGivesOneClearErrorAndExpandsNothing() throws Exception {
        XmlTree tree = XmlTree.parse(laughs());
        assertThat(tree.problems()).hasSize(1);
        Problem p = tree.problems().get(0);
        assertThat(p.isError()).isTrue();
        assertThat(p.message()).startsWith("entity expansion limit exceeded");
        assertThat(p.line()).isEqualTo(14);
        XmlElement root = tree.root().orElseThrow();
        assertThat(root.textContent()).isEqualTo("&lol9;&lol9;");
        assertThat(root.childElements().get(0).attribute("v")).contains("&lol9;");
    }

    @Test
    void quadraticBlowupIsStoppedByTheBudget() {
        String big = "x".repeat(100_000);
        String xml = "<!DOCTYPE r [<!ENTITY a \"" + big + "\">]><r>" + "&a;".repeat(50_000) + "</r>";
        XmlTree tree = XmlTree.parse(xml);
        assertThat(tree.problems()).hasSize(1);
        assertThat(tree.problems().get(0).message()).startsWith("entity expansion limit exceeded");
        assertThat(tree.root().orElseThrow().textContent().length()).isLessThan(xml.length());
    }

    @Test
    void aSmallDocumentWithinTheBudgetIsExpanded() {
        String xml = "<!DOCTYPE r [<!ENTITY a \"ab\"><!ENTITY b \"&a;&a;&#x0E01;\">]><r c='&b;'>&b;</r>";
        XmlElement r = XmlTree.parse(xml).root().orElseThrow();
        assertThat(r.textContent()).isEqualTo("ababก");
        assertThat(r.attribute("c")).contains("ababก");
    }

    @Test
    void recursiveEntitiesAreAnErrorNotALoop() {
        XmlTree tree = XmlTree.parse("<!DOCTYPE r [<!ENTITY a \"x&b;\"><!ENTITY b \"&a;\">]><r>&a;</r>");
        assertThat(tree.problems()).extracting(Problem::message).containsExactly(
                "entity 'a' refers to itself (a recursive entity): not expanded");
        assertThat(tree.root().orElseThrow().textContent()).isEqualTo("&a;");
    }

    @Test
    void externalEntitiesAndDtdsAreNeverRead(@TempDir Path dir) throws Exception {
        Path canary = dir.resolve("canary.txt");
        Files.writeString(canary, "CANARY-SECRET");
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String http = "http://127.0.0.1:" + server.getLocalPort() + "/x";
            String xml = "<!DOCTYPE r SYSTEM \"" + http + "/dtd\" [\n"
                    + "<!ENTITY file SYSTEM \"" + canary.toUri() + "\">\n"
                    + "<!ENTITY web PUBLIC \"-//x//y\" \"" + http + "\">\n"
                    + "<!ENTITY % pe SYSTEM \"" + http + "/pe\">\n%pe;\n]>\n<r>&file;&web;<a href='x'/></r>";
            Path f = dir.resolve("x.xml");
            Files.writeString(f, xml);
            EditionDocument doc = EditionDocument.read(f);
            XmlTree tree = doc.tree();
            assertThat(tree.problems()).extracting(Problem::severity).containsOnly(Problem.Severity.WARNING);
            assertThat(tree.problems()).extracting(Problem::message).containsExactly(
                    "external entity 'file' not loaded (Siglum never reads external entities)",
                    "external entity 'web' not loaded (Siglum never reads external entities)");
            assertThat(tree.root().orElseThrow().textContent()).doesNotContain("CANARY");
            assertThat(doc.tei().counts().characters()).isPositive();
            tree.elements().forEach(e -> e.attributes().forEach(XmlAttribute::value));
            server.setSoTimeout(200);
            boolean connected;
            try (var s = server.accept()) {
                connected = true;
            } catch (SocketTimeoutException e) {
                connected = false;
            }
            assertThat(connected).as("a connection reached the loopback server").isFalse();
        }
    }

    @Test
    void externalEntityInAnAttributeIsAnError() {
        XmlTree tree = XmlTree.parse("<!DOCTYPE r [<!ENTITY e SYSTEM 'e.txt'>]><r a='&e;'/>");
        assertThat(tree.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("external entity 'e'");
        });
    }

    @Test
    void aHundredThousandLevelsOfNestingParseWithoutRecursion() {
        int depth = 100_000;
        String xml = "<d>".repeat(depth) + "deep" + "</d>".repeat(depth);
        XmlTree tree = XmlTree.parse(xml);
        assertThat(tree.problems()).isEmpty();
        assertThat(tree.elements().count()).isEqualTo(depth);
        assertThat(tree.root().orElseThrow().textContent()).isEqualTo("deep");
        XmlNode deepest = tree.nodeAt(xml.indexOf("deep"));
        assertThat(deepest).isInstanceOf(XmlText.class);
        int levels = 0;
        for (XmlElement e = deepest.parent(); e != null; e = e.parent()) {
            levels++;
        }
        assertThat(levels).isEqualTo(depth);
        assertThat(TeiEditionTestSupport.counts(tree).divisions()).isZero();
    }

    @Test
    void aHundredThousandUnclosedLevelsGiveTwoProblemsNotAHundredThousand() {
        XmlTree tree = XmlTree.parse("<d>".repeat(100_000));
        assertThat(tree.problems()).hasSize(2);
        assertThat(tree.problems().get(1).message()).startsWith("99999 enclosing elements are not closed either");
    }
}
