package org.siglum.ocr.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The truth bench/ocr-pages/BookPages.java writes beside the pages it typesets ({@code truth.json}: a page object and
 * a line object per line of the file), read with patterns for its fixed layout.
 */
record Truth(List<Page> pages) {

    record Line(String kind, String text, int paragraph, int[] box) {
    }

    record Page(String folio, String head, List<Line> lines) {
    }

    private static final Pattern PAGE = Pattern.compile("\\{\"image\": \"[^\"]*\", \"folio\": \"([^\"]*)\", \"head\": \"([^\"]*)\"");
    private static final Pattern LINE = Pattern.compile("\\{\"kind\": \"([^\"]*)\", \"text\": \"((?:[^\"\\\\]|\\\\.)*)\", "
            + "\"paragraph\": (-?\\d+),.*\"box\": \\[(\\d+), (\\d+), (\\d+), (\\d+)\\]");

    static Truth read(String json) {
        List<Page> pages = new ArrayList<>();
        for (String line : json.split("\n")) {
            Matcher page = PAGE.matcher(line);
            if (page.find()) {
                pages.add(new Page(page.group(1), page.group(2), new ArrayList<>()));
                continue;
            }
            Matcher l = LINE.matcher(line);
            if (l.find()) {
                pages.get(pages.size() - 1).lines().add(new Line(l.group(1), l.group(2).replace("\\\"", "\"")
                        .replace("\\\\", "\\"), Integer.parseInt(l.group(3)), new int[] {Integer.parseInt(l.group(4)),
                        Integer.parseInt(l.group(5)), Integer.parseInt(l.group(6)), Integer.parseInt(l.group(7))}));
            }
        }
        return new Truth(pages);
    }

    /** The body's paragraphs (the title is paragraph 0, running heads and folios -1). */
    int paragraphs() {
        return (int) pages.stream().flatMap(p -> p.lines().stream()).filter(l -> l.kind().equals("body"))
                .mapToInt(Line::paragraph).distinct().count();
    }
}
