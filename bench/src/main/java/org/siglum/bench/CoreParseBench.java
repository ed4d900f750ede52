package org.siglum.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.siglum.core.EditionDocument;
import org.siglum.core.Xml;
import org.siglum.core.XmlTree;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parse throughput of the core parser against the JDK's SAX parser on the same bytes, in the same JVM run.
 * A hand-written harness: warm-up, then several timed rounds; each figure is the median round.
 * <p>
 * Usage: {@code CoreParseBench <seed text> <output dir>}; prints a Markdown table.
 */
public final class CoreParseBench {
    private static final DefaultHandler NOTHING = new DefaultHandler();

    public static void main(String[] args) throws Exception {
        Path seed = Paths.get(args.length > 0 ? args[0] : "samples/chapter-3-ocr.txt");
        Path out = Paths.get(args.length > 1 ? args[1] : "target");
        Files.createDirectories(out);
        String chapter = TeiGenerator.chapter(Files.readString(seed, StandardCharsets.UTF_8), 1);
        // about 10 MB of UTF-8 (Thai takes 3 bytes a char)
        double bytesPerChar = chapter.getBytes(StandardCharsets.UTF_8).length / (double) chapter.length();
        String big = TeiGenerator.chapter(Files.readString(seed, StandardCharsets.UTF_8),
                (int) (10_000_000 / bytesPerChar));
        Path chapterFile = out.resolve("chapter.xml");
        Path bigFile = out.resolve("edition-10mb.xml");
        Files.writeString(chapterFile, chapter, StandardCharsets.UTF_8);
        Files.writeString(bigFile, big, StandardCharsets.UTF_8);

        System.out.println("| input | size | SAX (MB/s) | core: text to tree (MB/s) | ratio | core: bytes to tree (MB/s) | ratio |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Path f : List.of(chapterFile, bigFile)) {
            run(f);
        }
    }

    private static void run(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser sax = f.newSAXParser();
        XmlTree check = XmlTree.parse(text);
        if (!check.isWellFormed()) {
            throw new IllegalStateException(file + ": " + check.problems());
        }
        Callable<Object> saxRun = () -> {
            sax.reset();
            sax.parse(new ByteArrayInputStream(bytes), NOTHING);
            return sax;
        };
        Callable<Object> coreText = () -> XmlTree.parse(text).problems();
        Callable<Object> coreBytes = () -> EditionDocument.parse(bytes, "bench.xml").tree().problems();
        int iterations = Math.max(1, (int) (40_000_000L / bytes.length));
        // interleaved warm-up, then interleaved rounds so that drift affects all alike
        for (int w = 0; w < 5; w++) {
            time(saxRun, iterations);
            time(coreText, iterations);
            time(coreBytes, iterations);
        }
        int rounds = 9;
        double[] s = new double[rounds];
        double[] t = new double[rounds];
        double[] b = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            s[r] = time(saxRun, iterations);
            t[r] = time(coreText, iterations);
            b[r] = time(coreBytes, iterations);
        }
        double mb = bytes.length / 1e6;
        double saxMbs = mb / median(s);
        double textMbs = mb / median(t);
        double bytesMbs = mb / median(b);
        System.out.printf(Locale.ROOT, "| %s | %.1f MB | %.1f | %.1f | %.2f | %.1f | %.2f |%n", file.getFileName(), mb,
                saxMbs, textMbs, textMbs / saxMbs, bytesMbs, bytesMbs / saxMbs);
    }

    /** Seconds per iteration. */
    private static double time(Callable<Object> task, int iterations) throws Exception {
        long t0 = System.nanoTime();
        Object sink = null;
        for (int i = 0; i < iterations; i++) {
            sink = task.call();
        }
        long t1 = System.nanoTime();
        if (sink == null) {
            throw new IllegalStateException();
        }
        return (t1 - t0) / 1e9 / iterations;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    /** Writes a TEI edition from the OCR seed text. */
    static final class TeiGenerator {
        private TeiGenerator() {
        }

        /** The seed's paragraphs as TEI p, with app and note elements; repeated as divs until minChars. */
        static String chapter(String seed, int minChars) throws IOException {
            List<String> paragraphs = new ArrayList<>();
            for (String p : seed.split("\\R\\s*\\R")) {
                String t = p.strip().replaceAll("\\s+", " ");
                if (!t.isEmpty()) {
                    paragraphs.add(Xml.escapeText(t));
                }
            }
            StringBuilder sb = new StringBuilder();
            sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            sb.append("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"th\">\n  <teiHeader>\n    <fileDesc>\n")
                    .append("      <titleStmt><title>บทที่ 3 นโยบายเศรษฐกิจใหม่</title></titleStmt>\n")
                    .append("      <publicationStmt><p>Benchmark edition generated from the OCR seed.</p></publicationStmt>\n")
                    .append("      <sourceDesc>\n        <listWit>\n")
                    .append("          <witness xml:id=\"OCR\">OCR of the printed book</witness>\n")
                    .append("          <witness xml:id=\"ED\">Editor's corrections</witness>\n")
                    .append("        </listWit>\n      </sourceDesc>\n    </fileDesc>\n  </teiHeader>\n")
                    .append("  <text>\n    <body>\n");
            int div = 0;
            do {
                div++;
                sb.append("      <div type=\"chapter\" xml:id=\"ch").append(div).append("\" n=\"").append(div)
                        .append("\">\n        <head>บทที่ 3</head>\n");
                int k = 0;
                for (String p : paragraphs) {
                    k++;
                    sb.append("        <p xml:id=\"d").append(div).append("p").append(k).append("\">");
                    String[] words = p.split(" ");
                    for (int w = 0; w < words.length; w++) {
                        if (w > 0) {
                            sb.append(' ');
                        }
                        if (w % 7 == 3) {
                            sb.append("<app><lem wit=\"#ED\">").append(words[w]).append("</lem><rdg wit=\"#OCR\" cause=\"ocr\">")
                                    .append(words[w]).append("</rdg></app>");
                        } else if (w % 29 == 11) {
                            sb.append(words[w]).append("<note place=\"foot\" n=\"").append(w)
                                    .append("\">หมายเหตุ: <hi rend=\"italic\">ดู</hi> &amp; ต้นฉบับ</note>");
                        } else {
                            sb.append(words[w]);
                        }
                    }
                    sb.append("</p>\n");
                }
                sb.append("      </div>\n");
            } while (sb.length() < minChars);
            sb.append("    </body>\n  </text>\n</TEI>\n");
            return sb.toString();
        }
    }
}
