package org.siglum.suspects;

/**
 * One proposed correction of a suspect.
 *
 * @param form the text to put in place of the whole span
 * @param score how likely this correction is among the suspect's corrections, between 0 and 1 (the corrections'
 *     scores add up to at most 1)
 */
public record Correction(String form, double score) {
}
