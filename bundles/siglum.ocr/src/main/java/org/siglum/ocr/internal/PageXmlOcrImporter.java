package org.siglum.ocr.internal;

import org.osgi.service.component.annotations.Component;
import org.siglum.ocr.OcrImporter;

/** The page importer: {@link PageXmlPages} reads the pages (decision 0046). */
@Component(service = OcrImporter.class, property = "format=page")
public final class PageXmlOcrImporter extends CoordinateOcrImporter {

    @Override
    public String format() {
        return "page";
    }

    @Override
    public boolean recognises(String fileName, String head) {
        return PageXmlPages.recognises(head);
    }

    @Override
    XmlPages reader() {
        return new PageXmlPages();
    }
}
