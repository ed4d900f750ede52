package org.siglum.ocr.internal;

import java.util.ArrayList;
import java.util.List;

import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;
import org.siglum.ocr.OcrInputException;
import org.siglum.ocr.OcrSource;
import org.siglum.ocr.internal.OcrPage.Line;
import org.siglum.ocr.internal.OcrPage.Word;

/**
 * PAGE XML 2013 and 2019 (Transkribus, eScriptorium): {@code PcGts/Page} (imageFilename, imageWidth, imageHeight),
 * {@code TextRegion} as blocks, {@code TextLine} with {@code Coords/@points} (a polygon) and its text in
 * {@code TextEquiv/Unicode}, {@code Word} with {@code Coords} and {@code TextEquiv/@conf}. A line's own text is taken
 * when it has one (the transcription is made per line); its words give the confidences.
 */
final class PageXmlPages extends XmlPages {

    static boolean recognises(String head) {
        return head.contains("<PcGts") || head.matches("(?s).*<\\w+:PcGts[\\s>].*");
    }

    @Override
    List<OcrPage> read(OcrSource source) throws OcrInputException {
        XmlTree tree = parse(source);
        XmlElement root = tree.root().orElseThrow();
        if (!root.localName().equals("PcGts")) {
            throw error(source, tree, root, "the root element is " + root.qName() + ", not PcGts");
        }
        List<OcrPage> pages = new ArrayList<>();
        int block = -1;
        for (XmlElement pe : tree.elementList()) {
            if (!pe.localName().equals("Page")) {
                continue;
            }
            OcrPage page = new OcrPage(source.name());
            double w = number(source, tree, pe, "imageWidth");
            double h = number(source, tree, pe, "imageHeight");
            double[] f = scale(source, w, h);
            size(page, source, w, h);
            page.imageUrl = source.imageUrl() != null ? source.imageUrl() : attr(pe, "imageFilename").orElse(null);
            pages.add(page);
            for (XmlElement e : tree.elementList()) {
                if (!inside(e, pe)) {
                    continue;
                }
                if (e.localName().equals("TextRegion")) {
                    block++;
                } else if (e.localName().equals("TextLine")) {
                    page.lines.add(line(source, tree, e, block, f[0], f[1]));
                }
            }
        }
        if (pages.isEmpty()) {
            throw error(source, tree, root, "no Page element: nothing to import");
        }
        for (OcrPage p : pages) {
            p.lines.removeIf(l -> l.words.isEmpty());
        }
        return pages;
    }

    private static Line line(OcrSource source, XmlTree tree, XmlElement e, int block, double sx, double sy)
            throws OcrInputException {
        Line line = new Line("", block, tree.locate(e.start()).line());
        String lineText = null;
        List<Word> words = new ArrayList<>();
        for (XmlElement c : e.childElements()) {
            switch (c.localName()) {
                case "Coords" -> {
                    line.points = coords(source, tree, c, sx, sy);
                    line.box = line.points == null ? null : boxOf(line.points);
                }
                case "TextEquiv" -> lineText = lineText != null ? lineText : unicode(c);
                case "Word" -> {
                    String pts = null;
                    String text = null;
                    double conf = Double.NaN;
                    for (XmlElement wc : c.childElements()) {
                        if (wc.localName().equals("Coords")) {
                            pts = coords(source, tree, wc, sx, sy);
                        } else if (wc.localName().equals("TextEquiv") && text == null) {
                            text = unicode(wc);
                            conf = numberOr(source, tree, wc, "conf", Double.NaN);
                        }
                    }
                    if (text != null && !text.isBlank()) {
                        words.add(new Word(text.strip(), pts == null ? null : boxOf(pts), conf));
                    }
                }
                default -> {
                }
            }
        }
        String joined = String.join(" ", words.stream().map(Word::text).toList());
        if (lineText != null && !lineText.isBlank() && (words.isEmpty()
                || !Furniture.key(lineText).equals(Furniture.key(joined)))) {
            // the line's own transcription; its words, if they say something else, give no confidences
            line.words.add(new Word(lineText.strip(), line.box, Double.NaN));
        } else if (lineText != null && !lineText.isBlank()) {
            // the words spell the line: split the line's text at its own spaces into the words, keeping its spacing
            line.words.addAll(words);
            line.spaceAfter = spacesOf(lineText.strip(), words);
            line.spacesGiven = line.spaceAfter != null;
        } else {
            line.words.addAll(words);
        }
        return line;
    }

    /** Whether the line's text has a space after each word (the words spell it in order). */
    private static boolean[] spacesOf(String text, List<Word> words) {
        boolean[] after = new boolean[words.size()];
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            int found = text.indexOf(words.get(i).text(), at);
            if (found < 0) {
                return null;
            }
            at = found + words.get(i).text().length();
            after[i] = at < text.length() && Character.isWhitespace(text.charAt(at));
        }
        return after;
    }

    private static String coords(OcrSource source, XmlTree tree, XmlElement c, double sx, double sy)
            throws OcrInputException {
        String raw = attr(c, "points").orElse(null);
        if (raw == null) {
            return null; // PAGE 2010's Point children: no polygon read
        }
        String pts = points(raw, sx, sy);
        if (pts == null) {
            throw error(source, tree, c, "points=\"" + raw + "\" is not a list of x,y pairs");
        }
        return pts;
    }

    private static String unicode(XmlElement textEquiv) {
        for (XmlElement u : textEquiv.childElements()) {
            if (u.localName().equals("Unicode")) {
                return u.textContent();
            }
        }
        return null;
    }
}
