package org.siglum.core;

import org.siglum.core.internal.Source;

/**
 * A processing instruction. The XML declaration at the start of a document appears as one too, with target
 * {@code xml}.
 */
public final class XmlProcessingInstruction extends ContentNode implements XmlNode {
    private final String target;
    private final int dataStart;
    private final int dataEnd;

    XmlProcessingInstruction(XmlElement parent, Source src, int start, int end, String target, int dataStart,
            int dataEnd) {
        super(parent, src, start, end);
        this.target = target;
        this.dataStart = dataStart;
        this.dataEnd = dataEnd;
    }

    /** The target name ("" if missing). */
    public String target() {
        return target;
    }

    /** The data after the target and its whitespace, line ends normalised. */
    public String data() {
        return src.normalisedLineEnds(dataStart, dataEnd);
    }

    public int dataStart() {
        return dataStart;
    }

    public int dataEnd() {
        return dataEnd;
    }

    /** True for the XML declaration. */
    public boolean isXmlDeclaration() {
        return "xml".equals(target) && parent == null && (start == 0 || start == 1 && src.chars()[0] == '\uFEFF');
    }

    @Override
    public String toString() {
        return "<?" + target + "?> [" + start + "," + end + ")";
    }
}
