package org.siglum.suspects.internal;

import java.util.Optional;

import org.siglum.suspects.Signal;

/** What one signal says about one span, before spans are merged and scored. */
record SignalHit(int start, int end, Signal signal, String detail, Optional<String> replacement) {
}
