package org.siglum.core;

import org.siglum.core.internal.Source;

/**
 * What the leaf nodes of a tree share: the element they stand in, the source they were parsed from and their range
 * in it. Not a node kind of its own: {@link XmlNode} names the kinds.
 */
abstract class ContentNode {
    final XmlElement parent;
    final Source src;
    final int start;
    final int end;

    ContentNode(XmlElement parent, Source src, int start, int end) {
        this.parent = parent;
        this.src = src;
        this.start = start;
        this.end = end;
    }

    /** Offset of the node's first char. */
    public int start() {
        return start;
    }

    /** Offset just after the node's last char. */
    public int end() {
        return end;
    }

    /** The element this node stands in; null at top level. */
    public XmlElement parent() {
        return parent;
    }

    /** Where the content of a node written as {@code open ... close} starts. */
    int contentStart(String open) {
        return Math.min(start + open.length(), end);
    }

    /** Where that content ends: before {@code close}, or at the node's end if it was never closed. */
    int contentEnd(String open, String close) {
        int e = end;
        if (e - contentStart(open) >= close.length() && src.raw(e - close.length(), e).equals(close)) {
            e -= close.length();
        }
        return e;
    }
}
