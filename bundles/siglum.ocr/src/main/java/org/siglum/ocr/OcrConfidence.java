package org.siglum.ocr;

import java.util.ArrayList;
import java.util.List;

import org.siglum.core.EditionDocument;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;

/**
 * Reads the OCR's word confidences an import kept (decision 0046): each {@code <w cert="0.62" facs="#...">} of the
 * text is a word the engine read with that probability. For the suspects: a word the OCR was unsure of is a suspect.
 */
public final class OcrConfidence {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    private OcrConfidence() {
    }

    /**
     * A word with the engine's confidence.
     *
     * @param start offset of the word's first character in the document's text (after {@code <w ...>})
     * @param end offset after its last character (before {@code </w>})
     * @param confidence the probability the engine gave, 0 to 1
     * @param zone the word's zone ({@code facs} without {@code #}), or null
     */
    public record Span(int start, int end, double confidence, String zone) {
    }

    /** Every word with a numeric {@code @cert}, in document order. */
    public static List<Span> spans(XmlTree tree) {
        List<Span> spans = new ArrayList<>();
        for (XmlElement w : tree.elementsNamed(TEI, "w")) {
            String cert = w.attribute("cert").orElse("");
            double c;
            try {
                c = Double.parseDouble(cert);
            } catch (NumberFormatException notAProbability) {
                continue; // high, medium, low, unknown: no engine's number
            }
            if (c < 0 || c > 1 || w.selfClosing() || !w.closed()) {
                continue;
            }
            String facs = w.attribute("facs").orElse(null);
            spans.add(new Span(w.startTagEnd(), w.endTagStart(), c,
                    facs != null && facs.startsWith("#") ? facs.substring(1) : facs));
        }
        return spans;
    }

    /** The words read with a confidence below {@code threshold} (0 to 1), in document order. */
    public static List<Span> lowConfidenceSpans(EditionDocument document, double threshold) {
        List<Span> low = new ArrayList<>();
        for (Span s : spans(document.tree())) {
            if (s.confidence() < threshold) {
                low.add(s);
            }
        }
        return low;
    }

    /** The words the engine was less than 80% sure of. */
    public static List<Span> lowConfidenceSpans(EditionDocument document) {
        return lowConfidenceSpans(document, 0.8);
    }
}
