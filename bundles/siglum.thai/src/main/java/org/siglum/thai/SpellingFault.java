package org.siglum.thai;

import java.util.Optional;

/**
 * A sequence that Thai spelling does not allow, e.g. a tone mark with no consonant, or เเ typed for แ.
 *
 * @param offset where the faulty sequence starts (UTF-16 units)
 * @param length its length
 * @param rule a short English sentence naming the broken rule
 * @param replacement what to write instead of the sequence, where the rule implies it
 */
public record SpellingFault(int offset, int length, String rule, Optional<String> replacement) {
}
