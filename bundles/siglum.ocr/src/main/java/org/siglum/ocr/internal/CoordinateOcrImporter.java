package org.siglum.ocr.internal;

import java.util.ArrayList;
import java.util.List;

import org.siglum.ocr.ImportOptions;
import org.siglum.ocr.OcrImport;
import org.siglum.ocr.OcrImporter;
import org.siglum.ocr.OcrInputException;
import org.siglum.ocr.OcrSource;

/** An importer of a format with coordinates: its reader gives pages, {@link BookImport} the edition. */
abstract class CoordinateOcrImporter implements OcrImporter {

    abstract XmlPages reader();

    @Override
    public OcrImport importOcr(List<OcrSource> sources, ImportOptions options) throws OcrInputException {
        List<OcrPage> pages = new ArrayList<>();
        List<String> remarks = new ArrayList<>();
        for (OcrSource s : sources) {
            List<OcrPage> read = reader().read(s);
            for (OcrPage p : read) {
                if (p.unitWarning != null) {
                    remarks.add(s.name() + ": " + p.unitWarning);
                }
                if (p.imageUrl == null) {
                    remarks.add(s.name() + ": no page image named: the surface has no graphic");
                }
            }
            pages.addAll(read);
        }
        Words.join(pages);
        return new BookImport(pages, options, remarks).write("file");
    }
}
