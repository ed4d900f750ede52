package org.siglum.export.pdf.internal;

import static org.siglum.export.pdf.internal.Dom.SG;
import static org.siglum.core.Xml.escapeText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads FOP's area tree of pass 1 back as printed lines. Each {@code lineArea} under a galley block (a paragraph
 * across pages gives several blocks with the same {@code prod-id}) is a line; its words and spaces are its text (FOP
 * drops the U+200B); each id'd inline on it is an id (a lemma across a line break is on both lines), and note
 * markers, source page breaks and italics stay inlines so that pass 2 prints them alike.
 */
final class AreaTreeReader {

    private AreaTreeReader() {
    }

    /** The printed lines of an area tree of the galley's blocks, in order. */
    static List<PrintedLine> lines(Document areaTree, Galley galley) {
        return lines(areaTree, galley, Map.of());
    }

    /**
     * The printed lines of an area tree of the galley's blocks, in order; a shaped word's inline ({@link ShapedWords})
     * is its text in {@code words}, as it was written, unless FOP cut it across two lines (then FOP's characters are
     * all there is).
     */
    static List<PrintedLine> lines(Document areaTree, Galley galley, Map<String, String> words) {
        Words shaped = new Words(whole(areaTree, words));
        List<PrintedLine> lines = new ArrayList<>();
        String previous = null;
        NodeList lineAreas = areaTree.getElementsByTagName("lineArea");
        for (int i = 0; i < lineAreas.getLength(); i++) {
            Element area = (Element) lineAreas.item(i);
            String blockId = blockOf(area);
            if (blockId == null) {
                continue;
            }
            Element block = galley.block(blockId);
            StringBuilder content = new StringBuilder();
            List<String> ids = new ArrayList<>();
            if (bidi(area)) {
                List<Token> tokens = new ArrayList<>();
                tokens(area, "", "", tokens, ids, shaped);
                for (Token t : logicalOrder(tokens)) {
                    content.append(t.open()).append(t.text()).append(t.close());
                }
            } else {
                content(area, content, ids, shaped);
            }
            int bpd = parseInt(area.getAttribute("bpd"));
            lines.add(new PrintedLine(blockId, block.getAttributeNS(SG, "kind"), block.getAttributeNS(SG, "section"),
                    !blockId.equals(previous), content.toString(), bpd, ids));
            previous = blockId;
        }
        return lines;
    }

    /** A line's printed content, with its note markers and page-break bars kept as inlines. */
    private static void content(Element area, StringBuilder out, List<String> ids, Words words) {
        for (Node c = area.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            switch (e.getTagName()) {
            case "word" -> out.append(escapeText(words.text(e.getTextContent())));
            case "space" -> out.append(' ');
            case "inlineparent" -> {
                String id = e.getAttribute("prod-id");
                if (id.startsWith(ShapedWords.PREFIX)) {
                    words.enter(id);
                    content(e, out, ids, words);
                    words.leave();
                    continue;
                }
                if (!id.isEmpty() && !ids.contains(id)) {
                    ids.add(id);
                }
                if (id.startsWith("nm-")) {
                    out.append("<fo:inline baseline-shift=\"super\" font-size=\"70%\">");
                    content(e, out, ids, words);
                    out.append("</fo:inline>");
                } else if (id.startsWith("pb-")) {
                    out.append("<fo:inline color=\"#777777\">");
                    content(e, out, ids, words);
                    out.append("</fo:inline>");
                } else {
                    content(e, out, ids, words);
                }
            }
            case "text" -> {
                String open = style(e);
                out.append(open);
                content(e, out, ids, words);
                out.append(open.isEmpty() ? "" : "</fo:inline>");
            }
            default -> content(e, out, ids, words);
            }
        }
    }

    /** A word or space of a bidirectional line, with the inlines around it and its embedding level. */
    private record Token(int level, String open, String text, String close) {
    }

