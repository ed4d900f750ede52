package org.siglum.ui.workbench.internal.edition;

/** A 1-based line and column in the source text. */
public record SourceLocation(int line, int column) {

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
