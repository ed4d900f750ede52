package org.siglum.export.pdf.internal;

import java.util.ArrayList;
import java.util.List;

import org.siglum.thai.Token;
import org.siglum.thai.Tokens;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * FOP breaks lines only at spaces, and Thai writes none between words: a zero-width space (U+200B) at each ICU word
 * boundary inside Thai text gives FOP its break opportunities. A block's text is segmented as a whole, across its
 * inlines, so that a word beside a lemma or a name still gets its boundary. A name (an inline kept together within
 * a line: a persName, placeName...) is one unit: no break inside it.
 */
final class ThaiBreaks {

    static final char ZWSP = '\u200B';

    private ThaiBreaks() {
    }

    /** Inserts the breaks into every block under {@code root} (the element itself included if it is a block). */
    static void insert(Element root) {
        List<Element> blocks = new ArrayList<>();
        collectBlocks(root, blocks);
        for (Element block : blocks) {
            insertInBlock(block);
        }
    }

    private static void collectBlocks(Element e, List<Element> blocks) {
        if ("block".equals(e.getLocalName())) {
            blocks.add(e);
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                collectBlocks(child, blocks);
            }
        }
    }

    /** The text nodes of a block in order, not descending into nested blocks or footnotes (they are their own). */
    private static void texts(Node n, List<Text> out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Text t) {
                out.add(t);
            } else if (c instanceof Element e && !"block".equals(e.getLocalName())
                    && !"footnote".equals(e.getLocalName())) {
                texts(e, out);
            }
        }
    }

    /** The name (an inline kept together within a line) a text belongs to, or null. */
    private static Element unit(Text t) {
        for (Node n = t.getParentNode(); n instanceof Element e && !"block".equals(e.getLocalName());
                n = e.getParentNode()) {
            if ("always".equals(e.getAttribute("keep-together.within-line"))) {
                return e;
            }
        }
        return null;
    }

    private static void insertInBlock(Element block) {
        List<Text> texts = new ArrayList<>();
        texts(block, texts);
        StringBuilder all = new StringBuilder();
        for (Text t : texts) {
            all.append(t.getData());
        }
        String text = all.toString();
        if (text.chars().noneMatch(ThaiBreaks::isThai)) {
            return;
        }
        boolean[] breakBefore = new boolean[text.length() + 1];
        for (Token token : Tokens.all(text)) {
            int b = token.start();
            if (b > 0 && b < text.length() && !isSpace(text.charAt(b - 1)) && !isSpace(text.charAt(b))
                    && (isThai(text.charAt(b - 1)) || isThai(text.charAt(b)))) {
                breakBefore[b] = true;
            }
        }
        // a name is one unit: no break inside it (a personal name split across lines reads as two words)
        int start = 0;
        for (int index = 0; index < texts.size(); index++) {
            Text t = texts.get(index);
            Element unit = unit(t);
            if (unit != null) {
                int end = start + t.getLength();
                for (int b = start + 1; b < end; b++) {
                    breakBefore[b] = false;
                }
                // and none between two texts of the same name
                if (start > 0 && breakBefore[start]) {
                    for (int k = index - 1; k >= 0; k--) {
                        if (texts.get(k).getLength() > 0) {
                            if (unit(texts.get(k)) == unit) {
                                breakBefore[start] = false;
                            }
                            break;
                        }
                    }
                }
            }
            start += t.getLength();
        }
        int offset = 0;
        for (Text t : texts) {
            String data = t.getData();
            StringBuilder out = new StringBuilder(data.length() + 8);
            for (int i = 0; i < data.length(); i++) {
                // a boundary at a node's start goes at the end of the node before it: here only inner ones
                if (i > 0 && breakBefore[offset + i]) {
                    out.append(ZWSP);
                }
                out.append(data.charAt(i));
            }
            if (offset + data.length() < text.length() && breakBefore[offset + data.length()]) {
                out.append(ZWSP);
            }
            offset += data.length();
            t.setData(out.toString());
        }
    }

    private static boolean isThai(int c) {
        return c >= 0x0E00 && c <= 0x0E7F;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == ZWSP || c == '\u00A0';
    }
}