    /** Whether FOP's bidi algorithm reordered some of the line (a word or space at an odd level). */
    private static boolean bidi(Element area) {
        NodeList leaves = area.getElementsByTagName("*");
        for (int i = 0; i < leaves.getLength(); i++) {
            if (parseInt(((Element) leaves.item(i)).getAttribute("level")) % 2 == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bidirectional line's words and spaces in FOP's visual order, each wrapped in the inlines around it (so that
     * they can be put back in logical order, where pass 2 reorders them again).
     */
    private static void tokens(Element e, String open, String close, List<Token> out, List<String> ids,
            Words words) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element el)) {
                continue;
            }
            int level = parseInt(el.getAttribute("level"));
            switch (el.getTagName()) {
            case "word" -> {
                String text = el.getTextContent();
                if ("true".equals(el.getAttribute("reversed"))) {
                    text = unmirror(new StringBuilder(text).reverse().toString());
                }
                text = words.text(text);
                if (!text.isEmpty()) {
                    out.add(new Token(level, open, escapeText(text), close));
                }
            }
            case "space" -> out.add(new Token(level, open, " ", close));
            case "inlineparent" -> {
                String id = el.getAttribute("prod-id");
                if (id.startsWith(ShapedWords.PREFIX)) {
                    words.enter(id);
                    tokens(el, open, close, out, ids, words);
                    words.leave();
                    continue;
                }
                if (!id.isEmpty() && !ids.contains(id)) {
                    ids.add(id);
                }
                if (id.startsWith("nm-")) {
                    tokens(el, open + "<fo:inline baseline-shift=\"super\" font-size=\"70%\">", "</fo:inline>" + close,
                            out, ids, words);
                } else if (id.startsWith("pb-")) {
                    tokens(el, open + "<fo:inline color=\"#777777\">", "</fo:inline>" + close, out, ids, words);
                } else {
                    tokens(el, open, close, out, ids, words);
                }
            }
            case "text" -> {
                String style = style(el);
                tokens(el, open + style, style.isEmpty() ? close : "</fo:inline>" + close, out, ids, words);
            }
            default -> tokens(el, open, close, out, ids, words);
            }
        }
    }

    /** The shaped words of {@code words} that FOP set whole, on one line: those cut across lines are left out. */
    private static Map<String, String> whole(Document areaTree, Map<String, String> words) {
        if (words.isEmpty()) {
            return words;
        }
        Map<String, String> whole = new HashMap<>(words);
        java.util.Set<String> seen = new java.util.HashSet<>();
        NodeList inlines = areaTree.getElementsByTagName("inlineparent");
        for (int i = 0; i < inlines.getLength(); i++) {
            String id = ((Element) inlines.item(i)).getAttribute("prod-id");
            if (id.startsWith(ShapedWords.PREFIX) && !seen.add(id)) {
                whole.remove(id);
            }
        }
        return whole;
    }

    /** The inline that sets a text area's style again in pass 2 (italics, a deletion's stroke), or "". */
    private static String style(Element text) {
        boolean italic = "italic".equals(text.getAttribute("font-style"))
                || text.getAttribute("font-name").contains("Italic");
        boolean struck = "true".equals(text.getAttribute("through-score"))
                || "true".equals(text.getAttribute("linethrough"));
        if (!italic && !struck) {
            return "";
        }
        return "<fo:inline" + (italic ? " font-style=\"italic\"" : "")
                + (struck ? " text-decoration=\"line-through\"" : "") + ">";
    }

    /**
     * The shaped words of a line ({@link ShapedWords}): inside a word's inline, its first word area is the word as it
     * was written and the others (FOP's glyphs of the same word) are nothing; the spaces FOP moved into the inline stay
     * where they are.
     */
    private static final class Words {
        private final Map<String, String> whole;
        private String pending;
        private boolean inside;

        Words(Map<String, String> whole) {
            this.whole = whole;
        }

        void enter(String id) {
            String word = whole.get(id);
            if (word != null && !inside) {
                inside = true;
                pending = word;
            }
        }

        void leave() {
            inside = false;
            pending = null;
        }

        /** The text of a word area whose characters (as FOP set them) are {@code set}. */
        String text(String set) {
            if (!inside) {
                return set;
            }
            String text = pending == null ? "" : pending;
            pending = null;
            return text;
        }
    }

    /** Undoes the visual reordering (rule L2 of the Unicode bidi algorithm, its reversals taken lowest level first). */
    private static List<Token> logicalOrder(List<Token> visual) {
        List<Token> tokens = new ArrayList<>(visual);
        int max = tokens.stream().mapToInt(Token::level).max().orElse(0);
        int min = tokens.stream().mapToInt(Token::level).filter(l -> l % 2 == 1).min().orElse(max + 1);
        for (int level = min; level <= max; level++) {
            for (int i = 0; i < tokens.size();) {
                if (tokens.get(i).level() < level) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < tokens.size() && tokens.get(j).level() >= level) {
                    j++;
                }
                java.util.Collections.reverse(tokens.subList(i, j));
                i = j;
            }
        }
        return tokens;
    }

    /** A reversed word's mirrored brackets, as they were in the text. */
    private static String unmirror(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int i = "()[]{}<>\u00AB\u00BB".indexOf(c);
            out.append(i < 0 ? c : "()[]{}<>\u00AB\u00BB".charAt(i ^ 1));
        }
        return out.toString();
    }

    /** The galley block a line area belongs to, or null (a header, a footnote). */
    private static String blockOf(Element area) {
        for (Node n = area.getParentNode(); n instanceof Element e; n = e.getParentNode()) {
            if ("block".equals(e.getTagName()) && e.getAttribute("prod-id").startsWith("blk-")) {
                return e.getAttribute("prod-id").replaceFirst("~\\d+$", "");
            }
        }
        return null;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
