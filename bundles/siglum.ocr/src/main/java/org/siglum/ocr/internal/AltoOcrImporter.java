package org.siglum.ocr.internal;

import org.osgi.service.component.annotations.Component;
import org.siglum.ocr.OcrImporter;

/** The alto importer: {@link AltoPages} reads the pages (decision 0046). */
@Component(service = OcrImporter.class, property = "format=alto")
public final class AltoOcrImporter extends CoordinateOcrImporter {

    @Override
    public String format() {
        return "alto";
    }

    @Override
    public boolean recognises(String fileName, String head) {
        return AltoPages.recognises(head);
    }

    @Override
    XmlPages reader() {
        return new AltoPages();
    }
}
