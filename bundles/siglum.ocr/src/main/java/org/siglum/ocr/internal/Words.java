package org.siglum.ocr.internal;

import java.util.ArrayList;
import java.util.List;

import org.siglum.ocr.internal.OcrPage.Line;
import org.siglum.ocr.internal.OcrPage.Token;
import org.siglum.ocr.internal.OcrPage.Word;

/**
 * A line's text from its engine words (decision 0046). Between two words a space is written where the format says
 * so, except between two Thai letters: Thai writes no space between words, and engines cut Thai lines into
 * syllables or letters, so there a space is written only where the gap is wide. What is wide is judged over the
 * whole export: the gaps between Thai words, each over its line's height, fall in two groups (within a phrase,
 * between phrases); the split is Otsu's threshold over the wider half of them.
 */
final class Words {
    /** Without enough gaps to judge, a gap wider than this share of the line's height is a space. */
    static final double DEFAULT_THRESHOLD = 0.3;

    private Words() {
    }

    static void join(List<OcrPage> pages) {
        List<Double> gaps = new ArrayList<>();
        for (OcrPage page : pages) {
            for (Line line : page.lines) {
                for (int i = 1; i < line.words.size(); i++) {
                    Word a = line.words.get(i - 1);
                    Word b = line.words.get(i);
                    if (thaiJoin(a, b) && a.box() != null && b.box() != null && line.height() > 0) {
                        gaps.add((b.box().ulx() - a.box().lrx()) / line.height());
                    }
                }
            }
        }
        double threshold = threshold(gaps);
        for (OcrPage page : pages) {
            for (Line line : page.lines) {
                if (!line.words.isEmpty()) {
                    build(line, threshold);
                }
            }
        }
    }

    private static boolean thaiJoin(Word a, Word b) {
        return !a.text().isEmpty() && !b.text().isEmpty() && ThaiWords.thai(a.text().charAt(a.text().length() - 1))
                && ThaiWords.thai(b.text().charAt(0));
    }

    /** Otsu's threshold over the gaps; the default when there are fewer than 20 or they form no two groups. */
    static double threshold(List<Double> gaps) {
        if (gaps.size() < 20) {
            return DEFAULT_THRESHOLD;
        }
        double[] all = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        // Thai has far fewer spaces than syllables: the narrower half of the gaps is within words for certain, and
        // the split is sought in the wider half (where the gaps within words and between them meet)
        double median = all[all.length / 2];
        double[] g = java.util.Arrays.stream(all).filter(x -> x > median).toArray();
        int n = g.length;
        if (n < 10) {
            return DEFAULT_THRESHOLD;
        }
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + g[i];
        }
        double best = -1;
        double cut = DEFAULT_THRESHOLD;
        double apart = 0;
        for (int k = 1; k < n; k++) {
            if (g[k] == g[k - 1]) {
                continue;
            }
            double w0 = (double) k / n;
            double w1 = 1 - w0;
            double m0 = prefix[k] / k;
            double m1 = (prefix[n] - prefix[k]) / (n - k);
            double between = w0 * w1 * (m0 - m1) * (m0 - m1);
            if (between > best) {
                best = between;
                cut = (g[k - 1] + g[k]) / 2;
                apart = m1 - m0;
            }
        }
        // two groups only when their means lie a sixth of a line's height apart or more
        return apart < 1.0 / 6 ? DEFAULT_THRESHOLD : cut;
    }

    private static void build(Line line, double threshold) {
        StringBuilder text = new StringBuilder();
        int tokenStart = 0;
        Box tokenBox = null;
        double tokenConf = Double.NaN;
        List<Word> words = line.words;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (i > 0) {
                Word prev = words.get(i - 1);
                boolean space;
                if (line.spacesGiven && line.spaceAfter != null) {
                    space = line.spaceAfter[i - 1];
                } else if (thaiJoin(prev, w) && prev.box() != null && w.box() != null && line.height() > 0) {
                    space = (w.box().ulx() - prev.box().lrx()) / line.height() > threshold;
                } else {
                    space = line.spaceAfter == null || line.spaceAfter[i - 1];
                }
                if (space && !w.text().isEmpty()) {
                    if (text.length() > tokenStart) {
                        line.tokens.add(new Token(tokenStart, text.length(), tokenBox, tokenConf));
                    }
                    text.append(' ');
                    tokenStart = text.length();
                    tokenBox = null;
                    tokenConf = Double.NaN;
                }
            }
            text.append(w.text());
            tokenBox = w.box() == null ? tokenBox : w.box().union(tokenBox);
            if (!Double.isNaN(w.confidence())) {
                tokenConf = Double.isNaN(tokenConf) ? w.confidence() : Math.min(tokenConf, w.confidence());
            }
        }
        if (text.length() > tokenStart) {
            line.tokens.add(new Token(tokenStart, text.length(), tokenBox, tokenConf));
        }
        line.text = text.toString();
    }
}
