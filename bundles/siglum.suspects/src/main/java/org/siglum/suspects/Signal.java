package org.siglum.suspects;

/** The independent signals a suspect can rest on, each with its weight in the score (docs/decisions/0011,
 * 0043: the lexicon signals weigh each suspect by its own evidence, this weight is their typical value). */
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
    /** no word of the lexicon or of the edition covers it; with a correction when one OCR confusion explains it */
    NOT_A_WORD(0.7),
    /** a real word, but one the OCR likely made of a likelier word (real-word errors) */
    LIKELIER_WORD(0.5),
    /** a number that breaks its sequence (page numbers) or mixes Thai and Arabic digits */
    NUMBER(0.6),
    /** a running head that differs from the others */
    RUNNING_HEAD(0.6),
    /** a line of specks and rules read as text */
    GARBAGE(0.7);

    private final double weight;

    Signal(double weight) {
        this.weight = weight;
    }

    /** How strongly this signal alone says "OCR error", between 0 and 1. */
    public double weight() {
        return weight;
    }
}
