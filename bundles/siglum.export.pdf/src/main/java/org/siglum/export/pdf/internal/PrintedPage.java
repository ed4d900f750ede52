package org.siglum.export.pdf.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A page of pass 2: {@code count} printed lines from {@code start}. */
record PrintedPage(int start, int count) {

    /** Where each lemma, note marker and source page break is printed: id -> "page:line" (both from 1). */
    static Map<String, String> places(List<PrintedLine> lines, List<PrintedPage> pages) {
        Map<String, String> places = new LinkedHashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            PrintedPage page = pages.get(p);
            for (int i = 0; i < page.count(); i++) {
                for (String id : lines.get(page.start() + i).ids()) {
                    places.putIfAbsent(id, (p + 1) + ":" + (i + 1));
                }
            }
        }
        return places;
    }
}
