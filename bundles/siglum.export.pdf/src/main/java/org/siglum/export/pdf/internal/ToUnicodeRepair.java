package org.siglum.export.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;

import org.apache.fop.complexscripts.fonts.GlyphSubstitutionTable;
import org.apache.fop.complexscripts.util.CharAssociation;
import org.apache.fop.complexscripts.util.CharScript;
import org.apache.fop.complexscripts.util.GlyphSequence;
import org.apache.fop.fonts.CIDSet;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.Typeface;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Gives every shaped glyph of a PDF the characters it was shaped from, so that a reader copies and searches the text
 * that was printed.
 *
 * <p>FOP writes a font's ToUnicode map from its character map alone. A glyph that no character maps to (a ligature of
 * Devanagari, a Syriac letter set with its mark, a contextual form) gets a private-use code point, U+E000 and on, and
 * that is what a reader copies. This class runs the font's own substitutions (its GSUB table, as FOP ran them) over the
 * words of the formatting objects, notes which characters each such glyph came from, and appends the repaired maps to
 * the PDF as an incremental update: the PDF FOP wrote stays byte for byte as it was, followed by the new map objects
 * and a cross-reference section that supersedes the old ones.
 *
 * <p>A glyph whose characters cannot be found (or that is the second of several glyphs made from the same characters)
 * keeps FOP's code. A PDF of another shape than FOP's (no classic trailer) is left as it is.
 */
final class ToUnicodeRepair {

    private static final Pattern TO_UNICODE = Pattern.compile("/ToUnicode\\s+(\\d+)\\s+0\\s+R");
    private static final Pattern BASE_FONT = Pattern.compile("/BaseFont\\s*/([^\\s/<>\\[\\]()]+)");
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$");
    private static final Pattern TRAILER_ENTRY = Pattern.compile("/(Size|Root|Info|ID)\\s*(\\d+\\s+\\d+\\s+R|\\d+|\\[[^\\]]*\\])");

    private ToUnicodeRepair() {
    }

    /** The glyphs of one font that FOP gave a private-use code, by their index in the font. */
    record Font(MultiByteFont font, Set<Integer> glyphs) {
    }

    /**
     * Repairs the ToUnicode maps of a PDF that FOP made from {@code fo} with {@code fonts}.
     *
     * @return the PDF with an incremental update, or {@code pdf} itself where nothing needs repair
     */
    static byte[] repair(byte[] pdf, FontInfo fonts, Document fo) {
        List<Font> damaged = damaged(fonts);
        if (damaged.isEmpty()) {
            return pdf;
        }
        Map<MultiByteFont, Map<Integer, String>> sources = sources(damaged, fo);
        return update(pdf, sources);
    }

    /** The fonts FOP used whose ToUnicode map has private-use codes for glyphs reached by substitution. */
    static List<Font> damaged(FontInfo fonts) {
        List<Font> damaged = new ArrayList<>();
        Set<MultiByteFont> seen = new HashSet<>();
        for (Typeface typeface : fonts.getUsedFonts().values()) {
            Typeface real = typeface instanceof LazyFont lazy ? lazy.getRealFont() : typeface;
            if (!(real instanceof MultiByteFont font) || font.getGSUB() == null || !font.isEmbeddable()
                    || !seen.add(font)) {
                continue;
            }
            CIDSet set = font.getCIDSet();
            Set<Integer> glyphs = new LinkedHashSet<>();
            for (int cid = 0; cid < set.getNumberOfGlyphs(); cid++) {
                if (privateUse(set.getUnicode(cid))) {
                    glyphs.add(set.getOriginalGlyphIndex(cid));
                }
            }
            if (!glyphs.isEmpty()) {
                damaged.add(new Font(font, glyphs));
            }
        }
        return damaged;
    }

    private static boolean privateUse(int c) {
        return c >= 0xE000 && c <= 0xF8FF;
    }

