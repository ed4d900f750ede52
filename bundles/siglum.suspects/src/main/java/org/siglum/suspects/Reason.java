package org.siglum.suspects;

/**
 * One signal behind a suspect.
 *
 * @param signal which signal
 * @param detail a short English sentence, e.g. "Arabic letters in a Thai word"
 */
public record Reason(Signal signal, String detail) {
}
