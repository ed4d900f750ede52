package org.siglum.suspects.internal;

import java.util.List;
import java.util.Optional;

import org.siglum.suspects.Correction;
import org.siglum.suspects.Signal;

/**
 * What one signal says about one span, before spans are merged and scored: its replacement (the best correction),
 * further ranked corrections, and its own weight (the signal's typical weight unless the signal measures it).
 */
record SignalHit(int start, int end, Signal signal, String detail, Optional<String> replacement,
        List<Correction> corrections, double weight) {

    SignalHit(int start, int end, Signal signal, String detail, Optional<String> replacement) {
        this(start, end, signal, detail, replacement,
                replacement.map(r -> List.of(new Correction(r, 1))).orElse(List.of()), signal.weight());
    }
}
