package org.siglum.product.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.siglum.core.EditionDocument;

/**
 * The writer process of {@link SaveKillIT}: opens an edition written by {@link #version(int)} and saves the next
 * versions through {@link EditionDocument#save()} until it is killed. Prints {@code saving} once it starts.
 */
public final class SaveLoop {

    private static final Pattern VERSION = Pattern.compile("<!-- version (\\d+) -->");

    private SaveLoop() {
    }

    /** Version k of the edition: 0.4 to 1.6 MB, the size and every line depending on k, so a cut or a mix shows. */
    static String version(int k) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">"
                + "<!-- version " + k + " -->\n<text><body>\n");
        int lines = 4_000 + (k % 5) * 3_000;
        for (int i = 0; i < lines; i++) {
            sb.append("<p n=\"").append(i).append("\">ฉบับที่ ").append(k).append(" บรรทัด ").append(i)
                    .append(" เลนิน ทรอตสกี สตาลิน</p>\n");
        }
        return sb.append("</body></text></TEI>\n").toString();
    }

    static byte[] bytes(int k) {
        return version(k).getBytes(StandardCharsets.UTF_8);
    }

    /** The version a file holds, or -1 if it has no version comment. */
    static int versionOf(String text) {
        Matcher m = VERSION.matcher(text.substring(0, Math.min(text.length(), 300)));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        EditionDocument edition = EditionDocument.read(file);
        int k = versionOf(edition.text());
        System.out.println("saving");
        System.out.flush();
        while (true) {
            k++;
            edition.replace(0, edition.length(), version(k));
            edition.save();
            System.out.println("saved " + k);
            System.out.flush();
        }
    }
}
