package org.siglum.apparatus;

import java.util.Optional;

/**
 * One place where a form stands in an edition's base text (its body without readings and notes), found by
 * {@link CorrectionService#occurrences}. The form may be split by markup (a line break, a highlighted letter): the
 * range then holds that markup, which an entry keeps in its lemma.
 *
 * @param start offset of the form's first character in the document
 * @param end offset just after its last character (exclusive)
 * @param line 1-based line of {@link #start()}
 * @param column 1-based column of {@link #start()}, in code points
 * @param before the base text just before the form (up to a few words, on its line), whitespace collapsed
 * @param form the form as it reads (markup left out)
 * @param after the base text just after the form, whitespace collapsed
 * @param refusal why no entry can be made here (it crosses the edge of an element, lies in another entry), or null
 */
public record Occurrence(int start, int end, int line, int column, String before, String form, String after,
        String refusal) {

    /** Whether an entry can be made here. */
    public boolean recordable() {
        return refusal == null;
    }

    /** Why no entry can be made here, if so. */
    public Optional<String> whyNot() {
        return Optional.ofNullable(refusal);
    }

    /** {@code …before[form]after…}: the occurrence in its context, on one line. */
    public String inContext() {
        return "…" + before + "[" + form + "]" + after + "…";
    }
}
