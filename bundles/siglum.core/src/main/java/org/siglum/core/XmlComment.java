package org.siglum.core;

import org.siglum.core.internal.Source;

/** A comment; {@link #text()} is what lies between {@code <!--} and {@code -->} (line ends normalised). */
public final class XmlComment implements XmlNode {
    private final XmlElement parent;
    private final Source src;
    private final int start;
    private final int end;

    XmlComment(XmlElement parent, Source src, int start, int end) {
        this.parent = parent;
        this.src = src;
        this.start = start;
        this.end = end;
    }

    @Override
    public int start() {
        return start;
    }

    @Override
    public int end() {
        return end;
    }

    @Override
    public XmlElement parent() {
        return parent;
    }

    /** Offset of the content's first char. */
    public int contentStart() {
        return Math.min(start + 4, end);
    }

    /** Offset just after the content (before the closing delimiter, or the end of an unclosed node). */
    public int contentEnd() {
        String close = "-->";
        int e = end;
        if (e - contentStart() >= 3 && src.raw(e - 3, e).equals(close)) {
            e -= 3;
        }
        return e;
    }

    /** The content with line ends normalised to LF. */
    public String text() {
        return src.normalisedLineEnds(contentStart(), contentEnd());
    }

    @Override
    public String toString() {
        return "Comment [" + start + "," + end + ")";
    }
}