    /** For each font, the characters that each of its damaged glyphs was shaped from. */
    static Map<MultiByteFont, Map<Integer, String>> sources(List<Font> damaged, Document fo) {
        Map<String, Set<String>> wordsByLanguage = words(fo);
        Map<MultiByteFont, Map<Integer, String>> sources = new LinkedHashMap<>();
        for (Font font : damaged) {
            Map<Integer, String> found = new HashMap<>();
            GlyphSubstitutionTable gsub = font.font().getGSUB();
            search:
            for (Map.Entry<String, Set<String>> language : wordsByLanguage.entrySet()) {
                for (String word : language.getValue()) {
                    if (!covered(font.font(), word)) {
                        continue;
                    }
                    String script = CharScript.scriptTagFromCode(CharScript.dominantScript(word));
                    shape(font, gsub, word, script, language.getKey(), found);
                    if (found.size() == font.glyphs().size() && !found.containsValue("")) {
                        break search;
                    }
                }
            }
            sources.put(font.font(), found);
        }
        return sources;
    }

    private static boolean covered(MultiByteFont font, String word) {
        boolean shaped = false;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (!font.hasCodePoint(c)) {
                return false;
            }
            shaped |= c > 0x2FF;
            i += Character.charCount(c);
        }
        return shaped;
    }

    private static void shape(Font font, GlyphSubstitutionTable gsub, String word, String script, String language,
            Map<Integer, String> found) {
        GlyphSequence shaped;
        int[] characters;
        try {
            List<CharAssociation> associations = new ArrayList<>();
            CharSequence prepared = gsub.preProcess(word, script, font.font(), associations);
            GlyphSequence glyphs = font.font().charSequenceToGlyphSequence(prepared, associations);
            characters = glyphs.getCharacterArray(false);
            shaped = gsub.substitute(glyphs, script, language);
        } catch (RuntimeException e) {
            return; // FOP's shaper refused the word: its glyphs keep their codes
        }
        java.util.BitSet consumed = new java.util.BitSet();
        for (int i = 0; i < shaped.getGlyphCount(); i++) {
            CharAssociation a = shaped.getAssociation(i);
            if (a == null) {
                continue;
            }
            int glyph = shaped.getGlyph(i);
            StringBuilder text = new StringBuilder();
            int[] intervals = a.isDisjoint() ? a.getSubIntervals() : new int[] {a.getStart(), a.getEnd()};
            for (int k = 0; k + 1 < intervals.length; k += 2) {
                for (int j = intervals[k]; j < intervals[k + 1] && j < characters.length; j++) {
                    if (!consumed.get(j)) {
                        consumed.set(j);
                        text.appendCodePoint(characters[j]);
                    }
                }
            }
            if (!font.glyphs().contains(glyph)) {
                continue;
            }
            String known = found.get(glyph);
            if (text.length() == 0) {
                // a later glyph of a decomposed character: the first glyph gave the characters
                found.putIfAbsent(glyph, "");
            } else if (known == null || known.isEmpty()) {
                found.put(glyph, text.toString());
            }
        }
    }

    /** The words of the formatting objects (outside Latin script), by the language FOP set them in. */
    private static Map<String, Set<String>> words(Document fo) {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        Map<Node, String> languages = new HashMap<>();
        for (Text text : Dom.texts(fo.getDocumentElement())) {
            String language = language(text.getParentNode(), languages);
            for (String word : text.getData().split("[\\s\\u200B\\u00AD]+")) {
                if (!word.isEmpty() && word.chars().anyMatch(c -> c > 0x2FF)) {
                    words.computeIfAbsent(language, l -> new LinkedHashSet<>()).add(word);
                }
            }
        }
        return words;
    }

    /** FOP's language of a node: its nearest {@code language} property, else none (found without recursion). */
    private static String language(Node node, Map<Node, String> known) {
        List<Node> path = new ArrayList<>();
        String language = "none";
        for (Node n = node; n instanceof Element; n = n.getParentNode()) {
            String cached = known.get(n);
            if (cached != null) {
                language = cached;
                break;
            }
            path.add(n);
            String value = ((Element) n).getAttribute("language");
            if (!value.isEmpty()) {
                language = value;
                break;
            }
        }
        for (Node n : path) {
            known.put(n, language);
        }
        return language;
    }

    /** Appends the repaired ToUnicode maps to the PDF as an incremental update. */
    private static byte[] update(byte[] pdf, Map<MultiByteFont, Map<Integer, String>> sources) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher end = STARTXREF.matcher(text);
        int trailerAt = text.lastIndexOf("trailer");
        if (!end.find() || trailerAt < 0) {
            return pdf;
        }
        Map<Integer, byte[]> objects = new TreeMap<>();
        Matcher ref = TO_UNICODE.matcher(text);
        while (ref.find()) {
            int objectAt = text.lastIndexOf(" obj", ref.start());
            Matcher name = BASE_FONT.matcher(text.substring(Math.max(objectAt, 0), ref.start()));
            if (objectAt < 0 || !name.find()) {
                continue;
            }
            String baseFont = name.group(1);
            for (Map.Entry<MultiByteFont, Map<Integer, String>> font : sources.entrySet()) {
                String embedded = font.getKey().getEmbedFontName();
                if (!font.getValue().isEmpty() && (baseFont.equals(embedded) || baseFont.endsWith("+" + embedded))) {
                    objects.put(Integer.parseInt(ref.group(1)), stream(cmap(font.getKey(), font.getValue())));
                }
            }
        }
        if (objects.isEmpty()) {
            return pdf;
        }
        Map<String, String> trailer = new LinkedHashMap<>();
        Matcher entry = TRAILER_ENTRY.matcher(text.substring(trailerAt, end.start()));
        while (entry.find()) {
            trailer.putIfAbsent(entry.group(1), entry.group(2));
        }
        if (!trailer.containsKey("Root") || !trailer.containsKey("Size")) {
            return pdf;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096 * objects.size());
        out.writeBytes(pdf);
        if (pdf[pdf.length - 1] != '\n') {
            out.write('\n');
        }
        Map<Integer, Integer> offsets = new TreeMap<>();
        for (Map.Entry<Integer, byte[]> object : objects.entrySet()) {
            offsets.put(object.getKey(), out.size());
            out.writeBytes(ascii(object.getKey() + " 0 obj\n"));
            out.writeBytes(object.getValue());
            out.writeBytes(ascii("\nendobj\n"));
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n");
        for (Map.Entry<Integer, Integer> offset : offsets.entrySet()) {
            table.append(offset.getKey()).append(" 1\n").append(String.format("%010d 00000 n \n", offset.getValue()));
        }
        table.append("trailer\n<<\n");
        for (Map.Entry<String, String> e : trailer.entrySet()) {
            table.append("  /").append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        }
        table.append("  /Prev ").append(end.group(1)).append("\n>>\nstartxref\n").append(xref).append("\n%%EOF\n");
        out.writeBytes(ascii(table.toString()));
        return out.toByteArray();
    }

    /** The font's ToUnicode map: FOP's codes, with each damaged glyph's characters in place of its private code. */
    static String cmap(MultiByteFont font, Map<Integer, String> sources) {
        CIDSet set = font.getCIDSet();
        List<String> entries = new ArrayList<>();
        for (int cid = 1; cid < set.getNumberOfGlyphs(); cid++) {
            int unicode = set.getUnicode(cid);
            String source = privateUse(unicode) ? sources.get(set.getOriginalGlyphIndex(cid)) : null;
            String chars = source != null ? source : unicode > 0 ? new String(Character.toChars(unicode)) : null;
            if (chars != null) {
                entries.add(String.format("<%04X> <%s>", cid, utf16(chars)));
            }
        }
        StringBuilder cmap = new StringBuilder()
                .append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int from = 0; from < entries.size(); from += 100) {
            List<String> block = entries.subList(from, Math.min(entries.size(), from + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            block.forEach(e -> cmap.append(e).append('\n'));
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n");
        return cmap.toString();
    }

    private static String utf16(String chars) {
        StringBuilder hex = new StringBuilder();
        for (char c : chars.toCharArray()) {
            hex.append(String.format("%04X", (int) c));
        }
        return hex.toString();
    }

    private static byte[] stream(String content) {
        byte[] data = ascii(content);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            packed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("<< /Length " + packed.size() + " /Filter /FlateDecode >>\nstream\n"));
        out.writeBytes(packed.toByteArray());
        out.writeBytes(ascii("\nendstream"));
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
