package org.siglum.core;

/** Told after each change of an {@link EditionDocument}'s text, on the thread that made the change. */
@FunctionalInterface
public interface EditionChangeListener {
    void changed(EditionChange change);
}
