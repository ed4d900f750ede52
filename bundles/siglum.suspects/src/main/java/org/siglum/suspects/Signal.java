package org.siglum.suspects;

/** The independent signals a suspect can rest on, each with its weight in the score (docs/decisions/0011). */
public enum Signal {
    /** a letter of another script (Bengali, Arabic, Latin...) inside or against a Thai word */
    MIXED_SCRIPT(0.9),
    /** a sequence Thai spelling does not allow: a mark with no consonant, two tone marks, เเ for แ */
    IMPOSSIBLE_SEQUENCE(0.85),
    /** the same word or short word group twice in a row, without ๆ */
    DOUBLED(0.6),
    /** a rare form one letter away from a frequent one in the same text (names especially) */
    RARE_VARIANT(0.5),
    /** word segmentation could not place it: it leaves fragments no Thai word can be */
    UNPLACED(0.4),
    /**
     * the OCR engine itself was unsure of these letters: a {@code seg type="ocr-unsure"} of an import of hOCR, ALTO
     * or PAGE XML, whose {@code @cert} is the engine's confidence (docs/decisions/0047)
     */
    OCR_UNSURE(0.5);

    private final double weight;

    Signal(double weight) {
        this.weight = weight;
    }

    /** How strongly this signal alone says "OCR error", between 0 and 1. */
    public double weight() {
        return weight;
    }
}
