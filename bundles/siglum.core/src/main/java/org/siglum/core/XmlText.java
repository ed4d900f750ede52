package org.siglum.core;

import org.siglum.core.internal.Source;

/** A run of character data between markup; its raw range may contain entity and character references. */
public final class XmlText extends ContentNode implements XmlNode {
    private final boolean whitespace;
    private final boolean plain;

    XmlText(XmlElement parent, Source src, int start, int end, boolean whitespace, boolean plain) {
        super(parent, src, start, end);
        this.whitespace = whitespace;
        this.plain = plain;
    }

    /** The characters with references expanded and line ends normalised to LF. */
    public String text() {
        return plain ? src.raw(start, end) : src.decodeText(start, end);
    }

    /** The characters exactly as written. */
    public String rawText() {
        return src.raw(start, end);
    }

    /** True if the source range holds only spaces, tabs, CRs and LFs (a reference is never whitespace here). */
    public boolean isWhitespace() {
        return whitespace;
    }

    void appendTo(StringBuilder sb) {
        if (plain) {
            sb.append(src.chars(), start, end - start);
        } else {
            sb.append(src.decodeText(start, end));
        }
    }

    @Override
    public String toString() {
        return "text [" + start + "," + end + ")";
    }
}
