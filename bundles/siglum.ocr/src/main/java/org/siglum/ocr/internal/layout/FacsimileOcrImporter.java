package org.siglum.ocr.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.siglum.core.XmlElement;
import org.siglum.core.XmlTree;
import org.siglum.ocr.ImportOptions;
import org.siglum.ocr.LayoutFormat;
import org.siglum.ocr.LayoutImport;
import org.siglum.ocr.LayoutImportException;
import org.siglum.ocr.LayoutOcrImporter;
import org.siglum.ocr.OcrSource;

/**
 * The import of OCR with coordinates: each file is read by its format's reader into pages ({@link OcrPage}), the
 * lines' texts made with the engine's spaces ({@link LineTexts}), the blocks' roles found across all pages
 * ({@link PageRoles}), and the edition written with its facsimile ({@link LayoutEdition}). Decision 0047.
 */
@Component(service = LayoutOcrImporter.class)
public final class FacsimileOcrImporter implements LayoutOcrImporter {

    @Override
    public Optional<LayoutFormat> detect(String content) {
        String start = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (!start.stripLeading().startsWith("<")) {
            return Optional.empty(); // a plain text, whatever markup it holds further on
        }
        XmlTree tree = XmlTree.parse(content);
        Optional<XmlElement> root = tree.root();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (AltoReader.isAlto(root.get())) {
            return Optional.of(LayoutFormat.ALTO);
        }
        if (PageXmlReader.isPage(root.get())) {
            return Optional.of(LayoutFormat.PAGE);
        }
        if (HocrReader.isHocr(root.get())) {
            return Optional.of(LayoutFormat.HOCR);
        }
        return Optional.empty();
    }

    @Override
    public LayoutImport importPages(List<OcrSource> files, ImportOptions options, double confidence)
            throws LayoutImportException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no file to import");
        }
        List<LayoutEdition.Page> pages = new ArrayList<>();
        LayoutFormat format = null;
        LayoutEdition edition = new LayoutEdition(options, confidence);
        boolean estimated = false;
        record Read(OcrSource file, XmlTree tree, List<OcrPage> pages) {
        }
        List<Read> reads = new ArrayList<>();
        List<OcrPage> all = new ArrayList<>();
        for (OcrSource file : files) {
            XmlTree tree = LayoutXml.parse(file.name(), file.content());
            XmlElement root = tree.root().orElseThrow();
            List<OcrPage> read;
            LayoutFormat mine;
            if (AltoReader.isAlto(root)) {
                read = AltoReader.read(file.name(), tree);
                mine = LayoutFormat.ALTO;
            } else if (PageXmlReader.isPage(root)) {
                read = PageXmlReader.read(file.name(), tree);
                mine = LayoutFormat.PAGE;
            } else if (HocrReader.isHocr(root)) {
                read = HocrReader.read(file.name(), tree);
                mine = LayoutFormat.HOCR;
            } else {
                throw LayoutXml.error(file.name(), tree, root.start(), "neither hOCR (html with ocr_page), ALTO"
                        + " (alto) nor PAGE XML (PcGts), but <" + root.qName() + ">");
            }
            if (format == null) {
                format = mine;
            } else if (format != mine) {
                edition.warn(LayoutXml.where(file.name(), tree, root.start()) + ": " + mine.label()
                        + " among files of " + format.label() + ": read all the same");
            }
            reads.add(new Read(file, tree, read));
            all.addAll(read);
        }
        // a block the engine made of lines with space between them is two: a running head over the text, say
        double pitch = PageRoles.linePitch(all);
        for (Read r : reads) {
            OcrSource file = r.file();
            LineTexts texts = new LineTexts(file.plainText().orElse(null));
            for (OcrPage read : r.pages()) {
                OcrPage page = PageRoles.splitAtSpace(read, pitch);
                List<List<LineTexts.Text>> blockTexts = new ArrayList<>();
                for (OcrPage.Block block : page.blocks()) {
                    blockTexts.add(block.lines().stream().map(texts::text).toList());
                }
                String url = r.pages().size() == 1 ? file.imageUrl().orElse(page.image()) : page.image();
                if (url.isEmpty()) {
                    edition.warn(LayoutXml.where(file.name(), r.tree(), page.offset())
                            + ": the page names no image: its surface has no graphic");
                }
                if (page.width() <= 0 || page.height() <= 0) {
                    edition.warn(LayoutXml.where(file.name(), r.tree(), page.offset())
                            + ": the page gives no size: its surface is the extent of its lines");
                }
                if (page.blocks().isEmpty()) {
                    edition.warn(LayoutXml.where(file.name(), r.tree(), page.offset()) + ": no text on this page");
                }
                pages.add(new LayoutEdition.Page(page, url, blockTexts));
            }
            if (texts.estimated()) {
                estimated = true;
            }
        }
        if (estimated) {
            edition.warn(files.get(0).name() + ":1:1: the spaces between words of Thai (or another script written"
                    + " without them) were estimated from the gaps, as " + format.label() + " does not keep them:"
                    + " give the plain text the OCR wrote beside it (Tesseract's .txt) for its own");
        }
        return edition.write(pages, format);
    }
}
