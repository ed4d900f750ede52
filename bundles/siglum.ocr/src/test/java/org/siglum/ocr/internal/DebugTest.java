package org.siglum.ocr.internal;

import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.siglum.ocr.*;

class DebugTest {
    @Test
    void debug() throws Exception {
        String f = System.getProperty("dbg.file");
        String fmt = System.getProperty("dbg.format", "text");
        List<OcrSource> src = new ArrayList<>();
        Path p = f == null ? null : Path.of(f);
        if (p == null) {
            src.add(OcrSource.of("seed", Seed.text()));
        } else if (Files.isDirectory(p)) {
            try (var s = Files.list(p)) {
                for (Path x : s.sorted().filter(x -> x.toString().endsWith(System.getProperty("dbg.ext", ".hocr"))).toList()) {
                    src.add(OcrSource.of(x.getFileName().toString(), Files.readString(x)));
                }
            }
        } else {
            src.add(OcrSource.of(p.getFileName().toString(), Files.readString(p)));
        }
        OcrImporter imp = switch (fmt) { case "hocr" -> new HocrOcrImporter(); case "alto" -> new AltoOcrImporter();
            case "page" -> new PageXmlOcrImporter(); default -> new PlainTextOcrImporter(); };
        ImportOptions o = ImportOptions.defaults();
        if (System.getProperty("dbg.pages") != null) o = o.withPages(ImportOptions.Pages.of(System.getProperty("dbg.pages")));
        OcrImport r = imp.importOcr(src, o);
        System.out.println("SUMMARY " + r.summary() + " " + r.remarks());
        Files.writeString(Path.of("/tmp/h17a/out.xml"), r.tei());
    }
}
