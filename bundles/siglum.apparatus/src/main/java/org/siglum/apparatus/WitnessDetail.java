package org.siglum.apparatus;

import java.util.List;

/**
 * A {@code witDetail}: what the editor says about a witness's reading (a marginal correction, a lost leaf).
 *
 * @param witnesses the ids of its {@code @wit}, without '#'
 * @param type its {@code @type}, or null
 * @param text its text content, whitespace collapsed
 * @param start offset of the element's '&lt;'
 * @param end offset just after it
 */
public record WitnessDetail(List<String> witnesses, String type, String text, int start, int end) {

    public WitnessDetail {
        witnesses = List.copyOf(witnesses);
    }
}
