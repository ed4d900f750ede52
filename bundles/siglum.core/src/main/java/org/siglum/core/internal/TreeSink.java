package org.siglum.core.internal;

/**
 * What the scanner reports, in document order. Offsets are char offsets into the scanned text, ends exclusive.
 * Elements nest: {@link #startElement} (then its attributes, then {@link #startTagEnd}) is matched by exactly one
 * {@link #endElement} unless the start tag was self-closing.
 */
public interface TreeSink {
    void startElement(int start, String qName, String prefix, String localName, String namespaceUri);

    void attribute(String qName, String prefix, String localName, String namespaceUri, int nameStart, int valueStart,
            int valueEnd, int end, char quote, boolean plain);

    void startTagEnd(int startTagEnd, boolean selfClosing);

    /** endTagStart and endTagEnd are -1 when the element was never closed; end is where it stops. */
    void endElement(int endTagStart, int endTagEnd, int end);

    /** plain: the range needs no decoding (no reference, no CR). */
    void text(int start, int end, boolean whitespace, boolean plain);

    void cdata(int start, int end);

    void comment(int start, int end);

    void processingInstruction(int start, int end, String target, int dataStart, int dataEnd);

    void doctype(int start, int end, String name, String publicId, String systemId, int subsetStart, int subsetEnd);

    void problem(boolean error, int offset, String message);
}
