package org.siglum.ui.editor.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.siglum.ui.editor.xml.XmlTokenType;
import org.siglum.ui.editor.xml.XmlTokens;

/**
 * Colours XML source. Damage is computed by lexing the whole text again (a few milliseconds for a chapter) and
 * comparing with the previous tokens, so an edit that opens a comment or a quote repaints exactly as far as it
 * reaches, without document partitioning (whose FastPartitioner needs org.eclipse.core.runtime).
 */
public final class XmlHighlighter implements IPresentationDamager, IPresentationRepairer {

    private final Map<XmlTokenType, StyleRange> styles = new EnumMap<>(XmlTokenType.class);
    private IDocument document;
    private XmlTokens tokens = XmlTokens.of("");

    public XmlHighlighter() {
        style(XmlTokenType.TEXT, null, SWT.NORMAL);
        style(XmlTokenType.TAG_SPACE, null, SWT.NORMAL);
        style(XmlTokenType.TAG_DELIMITER, new Color(0x80, 0x80, 0x80), SWT.NORMAL);
        style(XmlTokenType.ELEMENT_NAME, new Color(0x1a, 0x4f, 0xa0), SWT.BOLD);
        style(XmlTokenType.ATTRIBUTE_NAME, new Color(0x8a, 0x4b, 0x08), SWT.NORMAL);
        style(XmlTokenType.ATTRIBUTE_VALUE, new Color(0x2e, 0x7d, 0x32), SWT.NORMAL);
        style(XmlTokenType.COMMENT, new Color(0x75, 0x75, 0x75), SWT.ITALIC);
        style(XmlTokenType.ENTITY_REFERENCE, new Color(0xad, 0x14, 0x57), SWT.NORMAL);
        style(XmlTokenType.DECLARATION, new Color(0x6a, 0x1b, 0x9a), SWT.NORMAL);
    }

    private void style(XmlTokenType type, Color foreground, int fontStyle) {
        StyleRange range = new StyleRange();
        range.foreground = foreground;
        range.fontStyle = fontStyle;
        styles.put(type, range);
    }

    /** The style the editor gives a token type; tests compare against it. */
    public StyleRange styleOf(XmlTokenType type) {
        return styles.get(type);
    }

    @Override
    public void setDocument(IDocument newDocument) {
        if (newDocument != document) {
            document = newDocument;
            tokens = XmlTokens.of(newDocument == null ? "" : newDocument.get());
        }
    }

    @Override
    public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean partitioningChanged) {
        XmlTokens newer = XmlTokens.of(document.get());
        int delta = (event.getText() == null ? 0 : event.getText().length()) - event.getLength();
        int[] span = tokens.changedSpan(newer, delta);
        tokens = newer;
        int start = event.getOffset();
        int end = start + (event.getText() == null ? 0 : event.getText().length());
        if (span != null) {
            start = Math.min(start, span[0]);
            end = Math.max(end, span[1]);
        }
        end = Math.min(end, document.getLength());
        start = Math.min(start, end);
        return new Region(start, end - start);
    }

    @Override
    public void createPresentation(TextPresentation presentation, ITypedRegion region) {
        int from = region.getOffset();
        int to = from + region.getLength();
        int first = tokens.indexAt(from);
        if (first < 0) {
            return;
        }
        for (int i = first; i < tokens.count() && tokens.start(i) < to; i++) {
            StyleRange style = styles.get(tokens.type(i));
            int start = Math.max(from, tokens.start(i));
            int end = Math.min(to, tokens.end(i));
            if (end > start && (style.foreground != null || style.fontStyle != SWT.NORMAL)) {
                StyleRange range = (StyleRange) style.clone();
                range.start = start;
                range.length = end - start;
                presentation.addStyleRange(range);
            }
        }
    }
}
