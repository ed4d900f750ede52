package org.siglum.core;

import org.siglum.core.internal.Source;

/** A comment; {@link #text()} is what lies between {@code <!--} and {@code -->} (line ends normalised). */
public final class XmlComment extends ContentNode implements XmlNode {
    private static final String OPEN = "<!--";
    private static final String CLOSE = "-->";

    XmlComment(XmlElement parent, Source src, int start, int end) {
        super(parent, src, start, end);
    }

    /** Offset of the content's first char. */
    public int contentStart() {
        return contentStart(OPEN);
    }

    /** Offset just after the content (before the closing delimiter, or the end of an unclosed node). */
    public int contentEnd() {
        return contentEnd(OPEN, CLOSE);
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
