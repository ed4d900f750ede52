package org.siglum.core;

/** Removed once the document core lands. */
final class Placeholder {
    private Placeholder() {
    }
}
