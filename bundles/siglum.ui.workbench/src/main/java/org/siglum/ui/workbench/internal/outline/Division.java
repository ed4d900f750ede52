package org.siglum.ui.workbench.internal.outline;

import java.util.List;

/**
 * One division of the edition ({@code <div>}, {@code <div1>}...) as the outline shows it.
 *
 * @param level     nesting depth among divisions, 1 for the outermost
 * @param start     offset of the division's start tag
 * @param headStart offset of its {@code <head>} start tag, or {@code start} when it has no head
 * @param headEnd   offset just after its {@code </head>}, or the end of its start tag when it has no head
 * @param head      the head's text with white space collapsed, empty when it has none
 * @param children  the divisions directly inside it
 */
public record Division(int level, int start, int headStart, int headEnd, String head, List<Division> children) {

    public Division {
        children = List.copyOf(children);
    }

    /** What the outline shows: the head, or a placeholder that still says where the division is. */
    public String label() {
        return head.isEmpty() ? "(division without a head)" : head;
    }
}
