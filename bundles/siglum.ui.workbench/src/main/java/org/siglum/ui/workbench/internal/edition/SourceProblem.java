package org.siglum.ui.workbench.internal.edition;

/** A problem in the source text, at a 1-based line and column. */
public record SourceProblem(int line, int column, String message) {
}
