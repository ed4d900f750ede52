package org.siglum.export.pdf.internal;

import static org.siglum.export.pdf.internal.Dom.FO;
import static org.siglum.export.pdf.internal.Dom.SG;
import static org.siglum.export.pdf.internal.Dom.children;
import static org.siglum.export.pdf.internal.Dom.first;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The edition as {@code tei-to-galley.xsl} sets it: the title, the text as blocks (with a {@code sg:kind} and, for
 * headings, a {@code sg:section}), the apparatus entries and notes by the id of their lemma or marker, and the
 * bibliography.
 */
final class Galley {

    private final Element book;
    private final String title;
    private final List<Element> text;
    private final Map<String, Element> blocks = new LinkedHashMap<>();
    private final Map<String, Element> entries = new LinkedHashMap<>();
    private final Map<String, Element> notes = new LinkedHashMap<>();
    private final Map<String, String> pageLabels = new LinkedHashMap<>();

    Galley(Document document) {
        this.book = document.getDocumentElement();
        this.title = Dom.text(first(book, SG, "title"));
        this.text = children(first(book, SG, "galley"), FO, "block");
        for (Element block : text) {
            blocks.put(block.getAttribute("id"), block);
        }
        for (Element e : children(first(book, SG, "apparatus"), SG, "entry")) {
            entries.put(e.getAttribute("ref"), e);
        }
        for (Element e : children(first(book, SG, "notes"), SG, "note")) {
            notes.put(e.getAttribute("ref"), e);
        }
        for (Element e : children(first(book, SG, "pages"), SG, "page")) {
            pageLabels.put(e.getAttribute("ref"), e.getAttribute("label"));
        }
    }

    /** The main language of the text ({@code xml:lang} of its body, text or TEI), or "". */
    String language() {
        return book.getAttribute("lang");
    }

    String title() {
        return title;
    }

    /**
     * The text's blocks by chapter (a top-level heading starts one): a line's breaks do not depend on the other
     * chapters.
     */
    List<List<Element>> chapters() {
        List<List<Element>> chapters = new ArrayList<>();
        List<Element> chapter = new ArrayList<>();
        for (Element block : text) {
            if (!chapter.isEmpty() && "head1".equals(block.getAttributeNS(SG, "kind"))) {
                chapters.add(chapter);
                chapter = new ArrayList<>();
            }
            chapter.add(block);
        }
        chapters.add(chapter);
        return chapters;
    }

    /**
     * How the margin names the source's page whose break has that id ({@code pb-3}): the source's siglum and the
     * page's number ({@code MsA 12v}), or the bare number when the galley names no source.
     */
    String pageLabel(String pageBreakId) {
        String label = pageLabels.get(pageBreakId);
        return label != null ? label : pageBreakId.substring(pageBreakId.indexOf('-') + 1);
    }

    /** The block of that id, or null. */
    Element block(String id) {
        return blocks.get(id);
    }

    /** The apparatus entry whose lemma has that id, or null. */
    Element entry(String lemmaId) {
        return entries.get(lemmaId);
    }

    /** The note whose marker has that id, or null. */
    Element note(String markerId) {
        return notes.get(markerId);
    }

    /** The bibliography's works as blocks. */
    List<Element> works() {
        return children(bibliography(), FO, "block");
    }

    /** The bibliography's heading. */
    String bibliographyTitle() {
        return bibliography().getAttribute("title");
    }

    private Element bibliography() {
        return first(book, SG, "bibliography");
    }
}
