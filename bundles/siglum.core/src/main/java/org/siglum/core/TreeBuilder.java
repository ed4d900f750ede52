package org.siglum.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.siglum.core.internal.Source;
import org.siglum.core.internal.TreeSink;

/** Builds the public node objects from the scanner's reports, with an explicit stack (no recursion). */
final class TreeBuilder implements TreeSink {
    final List<XmlNode> top = new ArrayList<>();
    final ArrayList<XmlElement> elements = new ArrayList<>();
    final List<int[]> problemOffsets = new ArrayList<>();
    final List<String> problemMessages = new ArrayList<>();
    Source src;
    private XmlElement[] stack = new XmlElement[64];
    private int depth;
    private XmlElement current;
    private final int estimatedElements;

    TreeBuilder(int length) {
        this.estimatedElements = Math.max(16, length / 64);
        elements.ensureCapacity(estimatedElements);
    }

    private void add(XmlNode node) {
        if (current == null) {
            top.add(node);
        } else {
            current.addChild(node);
        }
    }

    @Override
    public void startElement(int start, String qName, String prefix, String localName, String namespaceUri) {
        XmlElement e = new XmlElement(current, start, qName, prefix, localName, namespaceUri);
        add(e);
        elements.add(e);
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = e;
        current = e;
    }

    @Override
    public void attribute(String qName, String prefix, String localName, String namespaceUri, int nameStart,
            int valueStart, int valueEnd, int end, char quote, boolean plain) {
        current.addAttribute(new XmlAttribute(current, src, qName, prefix, localName, namespaceUri, nameStart,
                valueStart, valueEnd, end, quote, plain));
    }

    @Override
    public void startTagEnd(int startTagEnd, boolean selfClosing) {
        XmlElement e = current;
        e.startTagEnd = startTagEnd;
        if (selfClosing) {
            e.selfClosing = true;
            e.end = startTagEnd;
            pop();
        }
    }

    @Override
    public void endElement(int endTagStart, int endTagEnd, int end) {
        XmlElement e = current;
        e.endTagStart = endTagStart;
        e.endTagEnd = endTagEnd;
        e.end = end;
        pop();
    }

    private void pop() {
        stack[--depth] = null;
        current = depth == 0 ? null : stack[depth - 1];
    }

    @Override
    public void text(int start, int end, boolean whitespace, boolean plain) {
        add(new XmlText(current, src, start, end, whitespace, plain));
    }

    @Override
    public void cdata(int start, int end) {
        add(new XmlCData(current, src, start, end));
    }

    @Override
    public void comment(int start, int end) {
        add(new XmlComment(current, src, start, end));
    }

    @Override
    public void processingInstruction(int start, int end, String target, int dataStart, int dataEnd) {
        add(new XmlProcessingInstruction(current, src, start, end, target, dataStart, dataEnd));
    }

    @Override
    public void doctype(int start, int end, String name, String publicId, String systemId, int subsetStart,
            int subsetEnd) {
        add(new XmlDoctype(start, end, name, publicId, systemId, subsetStart, subsetEnd));
    }

    @Override
    public void problem(boolean error, int offset, String message) {
        problemOffsets.add(new int[] {error ? 1 : 0, offset});
        problemMessages.add(message);
    }
}
