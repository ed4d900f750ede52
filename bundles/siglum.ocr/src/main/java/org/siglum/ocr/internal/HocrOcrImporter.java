package org.siglum.ocr.internal;

import org.osgi.service.component.annotations.Component;
import org.siglum.ocr.OcrImporter;

/** The hocr importer: {@link HocrPages} reads the pages (decision 0046). */
@Component(service = OcrImporter.class, property = "format=hocr")
public final class HocrOcrImporter extends CoordinateOcrImporter {

    @Override
    public String format() {
        return "hocr";
    }

    @Override
    public boolean recognises(String fileName, String head) {
        return HocrPages.recognises(head);
    }

    @Override
    XmlPages reader() {
        return new HocrPages();
    }
}
